import Dispatch
import Synchronization

/// Independent pieces of work spread over the machine's cores, their results in input order, so
/// what a caller builds from them never depends on which piece finished first.
public enum Parallel {
    /// `body(0) ... body(count - 1)`, computed concurrently, in index order.
    public static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let slots = Mutex<[T?]>(Array(repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { i in
            let value = body(i)
            slots.withLock { $0[i] = value }
        }
        // concurrentPerform returns once every iteration has: each slot holds its value.
        return slots.withLock { $0.map { $0! } }
    }

    /// Two computations side by side; both results once both are done.
    public static func both<A: Sendable, B: Sendable>(
        _ first: @Sendable () -> A, _ second: @Sendable () -> B
    ) -> (A, B) {
        let a = Mutex<A?>(nil)
        let b = Mutex<B?>(nil)
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            if i == 0 {
                let value = first()
                a.withLock { $0 = value }
            } else {
                let value = second()
                b.withLock { $0 = value }
            }
        }
        return (a.withLock { $0! }, b.withLock { $0! })
    }

    /// Drops `value` on another thread. Freeing a big model's tree of small allocations takes tens
    /// of milliseconds that nothing needs to wait for; the caller gives up its copy (`consume`).
    public static func release<T: Sendable>(_ value: consuming T) {
        let owned = value
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(owned) {} }
    }
}

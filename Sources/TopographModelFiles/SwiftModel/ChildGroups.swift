import Foundation

/// The process groups of the children running now, so that SIGINT, SIGTERM or SIGHUP to topograph
/// kills them before topograph exits (with 128 + the signal: 130 for Ctrl-C) instead of leaving
/// them to run until their time limit.
///
/// A supervised child (see `Supervisor`) gets SIGTERM, so that it can kill the program's whole tree;
/// an unsupervised one (only the compile of the supervisor itself) has its group killed.
///
/// A signal handler may only touch memory that already exists and call async-signal-safe
/// functions, hence a fixed table of plain integers (the pid, negated for an unsupervised group),
/// written under a lock and read without one.
enum ChildGroups {
    private static let capacity = 256
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<pid_t> = {
        let slots = UnsafeMutablePointer<pid_t>.allocate(capacity: capacity)
        slots.initialize(repeating: 0, count: capacity)
        return slots
    }()
    /// Two flags the handler reads and writes: [0] stops are deferred to the command, [1] a stop came.
    nonisolated(unsafe) fileprivate static let flags: UnsafeMutablePointer<sig_atomic_t> = {
        let flags = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 2)
        flags.initialize(repeating: 0, count: 2)
        return flags
    }()
    private static let lock = NSLock()
    nonisolated(unsafe) private static var installed = false

    /// Installs the handlers once (until then the signals keep their default or inherited action),
    /// and unblocks the signals on the calling thread, the one that waits for the child: a mask
    /// inherited from the parent must not leave Ctrl-C pending until the time limit.
    static func stopOnSignals() {
        var stops = sigset_t()
        sigemptyset(&stops)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&stops, signal) }
        pthread_sigmask(SIG_UNBLOCK, &stops, nil)
        lock.lock()
        defer { lock.unlock() }
        guard !installed else { return }
        installed = true
        _ = slots
        _ = flags
        let handler: @convention(c) (Int32) -> Void = { signal in
            ChildGroups.killAll()
            if ChildGroups.flags[0] != 0 {
                ChildGroups.flags[1] = 1
            } else {
                _exit(128 + signal)
            }
        }
        for signal in [SIGINT, SIGTERM, SIGHUP] { _ = Foundation.signal(signal, handler) }
    }

    /// Records a running child's group; the returned slot unregisters it (nil when the table is
    /// full: that child still dies on the time limit and with its supervisor).
    static func register(_ pid: pid_t, supervised: Bool) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard let free = (0..<capacity).first(where: { slots[$0] == 0 }) else { return nil }
        slots[free] = supervised ? pid : -pid
        return free
    }

    static func unregister(_ slot: Int?) {
        guard let slot else { return }
        lock.lock()
        defer { lock.unlock() }
        slots[slot] = 0
    }

    /// Stops every registered child; async-signal-safe.
    private static func killAll() {
        for index in 0..<capacity {
            let pid = slots[index]
            if pid > 0 { kill(pid, SIGTERM) } else if pid < 0 { kill(pid, SIGKILL) }
        }
    }
}

/// How SIGINT, SIGTERM and SIGHUP end topograph. By default at once, with 128 + the signal, after
/// killing the running children. Commands that run until stopped (`watch`, `serve`) take the
/// stop themselves: the children are still killed at once (a model being compiled fails), and the
/// command sees `requested`, finishes cleanly and exits 0.
public enum StopSignals {
    /// Installs the handlers in the deferred mode; call before starting any child.
    public static func deferToCommand() {
        ChildGroups.flags[0] = 1
        ChildGroups.stopOnSignals()
    }

    /// Whether a stop signal arrived since `deferToCommand()`.
    public static var requested: Bool { ChildGroups.flags[1] != 0 }
}

import Testing

@testable import TopographModel

@Suite struct ParallelTests {
    /// Results come back in index order whatever order the pieces finish in.
    @Test func mapKeepsIndexOrder() {
        let squares = Parallel.map(200) { i in
            // Uneven work, so later pieces often finish first.
            (0..<((200 - i) * 50)).reduce(0) { ($0 &+ $1) % 7 } * 0 + i * i
        }
        #expect(squares == (0..<200).map { $0 * $0 })
        #expect(Parallel.map(0) { $0 }.isEmpty)
    }

    @Test func bothReturnsEachResultInItsPlace() {
        let (text, number) = Parallel.both({ String(repeating: "a", count: 3) }, { 6 * 7 })
        #expect(text == "aaa")
        #expect(number == 42)
    }
}

import Foundation
import Testing

@testable import TopographGraphviz

@Suite struct GraphvizConcurrencyTests {
    @Test func manyTasksAtOnceAllSucceedAndMatch() async throws {
        let texts = [Fixtures.clustered, Fixtures.manyClusters(12)]
        let expected = try texts.map { try Graphviz.render(dot: $0, format: .svg) }
        let results = try await withThrowingTaskGroup(of: (Int, Data).self) { group in
            for i in 0..<24 {
                group.addTask { (i % 2, try Graphviz.render(dot: texts[i % 2], format: .svg)) }
            }
            var all: [(Int, Data)] = []
            for try await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 24)
        for (index, data) in results {
            let same = data == expected[index]
            #expect(same, "task output \(index) differs")
        }
    }
}

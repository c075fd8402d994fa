import Foundation
import Testing
import TopographTestSupport

@testable import TopographCommands

/// The versions the docs pin (`rev: vX.Y.Z` for pre-commit, `@vX.Y.Z` for the action) are the one
/// version the binary reports, so a release cannot ship docs that install another one.
@Suite struct VersionPinTests {
    static let documents = ["README.md", "docs/ci.md"]

    static func pins(in document: String) throws -> [String] {
        let text = try String(contentsOf: TestProcess.repositoryRoot.appendingPathComponent(document), encoding: .utf8)
        let expression = try NSRegularExpression(pattern: #"(?:rev: |topograph@)(v[0-9]+\.[0-9]+\.[0-9]+)"#)
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    @Test(arguments: documents)
    func pinnedVersionsAreTheBinarysVersion(document: String) throws {
        let pins = try Self.pins(in: document)
        #expect(!pins.isEmpty, "\(document) shows how to pin a version")
        #expect(Set(pins) == ["v\(TopographCommand.version)"], "\(document): \(pins)")
    }
}

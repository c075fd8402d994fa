import Testing
import TopographTestSupport
import Yams

@testable import TopographModelFiles

/// The hand-written tag resolution agrees with Yams' regular expressions on every string tried.
@Suite struct TagResolutionTests {
    static func yams(_ text: String) -> YAMLTag {
        YAMLTag(explicit: Resolver.default.resolveTag(of: Yams.Node(text)).rawValue)
    }

    static let corpus = [
        "", "~", "null", "Null", "NULL", "nULL", "yes", "Yes", "YES", "yEs", "y", "n", "no", "on", "off", "OFF", "true",
        "false", "True", "FALSE", "<<", "=", "==", "0", "00", "007", "08", "0_", "0o", "0o7", "0o8", "0b", "0b101",
        "0b2", "0x", "0x1F", "0xg", "-0x1F", "+12", "-0", "1_000", "1__", "_1", "1:30", "1:3", "1:60", "1:59:59", "01:30",
        "190:20:30", "1:5:", "1.", "1.5", ".5", "-.5", "+.5", "._", "._5", ".5e+3", ".5e3", "1e5", "1E+5", "1e", "1.5e-3",
        "-1.5E10", "1_0.5_", "1:30.5", "1:30.", "1:30.5_", "01:30.5", ".inf", "-.inf", "+.Inf", ".INF", ".nan", "-.nan",
        ".NaN", ".nAn", "inf", "nan", "2024-01-01", "2024-1-1", "2024-01-01T10:00:00", "2024-1-1t1:00:00.5",
        "2024-01-01 10:00:00Z", "2024-01-01 \t 10:00:00 +05:30", "2024-01-01T10:00:00-5", "2024-01-01T10:00:00+05:3",
        "2024-01-01T10:00:00 ", "2024-01-01T10:00:00 Z", "2024-01-01T10:00", "2024-01-01x", "12024-01-01", "8.0",
        "1.24", "v1.2", "1.2.3", "443", "-", "+", ".", "-.", "1-2", "server-1", "web", "🚀", "١٢٣",
    ]

    @Test(arguments: corpus) func agreesWithYams(text: String) {
        #expect(TagResolution.resolve(plain: text) == Self.yams(text), "\(text.debugDescription)")
    }

    @Test func agreesWithYamsOnGeneratedStrings() {
        let alphabet = Array("0123456789012345_+-.:eExXoObB aAfFtTnNlLuUrRsSyYiI~<=\tZ")
        var random = SeededGenerator(seed: 15)
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...10, using: &random)
            let text = String((0..<length).map { _ in alphabet.randomElement(using: &random)! })
            let mine = TagResolution.resolve(plain: text)
            let theirs = Self.yams(text)
            if mine != theirs {
                Issue.record("\(text.debugDescription): \(mine) here, \(theirs) in Yams")
                return
            }
        }
    }

    @Test func agreesWithYamsOnNumberShapes() {
        // Strings built from number pieces reach the int, float and sexagesimal rules far more often.
        let pieces = ["0", "1", "5", "9", "59", "60", "_", ".", ":", "e", "E", "+", "-", "x", "o", "b", "a", "F"]
        var random = SeededGenerator(seed: 16)
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 1...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                .joined()
            if TagResolution.resolve(plain: text) != Self.yams(text) {
                Issue.record("\(text.debugDescription): \(TagResolution.resolve(plain: text)) here, \(Self.yams(text)) in Yams")
                return
            }
        }
    }
}

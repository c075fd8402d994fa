import Foundation
import Testing
import TopographTestSupport

/// .github/topograph-problem-matcher.json (used by action.yml) against what the commands print.
@Suite struct ProblemMatcherTests {
    struct Match: Equatable {
        var file: String
        var line: String
        var column: String
        var severity: String
        var code: String
        var message: String
    }

    /// The matcher file's patterns, applied the way the Actions runner does (first matching owner wins).
    static func match(_ text: String) throws -> Match? {
        let url = TestProcess.repositoryRoot.appendingPathComponent(".github/topograph-problem-matcher.json")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        for matcher in json?["problemMatcher"] as? [[String: Any]] ?? [] {
            guard let pattern = (matcher["pattern"] as? [[String: Any]])?.first,
                let regexp = pattern["regexp"] as? String
            else { continue }
            let expression = try NSRegularExpression(pattern: regexp)
            let range = NSRange(text.startIndex..., in: text)
            guard let result = expression.firstMatch(in: text, range: range) else { continue }
            func group(_ key: String) -> String {
                guard let index = pattern[key] as? Int, let range = Range(result.range(at: index), in: text) else { return "" }
                return String(text[range])
            }
            let severity = pattern["severity"] != nil ? group("severity") : (matcher["severity"] as? String ?? "")
            return Match(
                file: group("file"), line: group("line"), column: group("column"), severity: severity,
                code: group("code"), message: group("message"))
        }
        return nil
    }

    @Test func matchesAModelErrorFromGenerate() throws {
        let line = "models/shop.yaml:2:23: error: 'bogus' is not a valid zone kind"
        #expect(
            try Self.match(line)
                == Match(
                    file: "models/shop.yaml", line: "2", column: "23", severity: "error", code: "",
                    message: "'bogus' is not a valid zone kind"))
    }

    @Test func matchesLintFindingsWithTheirRuleAsCode() throws {
        let root = TestProcess.repositoryRoot
        let result = try Binary.run(["lint", "models/simple-web-stack.yaml", "--color", "never"], in: root)
        let findings = result.stdout.split(separator: "\n").map(String.init).filter { $0.contains("]: ") }
        #expect(!findings.isEmpty)
        for finding in findings {
            let match = try #require(try Self.match(finding), "\(finding)")
            #expect(match.file == "models/simple-web-stack.yaml")
            #expect(Int(match.line) != nil && Int(match.column) != nil)
            #expect(["error", "warning", "notice"].contains(match.severity))
            #expect(match.code.contains("."), "a rule id such as data.single-write-node: \(finding)")
        }
    }

    @Test func ignoresSummariesAndEvidence() throws {
        for line in [
            "1 model: 0 errors, 2 warnings, 0 notes; 0 accepted, 0 baselined; failed",
            "    evidence:", "      web-1 -> db-1: mysql+tls 3306 (encrypted, write)", "error: no such file",
        ] {
            #expect(try Self.match(line) == nil, "\(line)")
        }
    }
}

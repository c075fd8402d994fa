import Foundation
import Testing
import TopographModel
import TopographModelFiles

/// The document and the diagram say what the findings say, on random designs: every element the
/// document calls a single instance, unmonitored, unprotected or reached in plaintext has the
/// matching finding and the reverse, and the diagram's badges are the document's issue numbers,
/// accepted ones grey in both. Seeded, so a failure names the seed that replays it.
@Suite struct AgreementTests {
    static let seeds = UInt64(1)...150

    @Test func documentAndDiagramAgreeWithTheFindings() throws {
        // How many designs exercised each question: a generator that never produces a case
        // would let the property pass without checking anything.
        var seen: [String: Int] = [:]
        for seed in Self.seeds {
            var design = RandomDesign(seed: seed)
            let architecture = design.architecture()
            try #require(ModelChecker.check(architecture).isEmpty, "seed \(seed) made an invalid model")
            let out = Outputs(architecture)
            let said = DocumentClaims(out.doc)
            let found = FindingClaims(out.findings, architecture)
            // Each single-instance finding is in the document's list, and each listed element has a
            // finding on it or on the host that fails with it (a single point of failure).
            #expect(found.singleInstances.isSubset(of: said.singleInstances), "single instances, seed \(seed)")
            #expect(said.singleInstances.isSubset(of: found.singleNamed), "single instances without a finding, seed \(seed)")
            #expect(said.unmonitored == found.unmonitored, "unmonitored, seed \(seed)")
            #expect(said.unprotected == found.unprotected, "unprotected, seed \(seed)")
            #expect(said.plaintext == found.plaintext, "reached in plaintext, seed \(seed)")
            let badges = DiagramBadges(out.dot)
            let missing = said.issueNumbers.subtracting(badges.numbers).sorted().map {
                out.findings[$0 - 1].ruleID + " " + out.findings[$0 - 1].elements.map(\.rawValue).joined(separator: ",")
            }
            #expect(badges.numbers == said.issueNumbers, "diagram badges vs document issues, seed \(seed): missing \(missing)")
            #expect(badges.grey == said.acceptedNumbers, "accepted badges vs accepted issues, seed \(seed)")
            let questions: [(String, Bool)] = [
                ("single", !said.singleInstances.isEmpty), ("unmonitored", !said.unmonitored.isEmpty),
                ("unprotected", !said.unprotected.isEmpty), ("plaintext", !said.plaintext.isEmpty),
                ("accepted", !said.acceptedNumbers.isEmpty), ("expired", out.findings.contains { $0.acceptance?.isExpired == true }),
                ("all monitored", said.unmonitored.isEmpty), ("all protected", said.unprotected.isEmpty),
            ]
            for (question, asked) in questions where asked { seen[question, default: 0] += 1 }
        }
        for question in ["single", "unmonitored", "unprotected", "plaintext", "accepted", "expired", "all monitored", "all protected"] {
            #expect(seen[question, default: 0] >= 5, "only \(seen[question, default: 0]) designs exercise '\(question)'")
        }
    }
}

/// What the design document claims, read back from its Markdown.
struct DocumentClaims {
    var singleInstances: Set<String> = []
    var unmonitored: Set<String> = []
    var unprotected: Set<String> = []
    var plaintext: Set<String> = []
    var issueNumbers: Set<Int> = []
    var acceptedNumbers: Set<Int> = []

    init(_ doc: String) {
        let lines = doc.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var host: String?
        var inAccepted = false
        for line in lines {
            if line.hasPrefix("### Host `") {
                host = Self.codeSpans(line).first
            } else if line.hasPrefix("### ") || line.hasPrefix("## ") {
                host = nil
            }
            if line.hasPrefix("### Accepted (") {
                inAccepted = true
            } else if line.hasPrefix("### ") || line.hasPrefix("## ") {
                inAccepted = false
            }
            if line.hasPrefix("#### "), let number = Int(line.dropFirst(5).prefix { $0.isNumber }) {
                issueNumbers.insert(number)
                if inAccepted { acceptedNumbers.insert(number) }
            }
            if line.hasPrefix("- **Single instances:**") {
                singleInstances = Set(Self.codeSpans(line))
            }
            if line.hasPrefix("- **TLS:**"), let range = line.range(of: "**in plaintext** to ") {
                plaintext.formUnion(Self.codeSpans(String(line[range.upperBound...])))
            }
            // "... behind `fw`. `lb` and `web` are reached **in plaintext only**: ..."
            if line.hasPrefix("- **Entry point:**"), let marker = line.range(of: " reached **in plaintext only**") {
                let before = line[..<marker.lowerBound]
                let sentence = before.range(of: ". ", options: .backwards).map { before[$0.upperBound...] } ?? before
                plaintext.formUnion(Self.codeSpans(String(sentence)))
            }
            let subject: String? =
                line.hasPrefix("- **`")
                ? Self.codeSpans(line).first : (line.hasPrefix("In zone") || line.hasPrefix("In no declared zone")) ? host : nil
            guard let subject else { continue }
            if line.contains("**Nothing monitors it**") { unmonitored.insert(subject) }
            if line.contains("**No firewall guards it**") { unprotected.insert(subject) }
        }
    }

    /// The contents of the `code spans` of a line, in order.
    static func codeSpans(_ line: String) -> [String] {
        line.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }
}

/// What the findings say about the same questions.
struct FindingClaims {
    var singleInstances: Set<String> = []
    /// Every element a single-instance finding names, and every component on a single point of failure.
    var singleNamed: Set<String> = []
    var unmonitored: Set<String> = []
    var unprotected: Set<String> = []
    var plaintext: Set<String> = []

    init(_ findings: [Finding], _ architecture: Architecture) {
        for finding in findings {
            let named = finding.elements.map(\.rawValue)
            switch finding.ruleID {
            case "availability.single-instance-tier", "data.single-write-node", "data.no-replica":
                singleInstances.insert(named[0])
                singleNamed.insert(named[0])
            case "monitoring.no-monitoring", "monitoring.host-without-agent", "monitoring.unmonitored-critical-component":
                unmonitored.formUnion(named)
            case "firewall.no-firewall", "firewall.unprotected-host":
                unprotected.formUnion(named)
            case "tls.plaintext-after-termination": plaintext.formUnion(named.dropFirst())
            case "tls.public-entry-without-tls": plaintext.formUnion(named)
            default: break
            }
        }
        // A single instance on a host that is itself a single point of failure is reported on the host.
        for point in findings where point.ruleID == "availability.single-point-of-failure" {
            for unit in point.elements {
                for c in architecture.components where (c.host ?? c.id) == unit { singleNamed.insert(c.id.rawValue) }
            }
        }
    }
}

/// The numbered badges a DOT diagram draws, and which are grey (accepted).
struct DiagramBadges {
    var numbers: Set<Int> = []
    var grey: Set<Int> = []

    init(_ dot: String) {
        // A badge is a table cell `<TD BGCOLOR="#colour" ...><FONT ...><B>#n</B></FONT></TD>`.
        for cell in dot.components(separatedBy: "<TD BGCOLOR=\"").dropFirst() {
            let colour = cell.prefix { $0 != "\"" }
            // A range cell (`#6-#40`, more badges than a row holds) names every finding in its tooltip.
            if let title = cell.range(of: "TITLE=\"findings ") {
                for item in cell[title.upperBound...].prefix(while: { $0 != "\"" }).components(separatedBy: ", ") {
                    guard let number = Int(item.prefix { $0.isNumber }) else { continue }
                    numbers.insert(number)
                    if item.hasSuffix("(accepted)") { grey.insert(number) }
                }
                continue
            }
            guard let start = cell.range(of: "<B>#"), let number = Int(cell[start.upperBound...].prefix { $0.isNumber }), number > 0
            else { continue }
            numbers.insert(number)
            if colour == "#9E9E9E" { grey.insert(number) }
        }
    }
}

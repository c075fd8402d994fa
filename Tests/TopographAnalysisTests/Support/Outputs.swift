import Foundation
import TopographDOT
import TopographDocs
import TopographModel
import TopographModelFiles
import TopographValidation

/// One model through every output the way `generate` runs it: the findings, the design document
/// and the overview diagram, all on one validation date. (Through the public entry points that
/// take an architecture, so the same tests also run against code from before TopographAnalysis.)
struct Outputs {
    static let today = "2026-06-01"

    let findings: [Finding]
    let doc: String
    let dot: String

    init(_ architecture: Architecture, today: String = Outputs.today) {
        findings = Validator.validate(architecture, today: today)
        doc = DesignDocument.markdown(for: architecture, findings: findings, catalogue: Validator.catalogue, options: DocumentOptions())
        dot = DiagramRenderer.dot(for: architecture, findings: findings)
    }

    /// Loads a YAML model through the real loader (so the test reads like a user's file).
    static func yaml(_ text: String) throws -> Outputs {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("topograph-analysis-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("model.yaml")
        try Data(text.utf8).write(to: file)
        return Outputs(try ModelLoader.load(file.path))
    }

    /// The findings of one rule.
    func findings(_ rule: String) -> [Finding] { findings.filter { $0.ruleID == rule } }

    /// The document's paragraph about an element: its bullet in "Specifics", or for a host the
    /// paragraph under its heading.
    func paragraph(of id: String) -> String {
        let lines = doc.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let bullet = lines.first(where: { $0.hasPrefix("- **`\(id)`** —") }) { return bullet }
        guard let heading = lines.firstIndex(of: "### Host `\(id)`") ?? lines.firstIndex(where: { $0.hasPrefix("### Host `\(id)` ") }),
            heading + 2 < lines.count
        else { return "" }
        return lines[heading + 2]
    }

    /// The line of "At a glance" that starts with `**label:**`.
    func glance(_ label: String) -> String {
        doc.split(separator: "\n").map(String.init).first { $0.hasPrefix("- **\(label):**") } ?? ""
    }
}

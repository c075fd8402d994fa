import Foundation
import TopographDOT
import TopographDocs
import TopographModel

@testable import TopographCommands

/// A toolchain whose "models" are text files of directives, so pipeline tests control findings,
/// failures and outputs exactly:
///
///     name: shop
///     finding: warning tls.plaintext lb
///     fail: render
struct FakeToolchain: ProjectToolchain {
    func load(_ path: String) throws -> Architecture {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        if text.contains("fail: load") {
            throw ModelError([ModelDiagnostic("cannot parse", at: SourceLocation(file: path, line: 1))])
        }
        // The whole text rides along in the description so later stages see the directives.
        return Architecture(name: directive("name", in: text).first ?? "unnamed", description: text)
    }

    func validate(_ architecture: Architecture, today: String) -> [Finding] {
        directive("finding", in: architecture.description ?? "").map { line in
            let parts = line.split(separator: " ").map(String.init)
            return Finding(
                ruleID: parts[1], severity: Severity(rawValue: parts[0])!, message: "\(parts[1]) on \(parts[2])",
                elements: [ElementID(parts[2])], recommendation: "fix it")
        }
    }

    func diagram(_ architecture: Architecture, findings: [Finding], options: DiagramOptions, language: DiagramLanguage) -> String {
        switch language {
        case .dot: "digraph \"\(architecture.name)\" { // \(options.view.name), \(findings.count) findings\n}\n"
        case .mermaid, .c4PlantUML: "\(language.rawValue) \(architecture.name) // \(options.view.name), \(findings.count) findings\n"
        }
    }

    func render(dot: String, formats: [DiagramFormat], dpi: Double?) throws -> [DiagramFormat: Data] {
        if dot.contains("render-fails") { throw CLIError("graphviz failed") }
        return Dictionary(formats.map { ($0, Data("\($0.rawValue):\(dot)".utf8)) }, uniquingKeysWith: { first, _ in first })
    }

    func markdown(_ architecture: Architecture, findings: [Finding], options: DocumentOptions) -> String {
        "# \(architecture.name)\n\n![diagram](\(options.diagramPath ?? "none"))\n\n\(findings.count) findings\n"
    }

    func html(_ architecture: Architecture, markdown: String, figures: [DiagramFigure]) throws -> String {
        "<title>\(architecture.name)</title>\n\(markdown)\(figures.map(\.svg).joined())"
    }

    func inject(_ generated: String, into existing: String, file: String) throws -> String {
        guard let start = existing.range(of: "<!-- topograph:begin -->\n"), let end = existing.range(of: "<!-- topograph:end -->")
        else { throw CLIError("\(file): no markers") }
        return String(existing[..<start.upperBound]) + generated + String(existing[end.lowerBound...])
    }

    private func directive(_ key: String, in text: String) -> [String] {
        text.split(separator: "\n").compactMap { line in
            line.hasPrefix("\(key): ") ? String(line.dropFirst(key.count + 2)) : nil
        }
    }
}

/// A throwaway project directory, removed when the test ends.
final class TemporaryProject {
    let root: String

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("topograph-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func write(_ path: String, _ text: String) throws {
        let url = URL(fileURLWithPath: root).appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: "\(root)/\(path)").flatMap { String(data: $0, encoding: .utf8) }
    }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: "\(root)/\(path)") }

    func config() throws -> ProjectConfig { try ConfigParser.load("\(root)/topograph.yml") }

    /// Every file under the root except the cache, with its bytes: a snapshot to compare runs.
    func snapshot() -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let path = enumerator?.nextObject() as? String {
            guard !path.hasPrefix(".topograph-cache"), let data = FileManager.default.contents(atPath: "\(root)/\(path)") else { continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: "\(root)/\(path)", isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = data
            }
        }
        return files
    }
}

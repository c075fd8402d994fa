import Foundation
import TopographSynthetic

extension Bench {
    /// `topograph generate` (lint, SVG, PNG, Markdown) against mingrammer/diagrams drawing the same PNG.
    func endToEnd(servers: Int) throws {
        let project = "\(scratch)/e2e-\(servers)"
        try FileManager.default.createDirectory(atPath: project, withIntermediateDirectories: true)
        try SyntheticModels.securedAndMonitoredYAML(servers: servers)
            .write(toFile: "\(project)/model.yaml", atomically: false, encoding: .utf8)
        try Self.projectConfig.write(toFile: "\(project)/topograph.yml", atomically: false, encoding: .utf8)
        let generate = [options.topograph, "generate", "--config", "\(project)/topograph.yml", "--force", "--quiet"]
        let repeats = options.repeats
        let topograph: Sample
        if let sample = try? Timing.spawn(repeats: repeats, generate) {
            topograph = sample
            results.endToEndCommand = "topograph generate --force  # topograph.yml: " + Self.projectSummary
        } else {
            // `generate` not wired up in this build: the same work as four commands, one after another.
            topograph = try separateCommands(project: project, repeats: repeats)
            results.endToEndCommand = "topograph lint; render --format svg; render --format png; docs (generate failed)"
        }
        var row = Results.EndToEnd(servers: servers, topograph: topograph)
        if let script = peerScript("diagrams_peer.py"), pythonHas("diagrams") {
            let draw = [options.python, script, "\(servers)", "\(project)/peer", "png"]
            results.peerCommand = "python3 scripts/bench/diagrams_peer.py N OUT png"
            row.peer = try Timing.spawn(repeats: servers >= 30 ? min(repeats, 3) : repeats, draw)
        } else {
            results.skipped.append("mingrammer/diagrams is not installed (pip install diagrams): no Python peer")
        }
        results.endToEnd.append(row)
    }

    private func separateCommands(project: String, repeats: Int) throws -> Sample {
        let model = "\(project)/model.yaml"
        let commands = [
            [options.topograph, "lint", model],
            [options.topograph, "render", model, "--format", "svg", "-o", "\(project)/overview.svg"],
            [options.topograph, "render", model, "--format", "png", "-o", "\(project)/overview.png"],
            [options.topograph, "docs", model, "-o", "\(project)/design.md"],
        ]
        var totals: [Double] = []
        for _ in 0..<max(1, repeats) {
            // lint exits 1 when it finds errors, which the reference model has on purpose.
            totals.append(try commands.reduce(0) { $0 + (try Timing.spawn(repeats: 1, $1, allowed: [0, 1])).median })
        }
        return Sample(totals)
    }

    static let projectSummary = "overview diagram as SVG and PNG, design document as Markdown"

    static let projectConfig = """
        models:
          - path: model.yaml
            diagrams: {formats: [svg, png], views: [overview], dir: out}
            docs: {markdown: out/design.md}

        """

    /// A script of scripts/bench/, from the repository root or next to the build directory.
    func peerScript(_ name: String) -> String? {
        let candidates = [
            "scripts/bench/\(name)",
            BenchOptions.siblingExecutable("../../../scripts/bench/\(name)"),
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// Whether the peer's Python can import `module`.
    func pythonHas(_ module: String) -> Bool {
        (try? Spawn.run([options.python, "-c", "import \(module)"]))?.succeeded == true
    }
}

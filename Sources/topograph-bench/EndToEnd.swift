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
        results.endToEndCommand = "topograph generate --force  # topograph.yml: " + Self.projectSummary
        let repeats = options.repeats
        let topograph = try Timing.spawn(repeats: repeats, generate)
        var row = Results.EndToEnd(servers: servers, topograph: topograph)
        if let script = peerScript(), peerInstalled() {
            let draw = [options.python, script, "\(servers)", "\(project)/peer", "png"]
            results.peerCommand = "python3 scripts/bench/diagrams_peer.py N OUT png"
            row.peer = try Timing.spawn(repeats: servers >= 30 ? min(repeats, 3) : repeats, draw)
        } else {
            results.skipped.append("mingrammer/diagrams is not installed (pip install diagrams): no Python peer")
        }
        results.endToEnd.append(row)
    }

    static let projectSummary = "overview diagram as SVG and PNG, design document as Markdown"

    static let projectConfig = """
        models:
          - path: model.yaml
            diagrams: {formats: [svg, png], views: [overview], dir: out}
            docs: {markdown: out/design.md}

        """

    private func peerScript() -> String? {
        let candidates = [
            "scripts/bench/diagrams_peer.py",
            BenchOptions.siblingExecutable("../../scripts/bench/diagrams_peer.py"),
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }

    private func peerInstalled() -> Bool {
        (try? Spawn.run([options.python, "-c", "import diagrams"]))?.succeeded == true
    }
}

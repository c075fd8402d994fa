import Foundation
import Testing

/// `topograph diff` through the built binary on the reference models and on a git history.
@Suite struct DiffEndToEndTests {
    let models = TestPaths.repositoryRoot.appendingPathComponent("models")

    @Test func distributedToSecuredReportsFirewallsTLSMonitoringAndFindings() throws {
        let result = try Binary.run(["diff", "distributed.yaml", "secured-and-monitored.yaml"], in: models)
        let text = result.stdout
        for expected in [
            "+ edge-firewall: firewall (network) in dmz", "+ fw-1: firewall (host) on server-1",
            "+ fw-3: firewall (host) on server-3",
            "~ lb: load balancer, HAProxy 2.8, TLS terminate in dmz", "tls.mode: (none) -> terminate",
            "+ www-cert: certificate for www.foobar.com on lb, web-1, web-2, web-3",
            "~ user->lb: user -> lb, https 443 (request, encrypted)", "protocol: http -> https",
            "+ sumo: monitoring platform, Sumo Logic in saas", "+ agent-1: monitoring agent",
            "+ agent-2->sumo:metrics: agent-2 -> sumo, https 443 (metrics, encrypted)",
            "+ server-3: host in private",
        ] {
            #expect(text.contains(expected), "missing: \(expected)")
        }
        let findings = text.split(separator: "\n").first { $0.hasPrefix("Findings: ") }.map(String.init) ?? ""
        let counts = findings.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        #expect(counts.count == 3 && counts[0] > 0 && counts[1] > 0, "findings introduced and resolved: \(findings)")
        // Adding firewalls and HTTPS resolves their findings; terminating TLS at lb introduces plaintext behind it.
        #expect(text.contains("  - error firewall.no-firewall: "))
        #expect(text.contains("  - error tls.public-entry-without-tls: "))
        #expect(text.contains("  + error tls.plaintext-after-termination: "))
        #expect(result.status == (text.contains("no introduced finding at or above warning") ? 0 : 1))
        try expectGolden(text, "diff-reference.txt")
    }

    @Test func markdownAndDiagramFormats() throws {
        let markdown = try Binary.run(["diff", "distributed.yaml", "secured-and-monitored.yaml", "--format", "markdown"], in: models)
        #expect(markdown.stdout.hasPrefix("## Architecture diff: `distributed` → `secured-and-monitored`\n"))
        #expect(markdown.stdout.contains("| Components | 11 | 0 | 6 |"))
        #expect(markdown.stdout.contains("### Findings introduced") && markdown.stdout.contains("### Findings resolved"))
        let dot = try Binary.run(["diff", "distributed.yaml", "secured-and-monitored.yaml", "--format", "dot"], in: models)
        let firewall = try #require(dot.stdout.split(separator: "\n").first { $0.contains("\"edge-firewall\" [") })
        #expect(firewall.contains("color=\"#2E7D32\"") && firewall.contains("+ added"))
        let svg = try Binary.run(["diff", "distributed.yaml", "secured-and-monitored.yaml", "--format", "svg"], in: models)
        #expect(svg.stdout.contains("<svg") && svg.stdout.contains("edge&#45;firewall"), "\(svg.stderr)")
        #expect(markdown.status == dot.status)
    }

    @Test func gitRevisionComparesWithTheCommittedVersion() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let model = root.appendingPathComponent("infra/model.yaml")
        try FileManager.default.createDirectory(at: model.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: models.appendingPathComponent("distributed.yaml"), to: model)
        for arguments in [["init", "-q"], ["add", "."], ["-c", "user.name=t", "-c", "user.email=t@e", "commit", "-qm", "model"]] {
            let git = Process()
            git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            git.arguments = ["git", "-C", root.path] + arguments
            try git.run()
            git.waitUntilExit()
            #expect(git.terminationStatus == 0, "git \(arguments)")
        }
        let edited = try String(contentsOf: model, encoding: .utf8).replacingOccurrences(of: "ports: [80]", with: "ports: [8080]")
        try Data(edited.utf8).write(to: model)
        let result = try Binary.run(["diff", "--git", "HEAD", "model.yaml"], in: model.deletingLastPathComponent())
        #expect(result.stdout.contains("ports: [80] -> [8080]"), "\(result.stdout)\(result.stderr)")
        let missing = try Binary.run(["diff", "--git", "HEAD~5", "model.yaml"], in: model.deletingLastPathComponent())
        #expect(missing.status == 2 && missing.stderr.contains("cannot read model.yaml at HEAD~5"))
        let usage = try Binary.run(["diff", "model.yaml"], in: model.deletingLastPathComponent())
        #expect(usage.status == 2 && usage.stderr.contains("give two models (old, new), or one model with --git <rev>"))
    }
}

import Foundation
import Testing
import TopographModel

@testable import TopographCommands

/// generate and check end to end over real files, with a fake toolchain (the renderers have their own tests).
@Suite struct GenerateCheckPipelineTests {
    static let config = """
        defaults:
          diagrams: {formats: [svg, png], views: [overview, security]}
          docs: true
        models:
          - models/shop.txt
          - path: models/blog.txt
            inject: [README.md]
            lint: {threshold: error}
        """

    func project() throws -> TemporaryProject {
        let project = try TemporaryProject()
        try project.write("topograph.yml", Self.config)
        try project.write("models/shop.txt", "name: shop\nfinding: note tls.plaintext lb\n")
        try project.write("models/blog.txt", "name: blog\n")
        try project.write("README.md", "intro\n<!-- topograph:begin -->\nold\n<!-- topograph:end -->\noutro\n")
        return project
    }

    func generate(_ project: TemporaryProject, cache: Bool = true) throws -> Generation<FakeToolchain>.Report {
        try Generation(config: project.config(), toolchain: FakeToolchain(), today: "2026-01-01", useCache: cache).run()
    }

    func check(_ project: TemporaryProject, cache: Bool = true) throws -> Verification<FakeToolchain>.Report {
        try Verification(config: project.config(), toolchain: FakeToolchain(), today: "2026-01-01", useCache: cache).run()
    }

    /// Leaving the config (a model, a format) takes its artifacts along, unless the user edited them
    /// since; files Topograph only injected into are the user's and always stay.
    @Test func artifactsNoLongerPlannedAreRemovedUnlessEdited() throws {
        let project = try project()
        _ = try generate(project)
        try project.write(
            "topograph.yml",
            """
            defaults:
              diagrams: {formats: [svg], views: [overview, security]}
              docs: true
            models:
              - models/shop.txt
            """)
        try project.write("output/shop/security.png", "edited by hand\n")
        let report = try generate(project)
        #expect(
            report.removed == [
                "output/blog/design.html", "output/blog/design.md", "output/blog/overview.png", "output/blog/overview.svg",
                "output/blog/security.png", "output/blog/security.svg", "output/shop/overview.png",
            ])
        #expect(report.text.contains("removed output/shop/overview.png"))
        #expect(project.read("output/shop/security.png") == "edited by hand\n")
        #expect(project.read("README.md")?.contains("<!-- topograph:begin -->") == true)
        #expect(!project.exists("output/blog/design.md") && project.exists("output/shop/overview.svg"))
        // Nothing left to remove the next time.
        #expect(try generate(project).removed.isEmpty)
    }

    @Test func generateWritesEveryArtifactThenNothingWhenUnchanged() throws {
        let project = try project()
        let first = try generate(project)
        #expect(
            first.written == [
                "output/shop/overview.svg", "output/shop/overview.png", "output/shop/security.svg", "output/shop/security.png",
                "output/shop/design.md", "output/shop/design.html",
                "output/blog/overview.svg", "output/blog/overview.png", "output/blog/security.svg", "output/blog/security.png",
                "output/blog/design.md", "output/blog/design.html", "README.md",
            ])
        #expect(project.read("output/shop/design.md") == "# shop\n\n![diagram](overview.svg)\n\n1 findings\n")
        #expect(
            project.read("README.md")
                == "intro\n<!-- topograph:begin -->\n# blog\n\n![diagram](none)\n\n0 findings\n<!-- topograph:end -->\noutro\n")
        #expect(project.read("output/blog/design.html")?.contains("svg:digraph \"blog\" { // overview, 0 findings\n}\n") == true)
        let before = project.snapshot()
        let second = try generate(project)
        #expect(second.written.isEmpty)
        #expect(second.outcomes.allSatisfy { $0.built == nil })
        #expect(project.snapshot() == before)
        // Without the cache every model is rendered again, and still nothing is written.
        let third = try generate(project, cache: false)
        #expect(third.written.isEmpty && third.upToDate == 13)
        #expect(third.outcomes.allSatisfy { $0.built != nil })
        #expect(project.snapshot() == before)
    }

    @Test func checkNamesStaleAndMissingFilesUntilRegenerated() throws {
        let project = try project()
        _ = try generate(project)
        #expect(try check(project).passed)
        try project.write("models/blog.txt", "name: blog\nfinding: note hygiene.names db\n")
        try FileManager.default.removeItem(atPath: "\(project.root)/output/shop/security.png")
        let stale = try check(project)
        #expect(!stale.passed)
        #expect(
            stale.stale.map(\.path) == [
                "output/shop/security.png",
                "output/blog/overview.svg", "output/blog/overview.png", "output/blog/security.svg", "output/blog/security.png",
                "output/blog/design.md", "output/blog/design.html", "README.md",
            ])
        #expect(stale.stale.first?.missing == true && stale.stale.last?.missing == false)
        #expect(stale.text.contains("missing: output/shop/security.png\nstale: output/blog/overview.svg"))
        #expect(stale.text.hasSuffix("5 of 13 artifacts fresh; run `topograph generate` to refresh 8 files"))
        // check wrote nothing.
        #expect(!project.exists("output/shop/security.png"))
        let regenerated = try generate(project)
        #expect(regenerated.outcomes.map { $0.built != nil } == [true, true])
        #expect(try check(project).passed)
        #expect(try check(project, cache: false).passed)
    }

    @Test func lintFailsOnlyWhenEnforcedAndAtOrAboveThreshold() throws {
        let project = try project()
        try project.write("models/shop.txt", "name: shop\nfinding: warning tls.plaintext lb\n")
        // shop's warning fails at the default threshold (warning).
        try project.write(
            "topograph.yml", Self.config.replacingOccurrences(of: "docs: true", with: "docs: true\n  lint: {threshold: warning}"))
        var report = try Verification(config: project.config(), toolchain: FakeToolchain(), today: "2026-01-01", lintOnly: true).run()
        #expect(!report.passed)
        #expect(
            report.text.contains(
                "shop: 1 finding (1 warning), 1 at or above warning (fails at warning)\n  models/shop.txt: warning: tls.plaintext on lb [tls.plaintext]"
            ))
        try project.write("topograph.yml", Self.config.replacingOccurrences(of: "docs: true", with: "docs: true\n  lint: {enforce: false}"))
        report = try Verification(config: project.config(), toolchain: FakeToolchain(), today: "2026-01-01", lintOnly: true).run()
        #expect(report.passed)
        #expect(report.text.contains("shop: 1 finding (1 warning), 1 at or above warning (not enforced)"))
        try project.write("baseline.json", #"{"version": 1, "tool": "topograph", "fingerprints": ["tls.plaintext|lb"]}"#)
        try project.write(
            "topograph.yml", Self.config.replacingOccurrences(of: "docs: true", with: "docs: true\n  lint: {baseline: baseline.json}"))
        report = try Verification(config: project.config(), toolchain: FakeToolchain(), today: "2026-01-01", lintOnly: true).run()
        #expect(report.passed)
    }

    @Test func aFailingModelLeavesEveryPreviousArtifactIntact() throws {
        let project = try project()
        _ = try generate(project)
        let before = project.snapshot()
        try project.write("models/shop.txt", "name: shop\nfinding: error data.x db\n")
        try project.write("models/blog.txt", "name: render-fails\n")
        #expect(throws: ReportedFailures.self) { try generate(project) }
        var after = project.snapshot()
        after["models/shop.txt"] = before["models/shop.txt"]
        after["models/blog.txt"] = before["models/blog.txt"]
        #expect(after == before)
        try project.write("models/blog.txt", "fail: load\n")
        #expect { try generate(project) } throws: { "\($0)".contains("blog.txt:1:1: error: cannot parse") }
        try project.write("models/blog.txt", "name: blog\n")
        _ = try generate(project)
        #expect(project.read("output/shop/design.md")?.contains("1 findings") == true)
    }

    @Test func concurrentGenerateRunsTakeTurns() async throws {
        let project = try project()
        let config = try project.config()
        let reports = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<4 {
                group.addTask { try Generation(config: config, toolchain: FakeToolchain(), today: "2026-01-01").run().written.count }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        // Exactly one run wrote; the others waited for the lock and found everything fresh.
        #expect(reports.sorted() == [0, 0, 0, 13])
        #expect(!project.snapshot().keys.contains { $0.contains(".tmp-") })
        #expect(try check(project, cache: false).passed)
    }
}

/// generate draws diagrams grouped as `render --group` does: by the config's `group`, automatically
/// above `GroupingPolicy.autoThreshold` hosts. The design document always describes every server.
@Suite struct GenerateGroupingTests {
    func built(group: String) throws -> BuiltModel {
        let project = try TemporaryProject()
        let model = try String(
            contentsOf: TestPaths.repositoryRoot.appendingPathComponent("models/secured-and-monitored.yaml"), encoding: .utf8)
        try project.write("m.yaml", model)
        try project.write(
            "topograph.yml",
            "models:\n  - path: m.yaml\n    diagrams: {formats: [dot], views: [overview], group: \(group)}\n    docs: {markdown: d.md}\n")
        let config = try project.config()
        return try ModelBuilder.build(config.models[0], in: config, toolchain: LiveToolchain(), today: "2026-01-01")
    }

    @Test func theConfigDecides() throws {
        let always = try built(group: "always")
        let never = try built(group: "never")
        let auto = try built(group: "auto")
        let text = { (model: BuiltModel, file: String) in String(decoding: model.files[file] ?? Data(), as: UTF8.self) }
        #expect(text(always, "output/m/overview.dot").contains("server-2..3 (x2)"))
        #expect(text(always, "output/m/overview.dot").contains("3 backends"))
        #expect(!text(always, "output/m/overview.dot").contains("cluster_host_server-3"))
        // Three servers are far below the automatic threshold.
        #expect(text(auto, "output/m/overview.dot") == text(never, "output/m/overview.dot"))
        #expect(text(never, "output/m/overview.dot").contains("cluster_host_server-3"))
        #expect(text(always, "d.md") == text(never, "d.md"))
        // generate says so (Generation.Report prints each note).
        #expect(always.notes == ["diagrams grouped 2 identical servers: server-2..3 (x2)"])
        #expect(never.notes.isEmpty && auto.notes.isEmpty)
        #expect(text(always, "d.md").contains("server-3"))
    }
}

/// topograph.yml lists diagram formats of every language: DOT is laid out once for its pictures,
/// Mermaid and C4-PlantUML are written from the model.
@Suite struct GenerateFormatsTests {
    @Test func everyDiagramFormatIsGenerated() throws {
        let project = try TemporaryProject()
        try project.write(
            "topograph.yml",
            """
            models:
              - path: models/shop.txt
                diagrams: {formats: [svg, dot, dot-layout, mermaid, c4plantuml], views: [data]}
            """)
        try project.write("models/shop.txt", "name: shop\nfinding: note tls.plaintext lb\n")
        let report = try Generation(config: project.config(), toolchain: FakeToolchain(), today: "2026-01-01").run()
        #expect(
            report.written == [
                "output/shop/data.svg", "output/shop/data.dot", "output/shop/data.layout.dot", "output/shop/data.mmd",
                "output/shop/data.puml",
            ])
        #expect(project.read("output/shop/data.mmd") == "mermaid shop // data, 1 findings\n")
        #expect(project.read("output/shop/data.puml") == "c4PlantUML shop // data, 1 findings\n")
        #expect(project.read("output/shop/data.layout.dot")?.hasPrefix("dot-layout:digraph") == true)
    }
}

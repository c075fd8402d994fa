import Foundation
import Testing
import TopographModel
import TopographModelFiles

@testable import TopographCommands

/// generate changes every artifact or none: targets are checked before anything is written, and a
/// commit that fails half-way restores what it had already replaced.
@Suite struct GenerateAllOrNothingTests {
    static let config = """
        defaults:
          diagrams: {formats: [svg], views: [overview]}
          docs: true
        models:
          - models/a.txt
          - models/b.txt
        """

    func project() throws -> TemporaryProject {
        let project = try TemporaryProject()
        try project.write("topograph.yml", Self.config)
        try project.write("models/a.txt", "name: a\n")
        try project.write("models/b.txt", "name: b\n")
        return project
    }

    func generate(_ project: TemporaryProject, force: Bool = false, beforeStep: @escaping (Int) throws -> Void = { _ in }) throws
        -> Generation<FakeToolchain>.Report
    {
        var generation = Generation(config: try project.config(), toolchain: FakeToolchain(), today: "2026-01-01")
        generation.overwriteEdits = force
        generation.beforeStep = beforeStep
        return try generation.run()
    }

    /// Both models change, so every artifact is due; `snapshot` must be unchanged but for the models.
    func changeModels(_ project: TemporaryProject) throws {
        try project.write("models/a.txt", "name: a\nfinding: warning x.y lb\n")
        try project.write("models/b.txt", "name: b\nfinding: warning x.y lb\n")
    }

    func unchangedButModels(_ project: TemporaryProject, since before: [String: Data]) -> Bool {
        var after = project.snapshot()
        for model in ["models/a.txt", "models/b.txt"] { after[model] = before[model] }
        return after == before
    }

    /// The case: a directory at out/b.html made generate exit 2 after replacing a.md, a.html and b.md.
    @Test func anUnwritableTargetStopsTheRunBeforeAnyFileChanges() throws {
        let project = try project()
        _ = try generate(project)
        try changeModels(project)
        try FileManager.default.removeItem(atPath: "\(project.root)/output/b/design.html")
        try FileManager.default.createDirectory(atPath: "\(project.root)/output/b/design.html", withIntermediateDirectories: false)
        let before = project.snapshot()
        #expect { try generate(project) } throws: { "\($0)".contains("output/b/design.html: exists and is not a regular file") }
        #expect(unchangedButModels(project, since: before))
        try FileManager.default.removeItem(atPath: "\(project.root)/output/b")
        try project.write("output/b", "a file where a directory belongs\n")
        let again = project.snapshot()
        #expect { try generate(project) } throws: {
            "\($0)".contains("output/b/overview.svg: \(project.root)/output/b is a file, not a directory")
        }
        #expect(unchangedButModels(project, since: again))
    }

    @Test func aCommitFailingHalfWayRestoresEveryFile() throws {
        let project = try project()
        _ = try generate(project)
        try changeModels(project)
        try project.write("topograph.yml", Self.config + "\n  - models/c.txt\n")
        try project.write("models/c.txt", "name: c\n")
        let before = project.snapshot()
        struct Injected: Error {}
        // Steps 0-5 replace a's and b's files; 6-8 create output/c/ and its files.
        #expect(throws: Injected.self) { try generate(project) { if $0 == 8 { throw Injected() } } }
        var after = project.snapshot()
        for model in ["models/a.txt", "models/b.txt"] { after[model] = before[model] }
        #expect(after == before)
        #expect(!project.exists("output/c"))
        #expect(!project.snapshot().keys.contains { $0.contains(".tmp-") })
        // The records were not advanced: the next run writes everything and nothing counts as edited.
        #expect(try generate(project).written.count == 9)
    }

    @Test func aHandEditedArtifactIsKeptUnlessForced() throws {
        let project = try project()
        _ = try generate(project)
        try project.write("output/a/design.md", "my notes\n")
        try changeModels(project)
        let before = project.snapshot()
        #expect { try generate(project) } throws: { error in
            let text = "\(error)"
            return text.contains("edited since the last generate:\n  output/a/design.md") && text.contains("--force")
        }
        #expect(unchangedButModels(project, since: before))
        let forced = try generate(project, force: true)
        #expect(forced.written.contains("output/a/design.md"))
        #expect(project.read("output/a/design.md")?.contains("1 findings") == true)
    }

    /// A run killed between its renames and its final record leaves files that match the journal.
    @Test func filesOfAnInterruptedCommitAreNotHandEdits() throws {
        let project = try project()
        _ = try generate(project)
        // The kill: the journal was saved and design.md renamed, then the process died.
        var state = ProjectCache(root: project.root).load()
        state.committing["output/a/design.md"] = SHA256.hex(Data("# a\n\n![diagram](overview.svg)\n\n1 findings\n".utf8))
        try JSONEncoder().encode(state).write(to: URL(fileURLWithPath: ProjectCache(root: project.root).stateFile))
        try project.write("output/a/design.md", "# a\n\n![diagram](overview.svg)\n\n1 findings\n")
        try project.write("models/a.txt", "name: a\nfinding: warning x.y lb\nfinding: note x.z db\n")
        #expect(try generate(project).written.contains("output/a/design.md"))
    }

    @Test func symlinkedArtifactsAreWrittenThrough() throws {
        let project = try project()
        try project.write("docs/a-design.md", "old\n")
        try FileManager.default.createDirectory(atPath: "\(project.root)/output/a", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: "\(project.root)/output/a/design.md", withDestinationPath: "../../docs/a-design.md")
        _ = try generate(project)
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: "\(project.root)/output/a/design.md")
        #expect(link == "../../docs/a-design.md")
        #expect(project.read("docs/a-design.md") == "# a\n\n![diagram](overview.svg)\n\n0 findings\n")
    }

    @Test func temporaryFilesOfKilledRunsAreSweptAndCheckNamesStrays() throws {
        let project = try project()
        _ = try generate(project)
        try project.write(".topograph-cache/tmp/999999/3-overview.svg", "left by kill -9\n")
        try project.write("output/a/.overview.svg.tmp-999999-42", "left by an older version\n")
        let check = try Verification(config: project.config(), toolchain: FakeToolchain(), today: "2026-01-01").run()
        #expect(!check.passed)
        #expect(check.text.contains("stray temporary file: output/a/.overview.svg.tmp-999999-42"))
        _ = try generate(project)
        #expect(!project.exists(".topograph-cache/tmp/999999"))
        #expect(!project.exists("output/a/.overview.svg.tmp-999999-42"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(project.root)/.topograph-cache/tmp").isEmpty)
        #expect(try Verification(config: project.config(), toolchain: FakeToolchain(), today: "2026-01-01").run().passed)
    }

    /// `generate --config other.yml` in the same directory removed the artifacts of topograph.yml.
    @Test func anotherConfigNeverRemovesThisConfigsArtifacts() throws {
        let project = try project()
        _ = try generate(project)
        try project.write("other.yml", "models:\n  - path: models/a.txt\n    name: other\n    docs: {markdown: other/a.md}\n")
        let other = try Generation(config: ConfigParser.load("\(project.root)/other.yml"), toolchain: FakeToolchain(), today: "2026-01-01")
            .run()
        #expect(other.removed.isEmpty)
        #expect(project.exists("output/b/design.md") && project.exists("other/a.md"))
        // And the main config still finds its own records: nothing to write.
        #expect(try generate(project).written.isEmpty)
    }

    @Test func anUncreatableCacheIsAClearUsageError() throws {
        let project = try project()
        try project.write(".topograph-cache", "a file\n")
        #expect { try generate(project) } throws: { error in
            (error as? CLIError)?.message.contains(".topograph-cache exists and is not a directory") == true
        }
        #expect(!project.exists("output"))
    }
}

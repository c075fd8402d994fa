import Foundation
import Testing

@testable import TopographCommands

/// `generate --require-staged`: the pre-commit hook names generated files git would leave out.
@Suite struct StagingCheckTests {
    @Test func parsesUntrackedModifiedAndRenamedEntries() {
        let output = Data(
            "?? output/a.svg\0 M output/b.png\0M  output/staged.md\0R  new.md\0old.md\0MM output/both.html\0".utf8)
        #expect(
            StagingCheck.parse(output) == [
                .init(path: "output/a.svg", untracked: true), .init(path: "output/b.png", untracked: false),
                .init(path: "output/both.html", untracked: false),
            ])
    }

    @Test func theMessageNamesEachFileAndTheCommand() {
        let message = StagingCheck.message([.init(path: "output/a b.svg", untracked: true), .init(path: "README.md", untracked: false)])
        #expect(
            message == """
                error: generated files are not staged for this commit:
                  untracked: output/a b.svg
                  modified: README.md
                  hint: git add 'output/a b.svg' README.md   # then commit again
                """)
    }

    @Test func failsUntilTheGeneratedFilesAreAdded() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Binary.run(["init"], in: root).status == 0)
        let git = "git -c user.name=t -c user.email=t@example.com -c commit.gpgsign=false"
        #expect(try Binary.shell("git init -q && git add -A && \(git) commit -qm starter", in: root).status == 0)

        let first = try Binary.run(["generate", "--quiet", "--require-staged"], in: root, environment: ["CI": "true"])
        #expect(first.status == 1)
        // git's order (by path), every artifact of the starter config, then the command that adds them.
        let files = [
            "data.png", "data.svg", "design.html", "design.md", "monitoring.png", "monitoring.svg", "overview.png",
            "overview.svg", "security.png", "security.svg",
        ].map { "output/example/\($0)" }
        #expect(
            first.stderr == "error: generated files are not staged for this commit:\n"
                + files.map { "  untracked: \($0)\n" }.joined() + "  hint: git add \(files.joined(separator: " "))   # then commit again\n")

        #expect(try Binary.shell("git add -A", in: root).status == 0)
        let staged = try Binary.run(["generate", "--quiet", "--require-staged"], in: root, environment: ["CI": "true"])
        #expect(staged.status == 0, "\(staged.stderr)")

        // An edited model regenerates tracked files: modified, not staged.
        let model = root.appendingPathComponent("models/example.yaml")
        let text = try String(contentsOf: model, encoding: .utf8).replacingOccurrences(of: "\"1.24\"", with: "\"1.26\"")
        try Data(text.utf8).write(to: model)
        #expect(try Binary.shell("git add models/example.yaml", in: root).status == 0)
        let edited = try Binary.run(["generate", "--quiet", "--require-staged"], in: root, environment: ["CI": "true"])
        #expect(edited.status == 1)
        #expect(edited.stderr.contains("  modified: output/example/design.md\n"), "\(edited.stderr)")
    }

    @Test func outsideARepositoryItIsAClearError() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Binary.run(["init"], in: root).status == 0)
        let result = try Binary.run(
            ["generate", "--quiet", "--require-staged"], in: root,
            environment: ["CI": "true", "GIT_CEILING_DIRECTORIES": root.deletingLastPathComponent().path])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: cannot ask git which generated files are staged"), "\(result.stderr)")
    }
}

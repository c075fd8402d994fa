import ArgumentParser
import Foundation
import Testing

@testable import TopographCommands

/// `topograph manual`: generated from the command tree, complete, valid roff, stable.
@Suite struct ManualPageTests {
    static let page = (try? ManualPage.render(TopographCommand.self)) ?? ""

    @Test func everyVisibleCommandHasASection() {
        for command in TopographCommand.configuration.subcommands where command.configuration.shouldDisplay {
            let name = command.configuration.commandName ?? ""
            #expect(Self.page.contains("\n.SS topograph \(name)\n"), "\(name)")
        }
        #expect(Self.page.hasPrefix(#".TH "TOPOGRAPH" "1" "" "topograph \#(TopographCommand.version)" "User Commands""#))
    }

    @Test func everyOptionOfLintIsListed() throws {
        let lint = try #require(CommandTree.of(TopographCommand.self).command.subcommands?.first { $0.commandName == "lint" })
        let options = (lint.arguments ?? []).compactMap(\.names).flatMap { $0 }.filter { $0.kind == "long" }
        #expect(options.count >= 6)
        for option in options where option.name != "help" && option.name != "version" {
            #expect(Self.page.contains("\\fB\(Roff.escape("--" + option.name))\\fR"), "--\(option.name)")
        }
    }

    @Test func examplesStayVerbatimAndExitStatusIsDocumented() {
        #expect(Self.page.contains(".RS 4\n.nf\ntopograph check\n"))
        #expect(Self.page.contains(".SH EXIT STATUS\n.TP\n0\n"))
        #expect(Self.page.contains(".B TOPOGRAPH_TODAY"))
    }

    @Test func theCommandPrintsTheSamePage() throws {
        let result = try Binary.run(["manual"], in: try temporaryDirectory())
        #expect(result.status == 0)
        #expect(result.stdout == Self.page)
    }

    @Test func groffRendersItWithoutWarnings() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("topograph.1")
        try Data(Self.page.utf8).write(to: file)
        // -ww: every warning; -z: no output. groff is part of man-db on every machine with `man`.
        let result = try Binary.shell("groff -man -Tutf8 -ww -z '\(file.path)' 2>&1", in: directory)
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty, "\(result.stdout)")
        let rendered = try Binary.shell("groff -man -Tutf8 '\(file.path)' | col -b", in: directory)
        #expect(rendered.stdout.contains("--severity-threshold severity-threshold"))
    }

    /// Random strings over the characters roff treats specially, from a fixed seed (reproducible).
    @Test func escapedTextNeverStartsARequestAndRoundTrips() {
        var generator = SplitMix64(seed: 0x7091_0A9F)
        let alphabet = Array(".'\\\n-a \"é")
        for _ in 0..<2000 {
            let text = String((0..<Int.random(in: 0...24, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            let escaped = Roff.escape(text)
            for line in escaped.split(separator: "\n", omittingEmptySubsequences: false) {
                #expect(!line.hasPrefix(".") && !line.hasPrefix("'"), "\(text.debugDescription)")
            }
            let restored = escaped.replacingOccurrences(of: "\\&", with: "").replacingOccurrences(of: "\\-", with: "-")
                .replacingOccurrences(of: "\\e", with: "\\")
            #expect(restored == text, "\(text.debugDescription)")
        }
    }
}

/// A small seeded generator, so a failing case can be replayed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

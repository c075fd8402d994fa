import Testing
import TopographDocs

@Suite struct MarkerRegionTests {
    let generated = "# Design\n\nGenerated text.\n"

    @Test func replacesOnlyTheRegion() throws {
        let file = "# README\n\nIntro.\n\n<!-- topograph:begin -->\nold stuff\n<!-- topograph:end -->\n\nOutro.\n"
        let result = try MarkerRegion.inject(generated, into: file, file: "README.md")
        #expect(
            result == "# README\n\nIntro.\n\n<!-- topograph:begin -->\n\n# Design\n\nGenerated text.\n\n<!-- topograph:end -->\n\nOutro.\n")
        // Injecting again changes nothing: the region is found again and holds the same text.
        #expect(try MarkerRegion.inject(generated, into: result, file: "README.md") == result)
    }

    @Test func ignoresMarkersInCodeBlocksAndInlineCode() throws {
        let file = """
            Use it like this:

            ```markdown
            <!-- topograph:begin -->
            <!-- topograph:end -->
            ```

                <!-- topograph:begin -->

            Inline `<!-- topograph:end -->` too.

            <!-- topograph:begin -->
            <!-- topograph:end -->
            tail

            """
        let result = try MarkerRegion.inject(generated, into: file, file: "README.md")
        let expectedHead = file.components(separatedBy: "Inline")[0]
        #expect(result.hasPrefix(expectedHead))
        #expect(
            result.hasSuffix(
                "Inline `<!-- topograph:end -->` too.\n\n<!-- topograph:begin -->\n\n# Design\n\nGenerated text.\n\n<!-- topograph:end -->\ntail\n"
            ))
    }

    @Test func keepsCRLFLineEndings() throws {
        let file = "Intro\r\n\r\n<!-- topograph:begin -->\r\nold\r\n<!-- topograph:end -->\r\nOutro\r\n"
        let result = try MarkerRegion.inject("A\nB\n", into: file, file: "win.md")
        #expect(result == "Intro\r\n\r\n<!-- topograph:begin -->\r\n\r\nA\r\nB\r\n\r\n<!-- topograph:end -->\r\nOutro\r\n")
        #expect(!result.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test func keepsAMissingTrailingNewline() throws {
        let file = "<!-- topograph:begin -->\n<!-- topograph:end -->"
        #expect(try MarkerRegion.inject("X", into: file, file: "a.md") == "<!-- topograph:begin -->\n\nX\n\n<!-- topograph:end -->")
        let after = "<!-- topograph:begin -->\n<!-- topograph:end -->\nlast line"
        #expect(try MarkerRegion.inject("X", into: after, file: "a.md").hasSuffix("<!-- topograph:end -->\nlast line"))
    }

    @Test func keepsUnicodeByteForByte() throws {
        let file = "Ünïcödé 🚀 e\u{301}\n<!-- topograph:begin -->\n<!-- topograph:end -->\n日本語 — fin\n"
        let result = try MarkerRegion.inject("Größe ✓", into: file, file: "u.md")
        #expect(Array(result.utf8).starts(with: Array("Ünïcödé 🚀 e\u{301}\n<!-- topograph:begin -->\n".utf8)))
        #expect(result.hasSuffix("<!-- topograph:end -->\n日本語 — fin\n"))
        #expect(result.contains("\nGröße ✓\n"))
    }

    @Test func keepsAByteOrderMarkAndToleratesIndentedMarkers() throws {
        let file = "\u{FEFF}# Title\n\n   <!-- topograph:begin -->  \nold\n <!--topograph:end-->\n"
        let result = try MarkerRegion.inject("new", into: file, file: "bom.md")
        #expect(result == "\u{FEFF}# Title\n\n   <!-- topograph:begin -->  \n\nnew\n\n <!--topograph:end-->\n")
    }

    @Test func missingOrUnbalancedMarkersAreClearErrors() {
        func message(_ text: String) -> String? {
            do {
                _ = try MarkerRegion.inject("X", into: text, file: "docs/README.md")
                return nil
            } catch { return "\(error)" }
        }
        #expect(message("no markers here\n")?.hasPrefix("docs/README.md: no <!-- topograph:begin -->") == true)
        #expect(
            message("a\n\n<!-- topograph:begin -->\nb\n")
                == "docs/README.md:3: <!-- topograph:begin --> has no matching <!-- topograph:end --> after it")
        #expect(
            message("<!-- topograph:end -->\n") == "docs/README.md:1: <!-- topograph:end --> without a <!-- topograph:begin --> before it")
        #expect(message("<!-- topograph:end -->\n\n<!-- topograph:begin -->\n")?.contains("comes before") == true)
        #expect(
            message("<!-- topograph:begin -->\n<!-- topograph:end -->\n<!-- topograph:begin -->\n<!-- topograph:end -->\n")?
                .contains("expected exactly one") == true)
        // An end marker hidden in a fence does not close the region.
        #expect(message("<!-- topograph:begin -->\n```\n<!-- topograph:end -->\n```\n")?.contains("has no matching") == true)
    }

    @Test func stalenessNamesTheDifferingLines() {
        #expect(Staleness.summary(expected: "a\nb\nc\n", actual: "a\nb\nc\n", file: "f.md") == nil)
        #expect(
            Staleness.summary(expected: "a\nB\nc\n", actual: "a\nb\nc\n", file: "f.md")
                == "f.md is stale: it has line 2 where the generated text has line 2 (3 lines on disk, 3 generated)")
        #expect(
            Staleness.summary(expected: "a\nx\ny\nc\n", actual: "a\nc\n", file: "f.md")
                == "f.md is stale: it has nothing at line 2 where the generated text has lines 2-3 (2 lines on disk, 4 generated)")
    }
}

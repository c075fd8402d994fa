import Testing

@testable import topograph_bench

@Suite struct BenchReportTests {
    @Test func medianOfOddAndEvenSamples() {
        #expect(Sample([3, 1, 2]).median == 2)
        #expect(Sample([4, 1, 3, 2]).median == 2.5)
        #expect(Sample([]).median.isNaN)
    }

    @Test func numbersAreShortAndLocaleFree() {
        #expect(Format.seconds(0.000_25) == "250 µs")
        #expect(Format.seconds(0.0123) == "12.3 ms")
        #expect(Format.seconds(2.345) == "2.35 s")
        #expect(Format.count(1_234_567) == "1,234,567")
        #expect(Format.count(999) == "999")
        #expect(Format.ratio(0.256) == "0.26×")
        #expect(Format.ratio(68.4) == "68×")
        #expect(Format.ratio(nil) == "-")
        #expect(Format.megabytes(kilobytes: 183_296) == "179 MB")
    }

    @Test func tablesRenderAsMarkdown() {
        var table = Table(["Servers", "Time"])
        #expect(table.markdown == "_No measurements._\n")
        table.add(["3", "1.0 ms"])
        #expect(table.markdown == "| Servers | Time |\n|---:|---:|\n| 3 | 1.0 ms |\n")
    }

    @Test func optionsParseAndRejectMistakes() throws {
        let options = try BenchOptions.parse(["--max-servers", "3000", "--repeats", "3", "--only", "lint,render"])
        #expect(options.serverCounts == [3, 30, 300, 3000])
        #expect(options.suites == ["lint", "render"])
        #expect(options.repeats(servers: 300) == 3)
        #expect(options.repeats(servers: 30000) == 1)
        #expect(try BenchOptions.parse([]).serverCounts == [3, 30, 300, 3000, 8332, 30000])
        #expect(throws: SpawnError.self) { try BenchOptions.parse(["--only", "speed"]) }
        #expect(throws: SpawnError.self) { try BenchOptions.parse(["--repeats", "0"]) }
    }

    @Test func goalsAreJudgedFromTheirFigures() {
        var results = Results()
        results.lint = [
            Results.Lint(servers: 30, elements: 371, findings: 0, seconds: Sample([0.001])),
            Results.Lint(servers: 8332, elements: 99_995, findings: 0, seconds: Sample([0.4]), workerKB: 600 * 1024),
        ]
        let rows = ReportGoals(results: results, hundredK: 8332).table.rows
        #expect(rows[0] == ["Lint 100k elements in under 1 s", "400.0 ms", "yes"])
        #expect(rows[1][2] == "**no**")
        #expect(rows[2][1] == "1.48×")
        #expect(rows.last?[2] == "-")
    }
}

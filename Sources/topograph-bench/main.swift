import Foundation
import TopographSynthetic

// topograph-bench: see BenchOptions.usage. Writes BENCHMARKS.md; progress goes to stderr.

let options: BenchOptions
do {
    options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(2)
}

if let worker = options.worker {
    // A child measured for peak memory, or run under a profiler: one job, then exit. Printing a result
    // keeps the work from being optimised away.
    exit(Worker.run(worker, options: options))
}

let bench: Bench
do { bench = try Bench(options: options) } catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(2)
}
let machine = Machine.describe(options: options, scratch: bench.scratch)
let started = ContinuousClock.now
bench.run()
var report = Report(results: bench.results, machine: machine, options: options).markdown
// The layout-quality, failure-analysis and big-models sections are written by scripts/bench/layout_quality.py,
// scripts/bench/whatif.py and scripts/bench/bigmodels.py, not by this run: keep them.
if options.output != "-", let old = try? String(contentsOfFile: options.output, encoding: .utf8) {
    for section in ["layout-quality", "failure-analysis", "big-models"] {
        guard let begin = old.range(of: "<!-- \(section):begin -->"), let end = old.range(of: "<!-- \(section):end -->") else { continue }
        report += "\n" + old[begin.lowerBound..<end.upperBound] + "\n"
    }
}
// A global is never deinitialised: remove the scratch models (hundreds of MB) here.
try? FileManager.default.removeItem(atPath: bench.scratch)
if options.output == "-" {
    print(report, terminator: "")
} else {
    do {
        try report.write(toFile: options.output, atomically: true, encoding: .utf8)
        bench.log("wrote \(options.output) in \(Format.seconds(started.duration(to: .now).seconds))")
    } catch {
        bench.log("cannot write \(options.output): \(error)")
        exit(2)
    }
}

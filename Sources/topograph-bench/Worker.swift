import Foundation
import TopographModel
import TopographSynthetic

/// One job in a child process: `build` (the model only), `lint`, `load` (YAML), `docs`, `dot` (prints
/// the DOT), `svg`/`png` (renders it in-process), `render` (times in-process renders of `--dot FILE`),
/// or `yaml` (prints the synthetic model as a YAML model file, to try the CLI at scale).
///
/// The parent reads the child's peak memory or output; a profiler runs it alone, e.g.
/// `valgrind --tool=callgrind .build/release/topograph-bench --worker lint --servers 3000`.
enum Worker {
    static func run(_ job: String, options: BenchOptions) -> Int32 {
        let servers = options.workerServers
        do {
            if job == "render", let path = options.workerDOT {
                return try timeRenders(
                    dot: String(contentsOfFile: path, encoding: .utf8), format: options.workerFormat,
                    repeats: options.repeats)
            }
            let model = SyntheticModels.securedAndMonitored(servers: servers)
            switch job {
            case "build": print(model.flows.count)
            case "lint": print(Subjects.lint(model).count)
            case "load":
                let path = NSTemporaryDirectory() + "/topograph-bench-load-\(getpid()).yaml"
                defer { unlink(path) }
                try SyntheticModels.securedAndMonitoredYAML(servers: servers).write(toFile: path, atomically: false, encoding: .utf8)
                print(try Subjects.load(path).flows.count)
            case "docs": print(try Subjects.docs(model, findings: Subjects.lint(model)).utf8.count)
            case "dot": print(try Subjects.dot(model, findings: Subjects.lint(model)))
            case "yaml": print(SyntheticModels.securedAndMonitoredYAML(servers: servers), terminator: "")
            case "svg", "png": print(try Subjects.render(dot: Subjects.dot(model, findings: Subjects.lint(model)), format: job).count)
            default:
                FileHandle.standardError.write(Data("unknown worker job \(job)\n".utf8))
                return 2
            }
            return 0
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            return 1
        }
    }

    /// Renders `dot` `repeats` times in this process and prints each wall time in seconds, one a line;
    /// the first includes Graphviz's one-time setup, as a CLI run would.
    private static func timeRenders(dot: String, format: String, repeats: Int) throws -> Int32 {
        for _ in 0..<max(1, repeats) {
            let start = ContinuousClock.now
            _ = try Subjects.render(dot: dot, format: format)
            print(start.duration(to: .now).seconds)
        }
        return 0
    }
}

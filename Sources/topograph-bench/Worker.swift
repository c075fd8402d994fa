import Foundation
import TopographModel
import TopographSynthetic

/// One job in a child process: `build` (the model only), `lint`, `load` (YAML), `docs`, `dot`.
///
/// The parent reads the child's peak memory; a profiler runs it alone, e.g.
/// `valgrind --tool=callgrind .build/release/topograph-bench --worker lint --servers 3000`.
enum Worker {
    static func run(_ job: String, servers: Int) -> Int32 {
        do {
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
            case "dot": print(try Subjects.dot(model, findings: Subjects.lint(model)).utf8.count)
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
}

import Foundation

/// Command-line options of `topograph-bench`; see `usage`.
struct BenchOptions {
    static let usage = """
        usage: topograph-bench [--max-servers N] [--repeats R] [--full-render-max N] [--only SUITES]
                               [--output FILE] [--topograph PATH] [--python PATH]
          --max-servers N      largest synthetic model (servers; default 30000; the 100k-element point runs
                               when N >= 8332)
          --repeats R          runs per measurement on small models (default 5; 3000 servers use at most
                               3, larger models 1)
          --full-render-max N  largest model rendered without grouping (default 150;
                       Graphviz 2.42 fails on the reference design from about 170)
          --only SUITES        comma-separated subset of lint,load,dsl,render,docs,e2e
          --output FILE        where the Markdown report goes (default BENCHMARKS.md; - for stdout only)
          --topograph PATH     the release CLI (default: next to this executable)
          --python PATH        Python with mingrammer/diagrams installed (default python3)
        """

    static let allSuites = ["lint", "load", "dsl", "render", "docs", "e2e"]

    var maxServers = 30000
    var repeats = 5
    var fullRenderMax = 150
    var suites = Set(allSuites)
    var output = "BENCHMARKS.md"
    var topograph = BenchOptions.siblingExecutable("topograph")
    var python = "python3"
    /// Set in a child process: measure one thing and exit (`lint` or `build`).
    var worker: String?
    var workerServers = 3
    /// For the `render` worker: the DOT file and the format.
    var workerDOT: String?
    var workerFormat = "svg"

    /// The model sizes measured, in servers: the sizes plus the one that has ~100k elements.
    var serverCounts: [Int] {
        ([3, 30, 300, 3000, hundredThousandElements, 30000].filter { $0 <= maxServers }).sorted()
    }

    let hundredThousandElements = 8332

    /// Fewer runs for large models: their figures are stable and each run takes seconds.
    func repeats(servers: Int) -> Int {
        if servers > 3000 { return 1 }
        if servers >= 3000 { return min(repeats, 3) }
        return repeats
    }

    static func parse(_ arguments: [String]) throws -> BenchOptions {
        var options = BenchOptions()
        var rest = arguments[...]
        func value(_ flag: String) throws -> String {
            guard let next = rest.popFirst() else { throw SpawnError(description: "\(flag) needs a value\n\(usage)") }
            return next
        }
        func number(_ flag: String) throws -> Int {
            guard let n = Int(try value(flag)), n > 0 else { throw SpawnError(description: "\(flag) needs a positive integer") }
            return n
        }
        while let flag = rest.popFirst() {
            switch flag {
            case "--max-servers": options.maxServers = try number(flag)
            case "--repeats": options.repeats = try number(flag)
            case "--full-render-max": options.fullRenderMax = try number(flag)
            case "--only":
                options.suites = Set(try value(flag).split(separator: ",").map(String.init))
                let unknown = options.suites.subtracting(allSuites)
                guard unknown.isEmpty else { throw SpawnError(description: "unknown suite(s): \(unknown.sorted())") }
            case "--output": options.output = try value(flag)
            case "--topograph": options.topograph = try value(flag)
            case "--python": options.python = try value(flag)
            case "--worker": options.worker = try value(flag)
            case "--servers": options.workerServers = try number(flag)
            case "--dot": options.workerDOT = try value(flag)
            case "--format": options.workerFormat = try value(flag)
            case "-h", "--help": throw SpawnError(description: usage)
            default: throw SpawnError(description: "unknown option \(flag)\n\(usage)")
            }
        }
        return options
    }

    /// A program built next to this one (`.build/release/<name>`).
    static func siblingExecutable(_ name: String) -> String {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return ((me as NSString).deletingLastPathComponent as NSString).appendingPathComponent(name)
    }
}

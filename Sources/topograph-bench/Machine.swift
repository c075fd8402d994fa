import Foundation

/// What the figures were measured on; gathered at the start of a run.
struct Machine {
    var cpu: String
    var cores: Int
    var loadAverage: String
    var memory: String
    var swift: String
    var graphviz: String
    var python: String
    var diagrams: String
    var pytm: String

    static func describe(options: BenchOptions, scratch: String) -> Machine {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let cpu = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" }
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3)
        let meminfo = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""
        let total = meminfo.split(separator: "\n").first { $0.hasPrefix("MemTotal") }?.split(separator: " ").dropFirst().first
        return Machine(
            cpu: cpu ?? "unknown",
            cores: Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))),
            loadAverage: load.map { $0.joined(separator: " ") } ?? "unknown",
            memory: total.flatMap { Int($0) }.map { String(format: "%.0f GB", Double($0) / 1_048_576) } ?? "unknown",
            swift: firstLine(Spawn.capture(["swift", "--version"], scratch: scratch)),
            graphviz: firstLine(Spawn.capture(["dot", "-V"], scratch: scratch)),
            python: firstLine(Spawn.capture([options.python, "--version"], scratch: scratch)),
            diagrams: version(of: "diagrams", python: options.python, scratch: scratch),
            pytm: version(of: "pytm", python: options.python, scratch: scratch))
    }

    private static func version(of package: String, python: String, scratch: String) -> String {
        let text = firstLine(
            Spawn.capture([python, "-c", "import importlib.metadata as m; print(m.version('\(package)'))"], scratch: scratch))
        // A missing package prints a traceback, whose first line names no error.
        return text.hasPrefix("Traceback") || text.contains("Error") || text == "not found" ? "not installed" : text
    }

    private static func firstLine(_ text: String) -> String {
        text.split(separator: "\n").first.map(String.init) ?? "not found"
    }

    var markdown: String {
        var table = Table(["What", "Value"], right: [false, false])
        table.add(["CPU (`/proc/cpuinfo`)", cpu])
        table.add(["Cores (`nproc`)", "\(cores)"])
        table.add(["Load average at start", loadAverage])
        table.add(["Memory", memory])
        table.add(["Swift", swift])
        table.add(["Graphviz", graphviz])
        table.add(["Python peers", "\(python), mingrammer/diagrams \(diagrams), OWASP pytm \(pytm)"])
        return table.markdown
    }
}

import Foundation
import TopographModel
import TopographSynthetic

/// Runs every selected suite over every model size, collecting `Results`.
final class Bench {
    let options: BenchOptions
    let scratch: String
    var results = Results()

    init(options: BenchOptions) throws {
        self.options = options
        let temporary = NSTemporaryDirectory().hasSuffix("/") ? NSTemporaryDirectory() : NSTemporaryDirectory() + "/"
        var template = Array("\(temporary)topograph-bench-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw SpawnError(description: "cannot create a scratch directory") }
        scratch = String(cString: made)
    }

    deinit { try? FileManager.default.removeItem(atPath: scratch) }

    func run() {
        for servers in options.serverCounts { measure(servers: servers) }
        if options.suites.contains("e2e") {
            for servers in [3, 30] where servers <= options.maxServers {
                attempt("end to end, \(servers) servers") { try endToEnd(servers: servers) }
            }
        }
    }

    /// Every suite for one model size; the model and its files exist only while this runs.
    private func measure(servers: Int) {
        let model = SyntheticModels.securedAndMonitored(servers: servers)
        let files = ModelFiles(scratch: scratch, servers: servers)
        attempt("writing the \(servers)-server model") { try files.write() }
        let repeats = options.repeats(servers: servers)
        let isHundredK = servers == options.hundredThousandElements
        log("\(servers) servers (\(SyntheticModels.elementCount(model)) elements), \(repeats) run(s) each")
        if options.suites.contains("lint") {
            attempt("lint, \(servers) servers") { try lint(model, files: files, repeats: repeats) }
        }
        if options.suites.contains("load"), !isHundredK {
            attempt("YAML load, \(servers) servers") { try load(model, files: files, repeats: repeats) }
        }
        if options.suites.contains("dsl"), !isHundredK {
            attempt("Swift model load, \(servers) servers") { try swiftLoad(files: files, repeats: repeats) }
        }
        if options.suites.contains("render"), !isHundredK {
            if servers <= options.fullRenderMax {
                attempt("render, \(servers) servers") {
                    try render(model, collapsed: false, files: files, repeats: servers >= 300 ? min(repeats, 3) : repeats)
                }
            }
            if servers >= 300 {
                // A grouped diagram is small whatever the model's size: full repeats keep its median honest.
                attempt("collapsed render, \(servers) servers") {
                    try render(model, collapsed: true, files: files, repeats: options.repeats)
                }
            }
        }
        if options.suites.contains("docs") {
            attempt("docs, \(servers) servers") { try docs(model, repeats: repeats) }
        }
    }

    /// Runs one measurement; a failure is recorded in the report instead of ending the run.
    func attempt(_ what: String, _ body: () throws -> Void) {
        do { try body() } catch {
            results.skipped.append("\(what): \(error)")
            log("  skipped \(what): \(error)")
        }
    }

    func log(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}

/// The files of one model size: YAML and Swift forms of the same synthetic model.
struct ModelFiles {
    let directory: String
    let servers: Int

    init(scratch: String, servers: Int) {
        directory = "\(scratch)/n\(servers)"
        self.servers = servers
    }

    var yaml: String { "\(directory)/model.yaml" }
    var swift: String { "\(directory)/model.swift" }

    func write() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try SyntheticModels.securedAndMonitoredYAML(servers: servers).write(toFile: yaml, atomically: false, encoding: .utf8)
        try SyntheticModels.securedAndMonitoredSwift(servers: servers).write(toFile: swift, atomically: false, encoding: .utf8)
    }
}

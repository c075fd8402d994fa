import Foundation
import TopographModel
import TopographSynthetic

extension Bench {
    /// In-process lint time, peak memory of a child that lints, and `topograph lint` as CI runs it.
    func lint(_ model: Architecture, files: ModelFiles, repeats: Int) throws {
        let findings = Subjects.lint(model)  // also the warm-up
        let seconds = Timing.measure(repeats: repeats, warmUp: false) { _ = Subjects.lint(model) }
        let me = BenchOptions.siblingExecutable("topograph-bench")
        let worker = { (job: String) in
            Spawn.peakKilobytes([me, "--worker", job, "--servers", "\(files.servers)"], scratch: self.scratch)
        }
        var row = Results.Lint(
            servers: files.servers, elements: SyntheticModels.elementCount(model), findings: findings.count,
            seconds: seconds, workerKB: worker("lint"), buildOnlyKB: worker("build"))
        // Exit status 1 means "findings at or above the threshold": a normal outcome here.
        // The largest models exceed the default 20 MB model size limit: raised as a user would.
        let cli = [options.topograph, "lint", files.yaml, "--max-model-size", "1G"]
        do {
            row.cli = try Timing.spawn(repeats: repeats, cli, allowed: [0, 1])
            row.cliKB = Spawn.peakKilobytes(cli, scratch: scratch, allowed: [0, 1])
        } catch {
            results.skipped.append("`topograph lint` on \(files.servers) servers: \(error)")
        }
        // pytm takes a minute at 3000 servers; the smaller sizes show the trend.
        if files.servers <= 300, let script = peerScript("pytm_peer.py"), pythonHas("pytm") {
            row.pytm = try? Timing.spawn(repeats: min(repeats, 3), [options.python, script, "\(files.servers)"])
        }
        results.lint.append(row)
    }

    /// `ModelLoader.load` on the YAML form, against the bare YAML parse of the same text.
    func load(_ model: Architecture, files: ModelFiles, repeats: Int) throws {
        let text = try String(contentsOfFile: files.yaml, encoding: .utf8)
        let loaded = try Subjects.load(files.yaml)
        if loaded != model { results.skipped.append("the \(files.servers)-server YAML loads to a different model") }
        // The check above was the warm-up.
        let seconds = try Timing.measure(repeats: repeats, warmUp: false) { _ = try Subjects.load(files.yaml) }
        let parse = try? Timing.measure(repeats: repeats, warmUp: false) { try Subjects.parseYAML(text) }
        let untyped = try? Timing.measure(repeats: repeats, warmUp: false) {
            try Subjects.parseYAML(text, resolvingTags: false)
        }
        results.load.append(
            Results.Load(
                servers: files.servers, elements: SyntheticModels.elementCount(model), bytes: text.utf8.count,
                seconds: seconds, parseOnly: parse, parseUntyped: untyped))
    }

    /// `topograph dump model.swift` cold (model not cached) and warm, against `dump model.yaml`.
    func swiftLoad(files: ModelFiles, repeats: Int) throws {
        let cache = "\(scratch)/cache"
        var environment = ProcessInfo.processInfo.environment
        environment["TOPOGRAPH_CACHE_DIR"] = cache
        let dump = { (path: String) in [self.options.topograph, "dump", path] }
        if results.firstSwiftLoad == nil {
            try? FileManager.default.removeItem(atPath: cache)
            let first = try Timing.spawn(repeats: 1, dump(files.swift), environment: environment)
            results.firstSwiftLoad = first.median
        }
        let cold = try Timing.spawn(repeats: repeats, dump(files.swift), environment: environment) {
            try? FileManager.default.removeItem(atPath: "\(cache)/models")
        }
        let hit = try Timing.spawn(repeats: repeats, dump(files.swift), environment: environment)
        // Large YAML files are over the loader's size limit: the Swift figures stand alone then.
        let yaml = try? Timing.spawn(repeats: repeats, dump(files.yaml), environment: environment)
        results.swiftLoad.append(Results.SwiftLoad(servers: files.servers, cold: cold, hit: hit, yaml: yaml))
    }

    /// The same DOT rendered in-process and by the `dot` command, to SVG and PNG.
    func render(_ model: Architecture, collapsed: Bool, files: ModelFiles, repeats: Int) throws {
        func prepare() throws -> (Architecture, String) {
            let drawn = collapsed ? ServerGrouping.collapse(model).architecture : model
            return (drawn, try Subjects.dot(drawn, findings: Subjects.lint(drawn)))
        }
        let (drawn, dot) = try prepare()  // also the warm-up
        let preparation = try Timing.measure(repeats: repeats, warmUp: false) { _ = try prepare() }
        let path = "\(files.directory)/diagram\(collapsed ? "-collapsed" : "").dot"
        try dot.write(toFile: path, atomically: false, encoding: .utf8)
        var row = Results.Render(
            servers: files.servers, collapsed: collapsed, hosts: drawn.hosts.count, dotBytes: dot.utf8.count,
            prepare: preparation)
        for format in ["svg", "png"] {
            row.inProcess[format] = try renderInChild(dot: path, format: format, repeats: repeats)
            row.process[format] = try Timing.spawn(repeats: repeats, ["dot", "-T\(format)", "-o", "/dev/null", path])
        }
        results.render.append(row)
    }

    /// In-process renders, timed inside a child process: a Graphviz crash then costs one row, not the run.
    private func renderInChild(dot path: String, format: String, repeats: Int) throws -> Sample {
        let output = "\(scratch)/render-times.txt"
        let me = BenchOptions.siblingExecutable("topograph-bench")
        let argv = [me, "--worker", "render", "--dot", path, "--format", format, "--repeats", "\(repeats)"]
        let result = try Spawn.run(argv, stdout: output)
        guard result.succeeded else {
            throw SpawnError(description: "in-process \(format) render of \(path) failed (status \(result.status); 134 is a crash)")
        }
        let times = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").compactMap { Double($0) }
        return Sample(times)
    }

    /// The Markdown design document, findings included.
    func docs(_ model: Architecture, repeats: Int) throws {
        let findings = Subjects.lint(model)
        let text = try Subjects.docs(model, findings: findings)  // also the warm-up
        let seconds = try Timing.measure(repeats: repeats, warmUp: false) { _ = try Subjects.docs(model, findings: findings) }
        let me = BenchOptions.siblingExecutable("topograph-bench")
        let peak = Spawn.peakKilobytes([me, "--worker", "docs", "--servers", "\(model.hosts.count)"], scratch: scratch)
        results.docs.append(
            Results.Docs(
                servers: model.hosts.count, elements: SyntheticModels.elementCount(model), bytes: text.utf8.count,
                seconds: seconds, peakKB: peak))
    }
}

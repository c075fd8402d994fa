/// Everything one run measured; the report reads only this.
struct Results {
    struct Lint {
        var servers: Int
        var elements: Int
        var findings: Int
        var seconds: Sample
        /// Peak memory of a child that builds the model and lints it, and of one that only builds it.
        var workerKB: Int?
        var buildOnlyKB: Int?
        /// `topograph lint model.yaml` as CI runs it: load, lint, print.
        var cli: Sample?
        var cliKB: Int?
        /// OWASP pytm finding threats in the same topology, whole process.
        var pytm: Sample?
    }

    struct Load {
        var servers: Int
        var elements: Int
        var bytes: Int
        var seconds: Sample
        var parseOnly: Sample?
        var parseUntyped: Sample?
    }

    struct SwiftLoad {
        var servers: Int
        /// Model compiled and run, the DSL library already built.
        var cold: Sample
        var hit: Sample
        /// The same model from YAML through the same command; nil when the YAML is over the size limit.
        var yaml: Sample?
    }

    struct Render {
        var servers: Int
        var collapsed: Bool
        var hosts: Int
        var dotBytes: Int
        var prepare: Sample
        var inProcess: [String: Sample] = [:]
        var process: [String: Sample] = [:]
    }

    struct Docs {
        var servers: Int
        var elements: Int
        var bytes: Int
        var seconds: Sample
        /// Peak memory of a child that builds the model, lints it and writes the document.
        var peakKB: Int?
    }

    struct EndToEnd {
        var servers: Int
        var topograph: Sample
        var peer: Sample?
    }

    var lint: [Lint] = []
    var load: [Load] = []
    var swiftLoad: [SwiftLoad] = []
    /// The first load of a Swift model on a machine: the DSL library is compiled too.
    var firstSwiftLoad: Double?
    var render: [Render] = []
    var docs: [Docs] = []
    var endToEnd: [EndToEnd] = []
    var endToEndCommand = ""
    var peerCommand = ""
    /// Measurements that could not run, with why.
    var skipped: [String] = []
}

import Foundation
import TopographDOT
import TopographModel

/// Reads `topograph.yml` strictly: unknown keys, wrong types and clashing outputs are errors at their
/// line and column, because a typo in a config must not silently generate nothing.
public enum ConfigParser {
    static let topKeys = ["version", "defaults", "models"]
    static let sectionKeys = ["diagrams", "docs", "inject", "lint"]
    static let modelKeys = ["path", "name"] + sectionKeys
    static let diagramKeys = ["formats", "views", "dir", "dpi", "group"]
    static let docKeys = ["markdown", "html", "diagram"]
    static let lintKeys = ["threshold", "baseline", "enforce"]

    /// Reads and parses the configuration file at `path`; `allowOutside` lets outputs leave the project.
    public static func load(_ path: String, allowOutside: Bool = false) throws -> ProjectConfig {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw CLIError("cannot read \(path)", hint: "run `topograph init` to create one")
        }
        let root = (URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path)
        return try parse(text, file: path, root: root, allowOutside: allowOutside)
    }

    /// Parses configuration text; `file` names it in errors, `root` anchors relative paths.
    public static func parse(_ text: String, file: String, root: String, allowOutside: Bool = false) throws -> ProjectConfig {
        let document = try StrictYAML.parse(text, file: file)
        let top = try document.mapping(named: "the configuration", allowed: topKeys)
        if let version = top["version"], version.node.int != 1 {
            throw version.error("unsupported configuration version", hint: "this topograph reads version: 1")
        }
        let defaults = try top["defaults"]?.mapping(named: "defaults", allowed: sectionKeys) ?? [:]
        guard let list = top["models"] else {
            throw document.error("the configuration lists no models", hint: "add `models:` with at least one `- path: models/<name>.yaml`")
        }
        let items = try list.sequence(named: "models")
        if items.isEmpty { throw list.error("the configuration lists no models") }
        let models = try items.map { try entry($0, defaults: defaults, allowOutside: allowOutside) }
        try checkUnique(models, items: items)
        try checkOutputs(models, items: items, configName: (file as NSString).lastPathComponent, allowOutside: allowOutside)
        var config = ProjectConfig(root: root, file: file, models: models)
        config.allowOutside = allowOutside
        return config
    }

    private static func entry(_ item: StrictYAML, defaults: [String: StrictYAML], allowOutside: Bool) throws -> ModelEntry {
        // `- models/x.yaml` is short for `- path: models/x.yaml` with the defaults.
        let fields: [String: StrictYAML]
        if case .scalar = item.node {
            fields = ["path": item]
        } else {
            fields = try item.mapping(named: "a model entry", allowed: modelKeys)
        }
        guard let pathNode = fields["path"] else { throw item.error("model entry has no `path`", hint: "e.g. `path: models/web.yaml`") }
        let path = try pathNode.string(named: "path")
        let name = try fields["name"]?.string(named: "name") ?? Self.stem(of: path)
        let expand = PathTemplate(name: name, allowOutside: allowOutside)
        var entry = ModelEntry(name: name, path: path)
        if let node = try section("diagrams", fields, defaults, allowed: diagramKeys) {
            entry.diagrams = try diagrams(node, expand: expand)
        }
        if let node = try section("docs", fields, defaults, allowed: docKeys) { entry.docs = try docs(node, expand: expand) }
        if let node = fields["inject"] ?? defaults["inject"], !node.isFalse {
            entry.inject = try node.sequence(named: "inject").map { try expand.output($0, named: "injection target") }
        }
        if let node = try section("lint", fields, defaults, allowed: lintKeys) { entry.lint = try lint(node, expand: expand) }
        return entry
    }

    /// A section's keys, the model's own overriding the defaults' one by one. `true` means all defaults,
    /// `false` switches the section off; nil when neither side has it.
    private static func section(
        _ key: String, _ fields: [String: StrictYAML], _ defaults: [String: StrictYAML], allowed: [String]
    ) throws -> [String: StrictYAML]? {
        if fields[key]?.isFalse == true { return nil }
        let present = [defaults[key], fields[key]].compactMap { $0 }.filter { !$0.isFalse }
        if present.isEmpty { return nil }
        var merged: [String: StrictYAML] = [:]
        for node in present where node.node.bool == nil {
            merged.merge(try node.mapping(named: key, allowed: allowed)) { _, own in own }
        }
        return merged
    }

    private static func diagrams(_ fields: [String: StrictYAML], expand: PathTemplate) throws -> DiagramOutputs {
        var outputs = DiagramOutputs(dir: "output/\(expand.name)")
        if let node = fields["formats"] {
            outputs.formats = (try node.sequence(named: "formats").map { try $0.choice(DiagramFormat.self, named: "diagram format") })
                .uniqued()
        }
        if let node = fields["views"] {
            outputs.views = (try node.sequence(named: "views").map { try $0.choice(DiagramView.self, named: "diagram view") }).uniqued()
        }
        if let node = fields["dir"] { outputs.dir = try expand.output(node, named: "dir") }
        if let node = fields["dpi"] { outputs.dpi = try node.double(named: "dpi") }
        if let node = fields["group"] { outputs.group = try node.choice(GroupingPolicy.self, named: "grouping") }
        return outputs
    }

    private static func docs(_ fields: [String: StrictYAML], expand: PathTemplate) throws -> DocOutputs {
        if fields.isEmpty {
            return DocOutputs(markdown: "output/\(expand.name)/design.md", html: "output/\(expand.name)/design.html")
        }
        var outputs = DocOutputs()
        outputs.markdown = try fields["markdown"].map { try expand.output($0, named: "markdown") }
        outputs.html = try fields["html"].map { try expand.output($0, named: "html") }
        if let node = fields["diagram"] {
            outputs.diagram = node.isFalse ? nil : try node.choice(DiagramView.self, named: "diagram view")
        }
        return outputs
    }

    private static func lint(_ fields: [String: StrictYAML], expand: PathTemplate) throws -> ModelLintPolicy {
        var policy = ModelLintPolicy()
        if let node = fields["threshold"] { policy.threshold = try node.choice(Severity.self, named: "severity threshold") }
        if let node = fields["baseline"] { policy.baseline = try expand.input(node, named: "baseline") }
        if let node = fields["enforce"] { policy.enforce = try node.bool(named: "enforce") }
        return policy
    }

    /// Two models with one name, or two artifacts with one path, would overwrite each other.
    private static func checkUnique(_ models: [ModelEntry], items: [StrictYAML]) throws {
        var names: Set<String> = []
        var outputs: [String: String] = [:]
        for (model, item) in zip(models, items) {
            guard names.insert(model.name).inserted else {
                throw item.error("two models are named '\(model.name)'", hint: "give one of them a different `name:`")
            }
            for path in ArtifactPlan.files(of: model).map(\.path) {
                let key = path.split(separator: "/").filter { $0 != "." }.joined(separator: "/")
                if let other = outputs[key], other != model.name {
                    throw item.error("models '\(other)' and '\(model.name)' both write \(path)")
                }
                outputs[key] = model.name
            }
        }
    }

    /// An output that is also an input (a model file, a baseline, the configuration itself) would be
    /// destroyed by the first run; the paths are compared after resolving `.` and `..`. A model name
    /// such as `../x` must not carry the default paths out of the project either.
    private static func checkOutputs(_ models: [ModelEntry], items: [StrictYAML], configName: String, allowOutside: Bool) throws {
        var inputs: [String: String] = [configName: "the configuration file"]
        for model in models {
            if let path = PathTemplate.normalized(model.path) { inputs[path] = "the model file of '\(model.name)'" }
            if let path = model.lint.baseline.flatMap(PathTemplate.normalized) { inputs[path] = "the lint baseline of '\(model.name)'" }
        }
        for (model, item) in zip(models, items) {
            for path in ArtifactPlan.files(of: model).map(\.path) {
                guard let key = PathTemplate.normalized(path) else {
                    if allowOutside { continue }
                    throw item.error(
                        "model '\(model.name)' would write \(path), outside the project",
                        hint: "use paths inside the project, or pass --allow-outside-project to write there on purpose")
                }
                guard let input = inputs[key] else { continue }
                throw item.error(
                    "model '\(model.name)' would write \(path), which is \(input)",
                    hint: "choose an output path that is not one of the project's inputs")
            }
        }
    }

    /// `models/web-stack.yaml` -> `web-stack`.
    static func stem(of path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }

}

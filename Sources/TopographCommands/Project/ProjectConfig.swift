import Foundation
import TopographDOT
import TopographModel

/// A project's `topograph.yml`: the models it holds and, per model, what to generate and how to lint.
///
/// Paths are relative to `root`, the directory holding the file, so a config means the same from any
/// working directory.
public struct ProjectConfig: Hashable, Sendable {
    /// The configuration file's name, looked up from the working directory upwards.
    public static let fileName = "topograph.yml"

    /// The directory holding the configuration file; every path in it is relative to this.
    public var root: String
    /// The configuration file, as given or found.
    public var file: String
    public var models: [ModelEntry]
    /// Whether artifacts may be written outside `root` (`--allow-outside-project`).
    public var allowOutside = false

    /// The configuration file's name, which keys its records in the project cache.
    public var name: String { (file as NSString).lastPathComponent }

    public init(root: String, file: String, models: [ModelEntry]) {
        self.root = root
        self.file = file
        self.models = models
    }

    /// `path` (relative to the root) as an absolute path.
    public func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : (root as NSString).appendingPathComponent(path)
    }
}

/// One model and the artifacts generated from it.
public struct ModelEntry: Hashable, Sendable {
    /// A short name for messages and `{name}` in paths; defaults to the model file's name without extension.
    public var name: String
    /// The model file, relative to the project root.
    public var path: String
    public var diagrams: DiagramOutputs?
    public var docs: DocOutputs?
    /// Existing files whose marked region receives the model's design document.
    public var inject: [String]
    public var lint: ModelLintPolicy

    public init(
        name: String, path: String, diagrams: DiagramOutputs? = nil, docs: DocOutputs? = nil,
        inject: [String] = [], lint: ModelLintPolicy = ModelLintPolicy()
    ) {
        self.name = name
        self.path = path
        self.diagrams = diagrams
        self.docs = docs
        self.inject = inject
        self.lint = lint
    }
}

/// Which diagram views to render in which formats, and where.
public struct DiagramOutputs: Hashable, Sendable {
    public var formats: [DiagramFormat]
    public var views: [DiagramView]
    /// The directory that receives `<view>.<format>` files.
    public var dir: String
    /// Raster resolution for PNG; nil uses Graphviz's default.
    public var dpi: Double?
    /// Whether identical servers are drawn as one node with a count.
    public var group: GroupingPolicy

    public init(
        formats: [DiagramFormat] = [.svg, .png], views: [DiagramView] = DiagramView.standard, dir: String, dpi: Double? = nil,
        group: GroupingPolicy = .auto
    ) {
        self.formats = formats
        self.views = views
        self.dir = dir
        self.dpi = dpi
        self.group = group
    }

    /// The file of one view in one format, e.g. `overview.svg`.
    public func path(_ view: DiagramView, _ format: DiagramFormat) -> String {
        (dir as NSString).appendingPathComponent("\(view.name).\(format.fileExtension)")
    }
}

/// Where the design document goes.
public struct DocOutputs: Hashable, Sendable {
    public var markdown: String?
    public var html: String?
    /// The view the document shows (linked from Markdown, inlined in HTML).
    public var diagram: DiagramView?

    public init(markdown: String? = nil, html: String? = nil, diagram: DiagramView? = .overview) {
        self.markdown = markdown
        self.html = html
        self.diagram = diagram
    }
}

/// When the model's findings fail `topograph check`.
public struct ModelLintPolicy: Hashable, Sendable {
    /// Findings at or above this severity fail the check.
    public var threshold: Severity
    /// A file of findings already known; they are reported but do not fail.
    public var baseline: String?
    /// False for models whose findings are the point (examples, teaching material): findings are
    /// reported but never fail. Model errors and stale artifacts still do.
    public var enforce: Bool

    public init(threshold: Severity = .warning, baseline: String? = nil, enforce: Bool = true) {
        self.threshold = threshold
        self.baseline = baseline
        self.enforce = enforce
    }
}

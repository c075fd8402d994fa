import TopographGraphviz

/// The language a diagram is written in before any layout: Graphviz DOT, Mermaid or C4-PlantUML.
public enum DiagramLanguage: String, Hashable, Sendable, CaseIterable {
    case dot, mermaid, c4PlantUML
}

/// A diagram file format: what `render --format` accepts and what topograph.yml's `formats:` lists.
public enum DiagramFormat: String, Hashable, Sendable, CaseIterable {
    /// The diagram's DOT source, as Topograph writes it (reviewable, stable across Graphviz versions).
    case dot
    /// DOT with Graphviz's layout positions (`dot -Tdot`).
    case dotLayout = "dot-layout"
    case svg, png, pdf
    /// A Mermaid flowchart, which GitHub and GitLab draw inside Markdown.
    case mermaid
    /// A C4-PlantUML deployment diagram.
    case c4plantuml

    /// The language the diagram is written in; Graphviz lays DOT out for the picture formats.
    public var language: DiagramLanguage {
        switch self {
        case .dot, .dotLayout, .svg, .png, .pdf: .dot
        case .mermaid: .mermaid
        case .c4plantuml: .c4PlantUML
        }
    }

    /// The Graphviz output format; nil for text written without Graphviz (DOT, Mermaid, PlantUML).
    public var graphviz: GraphvizFormat? {
        switch self {
        case .dot, .mermaid, .c4plantuml: nil
        case .dotLayout: .dot
        case .svg: .svg
        case .png: .png
        case .pdf: .pdf
        }
    }

    /// The file name extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .dot: "dot"
        case .dotLayout: "layout.dot"
        case .svg: "svg"
        case .png: "png"
        case .pdf: "pdf"
        case .mermaid: "mmd"
        case .c4plantuml: "puml"
        }
    }

    /// Binary formats are never written to a terminal.
    public var isBinary: Bool {
        switch self {
        case .dot, .dotLayout, .svg, .mermaid, .c4plantuml: false
        case .png, .pdf: true
        }
    }
}

import Foundation
import TopographDOT

/// What one generated file is: a view in a format, the design document, or an injection.
public enum ArtifactKind: Hashable, Sendable {
    case diagram(DiagramView, DiagramFormat)
    case markdown
    case html
    /// An existing file whose marked region receives the design document.
    case injection
}

/// A file a model entry produces, relative to the project root.
public struct PlannedFile: Hashable, Sendable {
    public var path: String
    public var kind: ArtifactKind
}

/// The files a model entry names, in a stable order (diagrams by view then format, docs, injections).
public enum ArtifactPlan {
    /// Every file `generate` writes for `entry`, and `check` verifies.
    public static func files(of entry: ModelEntry) -> [PlannedFile] {
        var files: [PlannedFile] = []
        if let diagrams = entry.diagrams {
            for view in diagrams.views {
                for format in diagrams.formats {
                    files.append(PlannedFile(path: diagrams.path(view, format), kind: .diagram(view, format)))
                }
            }
        }
        if let markdown = entry.docs?.markdown { files.append(PlannedFile(path: markdown, kind: .markdown)) }
        if let html = entry.docs?.html { files.append(PlannedFile(path: html, kind: .html)) }
        files += entry.inject.map { PlannedFile(path: $0, kind: .injection) }
        return files
    }
}

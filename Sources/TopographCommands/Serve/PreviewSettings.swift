import TopographDOT

/// Which views the preview shows and how it groups servers: what topograph.yml asks `generate` for
/// this model, so the preview looks like the generated design.html; every view otherwise.
struct PreviewSettings: Equatable {
    var views: [DiagramView] = DiagramView.allCases
    var grouping: GroupingPolicy = .auto
    /// The view the document shows first.
    var documentView: DiagramView = .overview

    /// The settings of `model` (absolute) in the configuration at `config`; the defaults when there
    /// is none or it does not list the model. A broken configuration throws its positioned error.
    static func read(config: String?, model: String) throws -> PreviewSettings {
        var settings = PreviewSettings()
        guard let config else { return settings }
        let project = try ConfigParser.load(config, allowOutside: true)
        guard let entry = project.models.first(where: { WatchSession.absolute(project.absolute($0.path)) == model }) else {
            return settings
        }
        if let diagrams = entry.diagrams {
            settings.views = diagrams.views
            settings.grouping = diagrams.group
        }
        settings.documentView = entry.docs?.diagram ?? settings.views.first ?? .overview
        return settings
    }
}

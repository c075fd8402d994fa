/// The model's `availability` settings, checked the same way for every loader: each figure is a
/// percentage above 0 and at most 100, each kind key names a kind, each element key a declared
/// zone, host or component. Diagnostics point at the settings (`AvailabilitySettings.sourceKey`).
enum AvailabilityCheck {
    static func diagnostics(_ architecture: Architecture, index: ArchitectureIndex) -> [ModelDiagnostic] {
        guard let settings = architecture.availability else { return [] }
        let at = architecture.sources[AvailabilitySettings.sourceKey]
        var diagnostics: [ModelDiagnostic] = []
        func percent(_ value: Double, _ what: String) {
            guard !(value > 0 && value <= 100) else { return }
            diagnostics.append(
                ModelDiagnostic(
                    "\(what) must be a percentage above 0 and at most 100, found \(value)", at: at,
                    hint: "write 99.95 for 99.95%"))
        }
        for capability in Capability.allCases {
            if let target = settings.targets.target(for: capability) { percent(target, "availability target for \(capability.title)") }
        }
        let kindKeys = Set(AvailabilitySettings.kindKeys)
        for (key, value) in settings.kinds.sorted(by: { $0.key < $1.key }) {
            percent(value, "availability of kind '\(key)'")
            if !kindKeys.contains(key) {
                diagnostics.append(
                    ModelDiagnostic(
                        "availability names kind '\(key)', which is no kind of element", at: at,
                        hint: "use one of \(AvailabilitySettings.kindKeys.joined(separator: ", "))"))
            }
        }
        for (key, value) in settings.elements.sorted(by: { $0.key < $1.key }) {
            percent(value, "availability of '\(key)'")
            let id = ElementID(key)
            if index.zones[id] == nil && index.hosts[id] == nil && index.components[id] == nil {
                diagnostics.append(
                    ModelDiagnostic(
                        "availability names '\(key)', which is not a declared zone, host or component", at: at,
                        element: id, hint: "declare '\(key)' or fix the id"))
            }
        }
        return diagnostics
    }
}

import TopographModel

/// The model under construction while a design lowers, plus the scope an element is nested in.
///
/// Mistakes are collected as diagnostics with the line they come from; lowering never traps.
public struct Lowering {
    var architecture: TopographModel.Architecture
    var diagnostics: [ModelDiagnostic] = []
    /// The zone and host the element being lowered is nested in.
    var zone: String?
    var host: String?
    /// Rules of the firewall being lowered, in order.
    var rules: [FirewallRule] = []
    /// Set while lowering an element a helper function made: where the design calls the helper.
    var callSite: SourceLocation?
    /// Where elements located at a call site were written, for diagnostics' hints.
    var writtenAt: [ElementID: SourceLocation] = [:]

    init(_ architecture: TopographModel.Architecture) { self.architecture = architecture }

    /// Remembers where `id` was declared. The last declaration wins, so the checker's duplicate-id
    /// diagnostic points at the duplicate rather than the original.
    /// Inside a helper's element, the call site stands for `location`.
    @discardableResult
    mutating func declare(_ id: String, at location: SourceLocation) -> SourceLocation {
        let placed = placed(location)
        if id.isEmpty { report("an element id must not be empty", at: placed) }
        architecture.sources[ElementID(id)] = placed
        if placed != location { writtenAt[ElementID(id)] = location }
        return placed
    }

    /// Where to report something written at `location`: the helper's call site when inside one.
    func placed(_ location: SourceLocation) -> SourceLocation { callSite ?? location }

    /// Says where a helper wrote an element that is reported at the helper's call site.
    func locate(_ diagnostics: [ModelDiagnostic]) -> [ModelDiagnostic] {
        diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            if let element = diagnostic.element, let written = writtenAt[element] {
                let note = "'\(element)' is written at \(written), in a helper called here"
                diagnostic.hint = diagnostic.hint.map { "\($0)\n  note: \(note)" } ?? note
            }
            return diagnostic
        }
    }

    mutating func report(_ message: String, at location: SourceLocation?, element: String? = nil, hint: String? = nil) {
        diagnostics.append(
            ModelDiagnostic(message, at: location.map(placed), element: element.map { ElementID($0) }, hint: hint))
    }

    /// Reports ports outside 0...65535.
    mutating func checkPorts(_ ports: [Int], of id: String, at location: SourceLocation) {
        for port in ports where !(0...65535).contains(port) {
            report("'\(id)' declares port \(port), which is outside 0...65535", at: location, element: id)
        }
    }

    /// Lowers children with `zone`/`host` set for them, restoring the outer scope afterwards.
    mutating func nested(zone: String? = nil, host: String? = nil, _ children: [any DesignElement]) {
        let outer = (self.zone, self.host)
        if let zone { self.zone = zone }
        if let host { self.host = host }
        for child in children { child.lower(into: &self) }
        (self.zone, self.host) = outer
    }
}

extension SourceLocation {
    /// A location from the `#filePath`, `#line`, `#column` defaults every DSL initialiser captures.
    init(_ file: String, _ line: Int, _ column: Int) { self.init(file: file, line: line, column: column) }
}

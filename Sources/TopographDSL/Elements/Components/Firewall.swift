public import TopographModel

/// A firewall and its ordered rules: `Firewall("fw-1") { Allow(from: "lb", port: 80) }`.
///
/// On a server it guards that host (scope `.host`); standing in a zone it guards the elements in
/// `protects` (scope `.network`), unless `scope` says otherwise.
public struct Firewall: ComponentContent {
    let declaration: ComponentDeclaration
    let scope: FirewallScope?
    let rules: [any FirewallContent]

    /// Declares firewall `id`; unmatched inbound traffic gets `defaultIngress`.
    public init(
        _ id: String, name: String? = nil, scope: FirewallScope? = nil, protects: [String] = [],
        defaultIngress: FirewallPolicy = .deny, defaultEgress: FirewallPolicy = .allow, software: String? = nil,
        description: String? = nil, file: String = #filePath, line: Int = #line, column: Int = #column,
        @FirewallBuilder rules: () -> [any FirewallContent] = { [] }
    ) {
        let spec = FirewallSpec(
            defaultIngress: defaultIngress, defaultEgress: defaultEgress, protects: protects.map { ElementID($0) })
        declaration = ComponentDeclaration(
            id, .firewall(spec), name: name, software: software, description: description, file, line, column)
        self.scope = scope
        self.rules = rules()
    }

    public func lower(into design: inout Lowering) {
        guard case .firewall(var spec) = declaration.component.spec else { return }
        design.rules = []
        for rule in rules { rule.lower(into: &design) }
        spec.rules = design.rules
        spec.scope = scope ?? (design.host == nil ? .network : .host)
        var declaration = declaration
        declaration.component.spec = .firewall(spec)
        declaration.lower(into: &design)
    }
}

import TopographModel

/// What every component type shares: the model component it lowers to and where it was written.
///
/// The component lands on the enclosing server, or stands alone in the enclosing zone.
struct ComponentDeclaration {
    var component: TopographModel.Component
    let location: SourceLocation

    init(
        _ id: String, _ spec: ComponentSpec, name: String?, software: String?, tls: TLSEndpoint? = nil,
        ports: [Int] = [], description: String?, _ file: String, _ line: Int, _ column: Int
    ) {
        component = TopographModel.Component(
            id: ElementID(id), name: name, spec: spec, software: software.map(Software.init(parsing:)), tls: tls,
            ports: ports, description: description)
        location = SourceLocation(file, line, column)
    }

    func lower(into design: inout Lowering) {
        var component = component
        if let host = design.host {
            component.host = ElementID(host)
        } else {
            component.zone = design.zone.map { ElementID($0) }
        }
        design.declare(component.id.rawValue, at: location)
        design.checkPorts(component.ports, of: component.id.rawValue, at: location)
        design.architecture.components.append(component)
    }
}

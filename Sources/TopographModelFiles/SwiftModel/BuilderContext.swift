/// What may be written where in the DSL, for explaining swiftc's "no exact matches in call to
/// static method 'buildExpression'": its notes name the context type that was expected.
enum BuilderContext {
    /// The DSL's context protocols and what each block holds.
    static let contexts: [(type: String, block: String, holds: String)] = [
        ("ArchitectureContent", "an Architecture", "zones, servers, certificates, flows and accepted risks"),
        ("ZoneContent", "a Zone", "servers and stand-alone components"),
        ("ServerContent", "a Server", "the components it runs"),
        ("FirewallContent", "a Firewall", "Allow and Deny rules"),
    ]

    /// "'Allow' cannot be written inside a Zone: a Zone holds servers and stand-alone components."
    static func explanation(_ notes: [String]) -> String? {
        for note in notes {
            guard let context = contexts.first(where: { note.contains("expects value of type '\($0.type)'") }) else { continue }
            let got = note.range(of: "(got '").map { note[$0.upperBound...].prefix { $0 != "'" } }
            let what = got.map { "'\($0)'" } ?? "this"
            var text = "\(what) cannot be written inside \(context.block): \(context.block) holds \(context.holds)"
            if let got, let home = home(of: String(got)) { text += "; \(what) belongs inside \(home)" }
            return text + "."
        }
        return nil
    }

    /// Where an element type belongs, for the common mistakes.
    private static func home(of type: String) -> String? {
        switch type {
        case "Allow", "Deny": "a Firewall"
        case "Zone", "Flow", "Flows", "Certificate", "AcceptRisk": "the Architecture body"
        case "Server": "a Zone (or the Architecture body, with zone:)"
        case "VirtualIP": "a Zone (it floats between its members, so never on a Server)"
        default: nil
        }
    }
}

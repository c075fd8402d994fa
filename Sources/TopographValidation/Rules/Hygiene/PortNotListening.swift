import TopographModel

/// A flow targets a port its destination does not listen on.
struct PortNotListening: Rule {
    let descriptor = RuleDescriptor(
        id: "hygiene.port-not-listening", category: "hygiene", defaultSeverity: .error,
        title: "Flow goes to a port the destination does not listen on",
        rationale: "Connections to a port nothing listens on are refused: the flow the design relies on cannot work as written.",
        recommendation: "Fix the flow's port or add the port to the destination's listening ports.")

    func check(_ context: ValidationContext) -> [Finding] {
        context.architecture.flows.compactMap { flow -> Finding? in
            guard let port = flow.port, let to = context.component(flow.to), !to.ports.isEmpty, !to.ports.contains(port) else { return nil }
            return finding(
                context,
                "\(flow.from) connects to \(flow.to) on port \(port), but \(flow.to) listens on \(to.ports.map(String.init).joined(separator: ", "))",
                elements: [flow.to, flow.from],
                evidence: [context.describe(flow), "\(flow.to) ports: \(to.ports.map(String.init).joined(separator: ", "))"],
                recommendation: "Make \(flow.from) -> \(flow.to) use one of \(flow.to)'s ports, or add \(port) to \(flow.to)'s ports.")
        }
    }
}

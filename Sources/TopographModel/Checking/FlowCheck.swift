/// Every flow travels on a port, given or derived from the protocol table; only local access on
/// one machine (a file, a Unix socket) has none. A firewall cannot judge a flow without one.
enum FlowCheck {
    static func portlessFlows(in a: Architecture) -> [ModelDiagnostic] {
        a.flows.filter { $0.port == nil && !$0.isLocal }.map { flow in
            let why =
                ProtocolTable.info(flow.protocol) != nil
                ? "protocol '\(flow.protocol)' has no well-known port"
                : "protocol '\(flow.protocol)' is not in the protocol table, so no port can be derived"
            return ModelDiagnostic(
                "flow '\(flow.id)' has no port: \(why)", at: a.sources[flow.id], element: flow.id,
                hint: "give the port it uses (port: N), or use a protocol from the table in docs/model.md")
        }
    }
}

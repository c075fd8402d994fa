import TopographModel

/// Accepts a validation rule's finding on one element (or the whole design) with a reason:
/// `AcceptRisk("tls.plaintext-after-termination", on: "lb", because: "...", until: "2027-01-31")`.
public struct AcceptRisk: ArchitectureContent {
    let risk: AcceptedRisk
    let location: SourceLocation

    /// Declares the acceptance; `until` is the last day it holds (`YYYY-MM-DD`).
    public init(
        _ rule: String, on element: String? = nil, because reason: String, until expires: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        risk = AcceptedRisk(rule: rule, element: element.map { ElementID($0) }, reason: reason, expires: expires)
        location = SourceLocation(file, line, column)
    }

    public func lower(into design: inout Lowering) {
        design.architecture.sources[risk: design.architecture.acceptedRisks.count] = design.placed(location)
        if risk.reason.isEmpty {
            design.report(
                "accepting rule '\(risk.rule)' needs a reason", at: location, hint: "say why the risk is acceptable")
        }
        design.architecture.acceptedRisks.append(risk)
    }
}

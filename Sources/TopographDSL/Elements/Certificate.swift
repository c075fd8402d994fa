import TopographModel

/// An X.509 certificate and the components or hosts its private key is installed on.
public struct Certificate: ArchitectureContent {
    let certificate: TopographModel.Certificate
    let location: SourceLocation

    /// Declares certificate `id` for `subject` (plus `alternativeNames`).
    public init(
        _ id: String, subject: String, alternativeNames: [String] = [], issuer: String? = nil,
        expires: String? = nil, installedOn: [String] = [],
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        certificate = TopographModel.Certificate(
            id: ElementID(id), subject: subject, subjectAlternativeNames: alternativeNames, issuer: issuer,
            expires: expires, installedOn: installedOn.map { ElementID($0) })
        location = SourceLocation(file, line, column)
    }

    public func lower(into design: inout Lowering) {
        design.declare(certificate.id.rawValue, at: location)
        design.architecture.certificates.append(certificate)
    }
}

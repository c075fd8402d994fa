/// Dates in a model, checked the same way whichever loader built it (the Swift DSL, YAML, JSON): an
/// accepted risk's `expires` and a certificate's `expires` must be real calendar dates written
/// `YYYY-MM-DD`. A risk accepted "until zzz" would otherwise hold forever, because dates compare as text.
enum DateCheck {
    static func diagnostics(in a: Architecture) -> [ModelDiagnostic] {
        var diagnostics: [ModelDiagnostic] = []
        for (index, risk) in a.acceptedRisks.enumerated() {
            guard let expires = risk.expires, !ISODate.isValid(expires) else { continue }
            diagnostics.append(
                ModelDiagnostic(
                    "accepted risk for rule '\(risk.rule)': 'expires' must be a date written YYYY-MM-DD, found '\(expires)'",
                    at: a.sources[risk: index] ?? risk.element.flatMap { a.sources[$0] }, element: risk.element,
                    hint: "the last day the acceptance holds, e.g. 2027-01-31"))
        }
        for certificate in a.certificates {
            guard let expires = certificate.expires, !ISODate.isValid(expires) else { continue }
            diagnostics.append(
                ModelDiagnostic(
                    "certificate '\(certificate.id)': 'expires' must be a date written YYYY-MM-DD, found '\(expires)'",
                    at: a.sources[certificate.id], element: certificate.id, hint: "the certificate's notAfter day, e.g. 2027-01-31"))
        }
        return diagnostics
    }
}

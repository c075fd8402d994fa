public import TopographModel

extension TLSEndpoint {
    /// Decrypts here with `certificate`: `.terminate("www-cert", minVersion: "1.2")`.
    public static func terminate(_ certificate: String, minVersion: String? = nil) -> TLSEndpoint {
        TLSEndpoint(mode: .terminate, certificate: ElementID(certificate), minVersion: minVersion)
    }

    /// Decrypts with `certificate`, then opens new TLS connections to the backends.
    public static func reencrypt(_ certificate: String, minVersion: String? = nil) -> TLSEndpoint {
        TLSEndpoint(mode: .reencrypt, certificate: ElementID(certificate), minVersion: minVersion)
    }

    /// Forwards the encrypted stream untouched.
    public static var passthrough: TLSEndpoint { TLSEndpoint(mode: .passthrough) }
}

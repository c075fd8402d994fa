/// How a component handles TLS on the traffic it receives.
public struct TLSEndpoint: Hashable, Sendable, Codable {
    public var mode: TLSMode
    /// The certificate presented to clients (terminate, re-encrypt).
    public var certificate: ElementID?
    /// The oldest protocol version accepted, e.g. "1.2".
    public var minVersion: String?

    public init(mode: TLSMode, certificate: ElementID? = nil, minVersion: String? = nil) {
        self.mode = mode
        self.certificate = certificate
        self.minVersion = minVersion
    }
}

public enum TLSMode: String, Hashable, Sendable, Codable, CaseIterable {
    /// Decrypts here; what it forwards is whatever the outgoing flows say (often plaintext).
    case terminate
    /// Decrypts here to inspect or route, then opens new TLS connections to the backends.
    case reencrypt
    /// Forwards the encrypted stream untouched; TLS ends further in.
    case passthrough
}

/// An X.509 certificate and where its private key lives.
public struct Certificate: Hashable, Sendable, Codable, Identifiable {
    public var id: ElementID
    /// Subject common name, e.g. `www.foobar.com`.
    public var subject: String
    public var subjectAlternativeNames: [String]
    public var issuer: String?
    /// Expiry date, `YYYY-MM-DD`.
    public var expires: String?
    /// Components or hosts the certificate and its private key are installed on.
    public var installedOn: [ElementID]

    public init(
        id: ElementID, subject: String, subjectAlternativeNames: [String] = [], issuer: String? = nil,
        expires: String? = nil, installedOn: [ElementID] = []
    ) {
        self.id = id
        self.subject = subject
        self.subjectAlternativeNames = subjectAlternativeNames
        self.issuer = issuer
        self.expires = expires
        self.installedOn = installedOn
    }

    /// Every name the certificate is valid for (subject and SANs), deduplicated, in order.
    public var names: [String] {
        var seen = Set<String>()
        return ([subject] + subjectAlternativeNames).filter { seen.insert($0.lowercased()).inserted }
    }

    /// True when one of the certificate's names covers `host`, honouring one-label wildcards.
    public func covers(_ host: String) -> Bool {
        let host = host.lowercased()
        return names.contains { name in
            let name = name.lowercased()
            if name == host { return true }
            guard name.hasPrefix("*.") else { return false }
            let suffix = name.dropFirst(1)  // ".foobar.com"
            guard host.hasSuffix(suffix) else { return false }
            return !host.dropLast(suffix.count).contains(".")
        }
    }
}

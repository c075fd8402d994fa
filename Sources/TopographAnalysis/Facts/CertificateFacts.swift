import TopographModel

/// Where each certificate's private key sits (components, or hosts and so every component on
/// them) and where it is actually presented to encrypted traffic.
public struct CertificateFacts: Sendable {
    /// Certificates that some component's TLS endpoint names.
    public let referenced: Set<ElementID>
    /// For each certificate, the components that present it to encrypted requests, in declaration order.
    public let presenters: [ElementID: [Component]]
    private let places: [ElementID: Set<ElementID>]
    private let index: ArchitectureIndex

    init(index: ArchitectureIndex, tls: TLSFacts) {
        self.index = index
        var referenced = Set<ElementID>()
        var presenters: [ElementID: [Component]] = [:]
        for c in index.architecture.components {
            guard let cert = c.tls?.certificate else { continue }
            referenced.insert(cert)
            if tls.endpoint(c.id) == .terminates { presenters[cert, default: []].append(c) }
        }
        self.referenced = referenced
        self.presenters = presenters
        var places: [ElementID: Set<ElementID>] = [:]
        // One set per certificate, built once: a certificate on thousands of hosts stays linear.
        for cert in index.architecture.certificates where places[cert.id] == nil { places[cert.id] = Set(cert.installedOn) }
        self.places = places
    }

    /// Whether the certificate's key is on the component: listed itself, or its host is.
    public func isInstalled(_ cert: ElementID, on component: Component) -> Bool {
        guard let places = places[cert] else { return false }
        return places.contains(component.id) || (component.host.map(places.contains) ?? false)
    }

    /// The `installedOn` places (hosts or components) where no component presents the certificate
    /// to encrypted traffic: extra copies of the private key.
    public func idlePlaces(of cert: Certificate) -> [ElementID] {
        let presenting = presenters[cert.id] ?? []
        return cert.installedOn.filter { place in !presenting.contains { $0.id == place || $0.host == place } }
    }

    /// Whether anything at a place (the component, or a component on the host) is configured to
    /// decrypt TLS, whatever traffic reaches it.
    public func configuresTermination(at place: ElementID) -> Bool {
        let candidates = index.hosts[place] != nil ? index.componentsByHost[place] ?? [] : index.components[place].map { [$0] } ?? []
        return candidates.contains { $0.tls.map { $0.mode != .passthrough } ?? false }
    }
}

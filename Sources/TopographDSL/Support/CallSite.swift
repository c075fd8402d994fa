import TopographModel

/// An element together with where a builder block used it. When that is not where the element was
/// written (a helper function made it), the element and everything nested in it is located at
/// the call site, so `server(2)` called at line 40 reports server 2's mistakes at line 40.
struct CallSite: ArchitectureContent, ZoneContent, ServerContent, FirewallContent {
    let element: any DesignElement
    let site: SourceLocation

    /// Wraps `element` as the builder's element type; every context protocol is one `CallSite`
    /// conforms to, so the cast always succeeds (the original is kept if it ever did not).
    static func wrap<Element>(_ element: Element, at site: SourceLocation) -> Element {
        guard let designElement = element as? any DesignElement, !(designElement is CallSite) else { return element }
        return (CallSite(element: designElement, site: site) as? Element) ?? element
    }

    func lower(into design: inout Lowering) {
        let outer = design.callSite
        let written = (element as? any LocatedElement)?.location
        // Only the outermost helper call counts: the nearest line the user wrote in the design.
        if outer == nil, let written, written.file != site.file || written.line != site.line {
            design.callSite = site
        }
        element.lower(into: &design)
        design.callSite = outer
    }
}

/// An element that knows where it was written.
protocol LocatedElement {
    var location: SourceLocation { get }
}

extension Zone: LocatedElement {}
extension Server: LocatedElement {}
extension Certificate: LocatedElement {}
extension Flow: LocatedElement {}
extension AcceptRisk: LocatedElement {}
extension Availability: LocatedElement {}
extension Flows: LocatedElement {
    var location: SourceLocation { flows.first?.location ?? SourceLocation(file: "", line: 0) }
}
extension Allow: LocatedElement { var location: SourceLocation { rule.location } }
extension Deny: LocatedElement { var location: SourceLocation { rule.location } }

/// Components: every kind lowers through a `ComponentDeclaration` that knows its line.
protocol DeclaredComponent: LocatedElement { var declaration: ComponentDeclaration { get } }
extension DeclaredComponent { var location: SourceLocation { declaration.location } }
extension Client: DeclaredComponent {}
extension DNSRecord: DeclaredComponent {}
extension Firewall: DeclaredComponent {}
extension LoadBalancer: DeclaredComponent {}
extension WebServer: DeclaredComponent {}
extension AppServer: DeclaredComponent {}
extension Database: DeclaredComponent {}
extension Cache: DeclaredComponent {}
extension MonitoringAgent: DeclaredComponent {}
extension MonitoringPlatform: DeclaredComponent {}
extension Component: DeclaredComponent {}
extension Bastion: DeclaredComponent {}
extension VPNGateway: DeclaredComponent {}
extension VirtualIP: DeclaredComponent {}
extension CDN: DeclaredComponent {}
extension WAF: DeclaredComponent {}
extension MessageQueue: DeclaredComponent {}
extension ObjectStorage: DeclaredComponent {}

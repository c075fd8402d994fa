import TopographModel

/// A generic component whose role or name says it is something the model now has a kind for: a
/// bastion written as a plain component keeps working, and this note suggests the new form.
struct SupersededForm: Rule {
    /// Words in a generic component's role, id or name, and the kind that says it.
    static let words: [(words: [String], kind: ComponentKind, dsl: String)] = [
        (["bastion", "jump host", "jumphost", "jump-host", "jumpbox"], .bastion, "Bastion(...)"),
        (["vpn"], .vpnGateway, "VPNGateway(...)"),
        (["virtual ip", "floating ip", "vip", "keepalived", "vrrp"], .virtualIP, "VirtualIP(..., members: [...])"),
        (["cdn", "content delivery"], .cdn, "CDN(...)"),
        (["waf", "web application firewall"], .waf, "WAF(...)"),
        (["queue", "rabbitmq", "kafka", "sqs"], .messageQueue, "MessageQueue(...)"),
        (["object storage", "s3", "bucket", "minio"], .objectStorage, "ObjectStorage(...)"),
    ]

    let descriptor = RuleDescriptor(
        id: "hygiene.superseded-form", category: "hygiene", defaultSeverity: .note,
        title: "A generic component stands for a kind the model has",
        rationale: """
            A bastion, VPN gateway, virtual IP, CDN, WAF, queue or bucket written as a generic component \
            still loads, but no rule, diagram shape or document sentence knows what it is: admin paths \
            through a bastion, a virtual IP's members or a WAF in front of the load balancer go unchecked.
            """,
        recommendation: "Declare it with its own kind (docs/model.md lists them); its flows and references stay the same.")

    func check(_ context: ValidationContext) -> [Finding] {
        context.architecture.components.compactMap { c -> Finding? in
            guard case .generic(let spec) = c.spec else { return nil }
            let text = [spec.role, c.name, c.id.rawValue].compactMap { $0?.lowercased() }.joined(separator: " | ")
            guard let match = Self.words.first(where: { entry in entry.words.contains { Self.mentions(text, $0) } }) else {
                return nil
            }
            return finding(
                context, "\(c.id) is a generic component described as a \(match.kind.title)", elements: [c.id],
                evidence: ["role: \(spec.role ?? "none"); name: \(c.displayName)"],
                recommendation:
                    "Declare \(c.id) as kind \(match.kind.rawValue) (Swift: \(match.dsl)) so the checks for \(match.kind.title)s apply.")
        }
    }

    /// Whole-word match, so "vip" does not match "vipers" and "s3" not "s30".
    static func mentions(_ text: String, _ word: String) -> Bool {
        var rest = text[...]
        while let range = rest.firstRange(of: word) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !(before?.isLetter ?? false || before?.isNumber ?? false) && !(after?.isLetter ?? false || after?.isNumber ?? false) {
                return true
            }
            rest = text[range.upperBound...]
        }
        return false
    }
}

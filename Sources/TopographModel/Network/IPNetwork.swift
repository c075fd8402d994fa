/// An IPv4 or IPv6 address block (`10.0.1.0/24`, `2001:db8::/32`); a plain address is a block of one.
///
/// Host addresses, zone networks, VPN client ranges and firewall peers are written as text in the
/// model; this is how they are compared: does a firewall rule's CIDR cover a host's address?
public struct IPNetwork: Hashable, Sendable, CustomStringConvertible {
    public enum Family: Hashable, Sendable { case v4, v6 }

    public let family: Family
    /// The address as 128 bits; IPv4 uses the low 32.
    let bits: UInt128
    public let prefixLength: Int
    /// As written.
    public let text: String

    /// Parses `a.b.c.d`, `a.b.c.d/n`, an IPv6 address or `ipv6/n`; nil when malformed.
    public init?(_ text: String) {
        self.text = text
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return nil }
        let address = String(parts[0])
        if let v4 = Self.parseV4(address) {
            family = .v4
            bits = UInt128(v4)
        } else if let v6 = Self.parseV6(address) {
            family = .v6
            bits = v6
        } else {
            return nil
        }
        let width = family == .v4 ? 32 : 128
        if parts.count == 2 {
            guard let n = Int(parts[1]), parts[1].allSatisfy(\.isNumber), (0...width).contains(n) else { return nil }
            prefixLength = n
        } else {
            prefixLength = width
        }
    }

    public var description: String { text }

    private var width: Int { family == .v4 ? 32 : 128 }

    private func masked(_ length: Int) -> UInt128 {
        guard length > 0 else { return 0 }
        let shift = width - length
        return (bits >> UInt128(shift)) << UInt128(shift)
    }

    /// Whether every address of `other` lies in this block.
    public func contains(_ other: IPNetwork) -> Bool {
        family == other.family && other.prefixLength >= prefixLength && other.masked(prefixLength) == masked(prefixLength)
    }

    /// Whether the two blocks share any address.
    public func overlaps(_ other: IPNetwork) -> Bool { contains(other) || other.contains(self) }

    /// True for a single address (`/32`, `/128`, or no prefix).
    public var isSingleAddress: Bool { prefixLength == width }

    /// True for the block of every address (`0.0.0.0/0`, `::/0`).
    public var isEverything: Bool { prefixLength == 0 }

    private static func parseV4(_ text: String) -> UInt32? {
        let octets = text.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return nil }
        var value: UInt32 = 0
        for octet in octets {
            guard (1...3).contains(octet.count), octet.allSatisfy(\.isNumber), let n = UInt32(octet), n <= 255 else {
                return nil
            }
            value = value << 8 | n
        }
        return value
    }

    private static func parseV6(_ text: String) -> UInt128? {
        guard text.contains(":") else { return nil }
        var halves = [Substring(text)]
        if let gap = text.firstRange(of: "::") { halves = [text[..<gap.lowerBound], text[gap.upperBound...]] }
        guard !halves.contains(where: { $0.contains("::") }) else { return nil }
        guard let head = groups(halves[0]), let tail = halves.count == 2 ? groups(halves[1]) : [] else { return nil }
        let missing = 8 - head.count - tail.count
        guard halves.count == 2 ? missing >= 1 : missing == 0 else { return nil }
        let all = head + Array(repeating: 0, count: halves.count == 2 ? missing : 0) + tail
        return all.reduce(UInt128(0)) { $0 << 16 | UInt128($1) }
    }

    /// Colon-separated hex groups; a trailing dotted IPv4 counts as two groups.
    private static func groups(_ text: Substring) -> [UInt16]? {
        guard !text.isEmpty else { return [] }
        var result: [UInt16] = []
        let pieces = text.split(separator: ":", omittingEmptySubsequences: false)
        for (i, piece) in pieces.enumerated() {
            if i == pieces.count - 1, piece.contains("."), let v4 = parseV4(String(piece)) {
                result += [UInt16(v4 >> 16), UInt16(v4 & 0xFFFF)]
            } else {
                guard (1...4).contains(piece.count), piece.allSatisfy(\.isHexDigit), let n = UInt16(piece, radix: 16) else {
                    return nil
                }
                result.append(n)
            }
        }
        return result
    }
}

extension IPNetwork {
    /// One spelling per address block (`10.0.0.1`, `2001:db8::1` as full hex groups), for comparing.
    public var canonical: String {
        switch family {
        case .v4:
            let v = UInt32(truncatingIfNeeded: bits)
            return [24, 16, 8, 0].map { String((v >> UInt32($0)) & 0xFF) }.joined(separator: ".") + "/\(prefixLength)"
        case .v6:
            let groups = stride(from: 112, through: 0, by: -16).map { String(UInt16(truncatingIfNeeded: bits >> UInt128($0)), radix: 16) }
            return groups.joined(separator: ":") + "/\(prefixLength)"
        }
    }
}

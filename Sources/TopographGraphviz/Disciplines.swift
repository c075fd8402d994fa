import CGraphviz
import Foundation

// libcgraph callbacks: how graphs are read (from a Swift string) and how their objects get ids.
//
// Why an id discipline: libcgraph's default one uses the address of each interned name as the
// object's id, and keeps subgraphs ordered by id. Addresses depend on what the process allocated
// before, so the second in-process render of a graph with clusters can order (and lay out) its
// clusters differently from the first. Here ids follow creation order instead, which is what a
// fresh `dot` process sees (its allocator hands out increasing addresses), so in-process renders
// are repeatable and match `dot -T<fmt>` on the same text.

/// The reading discipline: default memory management, Topograph's ids, input from a `MemoryReader`.
enum Disciplines {
    nonisolated(unsafe) static let reading: UnsafeMutablePointer<Agdisc_t> = {
        let ids = UnsafeMutablePointer<Agiddisc_t>.allocate(capacity: 1)
        ids.initialize(
            to: Agiddisc_t(
                open: { graph, _ in Unmanaged.passRetained(IDTable(graph: graph)).toOpaque() },
                map: { state, _, name, id, create in
                    IDTable.from(state).map(name, to: id, create: create != 0) ? 1 : 0
                },
                alloc: { _, _, _ in 0 },  // callers may not choose ids, as with the default discipline
                free: { _, _, _ in },  // names live in the graph's string table, freed when it closes
                print: { state, _, id in IDTable.from(state).name(of: id) },
                close: { state in if let state { Unmanaged<IDTable>.fromOpaque(state).release() } },
                idregister: { _, _, _ in }
            ))
        let io = UnsafeMutablePointer<Agiodisc_t>.allocate(capacity: 1)
        io.initialize(
            to: Agiodisc_t(
                afread: { channel, buffer, size in MemoryReader.from(channel).read(into: buffer, size: Int(size)) },
                // Output as libcgraph's default does (to a FILE*); renderers install their own.
                putstr: { channel, text in fputs(text, channel?.assumingMemoryBound(to: FILE.self)) },
                flush: { channel in fflush(channel?.assumingMemoryBound(to: FILE.self)) }))
        let disc = UnsafeMutablePointer<Agdisc_t>.allocate(capacity: 1)
        disc.initialize(to: Agdisc_t(mem: nil, id: ids, io: io))  // nil: libcgraph's default allocator
        return disc
    }()
}

/// Names and ids of one root graph. Named objects get even ids above every anonymous one, in
/// creation order; anonymous objects get small odd ids: the same relative order `dot` produces.
final class IDTable {
    private let graph: UnsafeMutablePointer<Agraph_t>?
    private var ids: [String: IDTYPE] = [:]
    private var names: [IDTYPE: UnsafeMutablePointer<CChar>] = [:]
    private var nextNamed: IDTYPE = 1 << 40
    /// 3, not 1: in a `dot` process the prototype graph holding command-line defaults takes
    /// anonymous id 1 first, and anonymous ids show up as names (`%3` in an unnamed graph's SVG title).
    private var nextAnonymous: IDTYPE = 3

    init(graph: UnsafeMutablePointer<Agraph_t>?) { self.graph = graph }

    static func from(_ state: UnsafeMutableRawPointer?) -> IDTable {
        Unmanaged<IDTable>.fromOpaque(state!).takeUnretainedValue()
    }

    func map(_ name: UnsafeMutablePointer<CChar>?, to id: UnsafeMutablePointer<IDTYPE>?, create: Bool) -> Bool {
        guard let id else { return false }
        guard let name else {
            id.pointee = nextAnonymous
            nextAnonymous += 2
            return true
        }
        let key = String(cString: name)
        if let known = ids[key] {
            id.pointee = known
            return true
        }
        guard create else { return false }
        let new = nextNamed
        nextNamed += 2
        ids[key] = new
        // Interned in the graph's string table, as the default discipline does: renderers ask
        // `aghtmlstr` about names, which reads the table's header in front of the characters.
        names[new] = agstrdup(graph, name)
        id.pointee = new
        return true
    }

    func name(of id: IDTYPE) -> UnsafeMutablePointer<CChar>? { names[id] }
}

/// Feeds a string to the DOT lexer one line at a time, as libcgraph's own `agmemread` does.
final class MemoryReader {
    private let bytes: [UInt8]
    private var position = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    static func from(_ channel: UnsafeMutableRawPointer?) -> MemoryReader {
        Unmanaged<MemoryReader>.fromOpaque(channel!).takeUnretainedValue()
    }

    func read(into buffer: UnsafeMutablePointer<CChar>?, size: Int) -> Int32 {
        guard let buffer, size > 0, position < bytes.count else { return 0 }
        var count = 0
        while position < bytes.count, count < size {
            let byte = bytes[position]
            buffer[count] = CChar(bitPattern: byte)
            position += 1
            count += 1
            if byte == UInt8(ascii: "\n") { break }
        }
        return Int32(count)
    }
}

import Foundation
import Testing

/// `topograph diff --format dot|svg` through the built binary on a design with a bastion that
/// reaches its hosts over SSH: the three complaints of issue 14 about the old diff diagram.
@Suite struct DiffDiagramEndToEndTests {
    /// A bastion with SSH to every host, a MySQL database and a Redis cache.
    static func model(new: Bool) -> String {
        let database = new ? "{product: PostgreSQL, version: \"16\"}" : "{product: MySQL, version: \"8.0\"}"
        let engine = new ? "postgresql" : "mysql"
        let port = new ? 5432 : 3306
        var text = """
            name: shop
            zones:
              - {id: internet, kind: internet}
              - {id: dmz, kind: dmz}
              - {id: private, kind: private}
            components:
              - {id: user, kind: client, zone: internet}
            hosts:
              - id: bastion-host
                zone: dmz
                components:
                  - {id: bastion, kind: bastion, ports: [22]}
              - id: app-host
                zone: private
                components:
                  - {id: app, kind: appServer, ports: [8000]}
              - id: db-host
                zone: private
                components:
                  - {id: db, kind: database, software: \(database), ports: [\(port)], database: {engine: \(engine), role: primary}}

            """
        if !new {
            text += """
                  - id: cache-host
                    zone: private
                    components:
                      - {id: redis, kind: cache, ports: [6379], cache: {engine: redis}}

                """
        }
        text += """
            flows:
              - {from: user, to: app, protocol: \(new ? "https" : "http"), port: 8000}
              - {from: app, to: db, protocol: \(engine), port: \(port), purpose: write}
              - {from: user, to: bastion, protocol: ssh, port: 22, purpose: admin}
              - {from: bastion, to: app-host, protocol: ssh, port: 22, purpose: admin}
              - {from: bastion, to: db-host, protocol: ssh, port: 22, purpose: admin}

            """
        if !new {
            text += """
                  - {from: app, to: redis, protocol: redis, port: 6379, purpose: read}
                  - {from: bastion, to: cache-host, protocol: ssh, port: 22, purpose: admin}

                """
        }
        return text
    }

    func pair() throws -> URL {
        let root = try temporaryDirectory()
        try Data(Self.model(new: false).utf8).write(to: root.appendingPathComponent("a.yaml"))
        try Data(Self.model(new: true).utf8).write(to: root.appendingPathComponent("b.yaml"))
        return root
    }

    @Test func svgToAFileDrawsEachHostOnceAndNamesTheChangedFields() throws {
        let root = try pair()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try Binary.run(["diff", "a.yaml", "b.yaml", "--format", "svg", "-o", "x.svg"], in: root)
        #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let svg = try String(contentsOf: root.appendingPathComponent("x.svg"), encoding: .utf8)
        #expect(svg.hasPrefix("<?xml") && svg.contains("<svg"))
        for host in ["bastion-host", "app-host", "db-host", "cache-host"] {
            // Each host is its box, once; a line to it ends at the box, never at a stray node of its name.
            let name = host.replacingOccurrences(of: "-", with: "&#45;")  // as Graphviz writes it in SVG
            #expect(svg.components(separatedBy: "<title>cluster_host_\(name)</title>").count == 2, "\(host) boxes")
            #expect(!svg.contains("<title>\(name)</title>"), "stray node for \(host)")
        }
        for words in ["database.engine: mysql → postgresql", "software.product: MySQL → PostgreSQL", "protocol: http → https", "− removed"]
        {
            #expect(svg.contains(words), "missing: \(words)")
        }
        #expect(!svg.contains("changed: "))
        #expect(svg.contains("font-family=\"DejaVu Sans"))
        // The same bytes on a second run.
        _ = try Binary.run(["diff", "a.yaml", "b.yaml", "--format", "svg", "-o", "y.svg"], in: root)
        #expect(try Data(contentsOf: root.appendingPathComponent("y.svg")) == Data(svg.utf8))
    }

    @Test func dotUsesTheOverviewStyle() throws {
        let root = try pair()
        defer { try? FileManager.default.removeItem(at: root) }
        let diff = try Binary.run(["diff", "a.yaml", "b.yaml", "--format", "dot"], in: root)
        let overview = try Binary.run(["render", "b.yaml", "--format", "dot", "--no-findings"], in: root)
        // The overview's shapes (a database is a cylinder, a bastion a house) and its labels.
        for line in ["\"db\" [", "\"app\" [", "\"bastion\" ["] {
            let drawn = try #require(diff.stdout.split(separator: "\n").first { $0.contains(line) })
            let reference = try #require(overview.stdout.split(separator: "\n").first { $0.contains(line) })
            for attribute in ["shape=", "fillcolor="] {
                #expect(Self.value(attribute, in: drawn) == Self.value(attribute, in: reference), "\(line) \(attribute)")
            }
        }
        #expect(diff.stdout.contains("\"db\" [") && diff.stdout.contains("shape=\"cylinder\""))
        #expect(diff.stdout.contains("node [fontcolor=\"#263238\", fontname=\"DejaVu Sans\""))
        // The removed cache is drawn (red, dashed), its host's SSH line ends at the host's box.
        #expect(diff.stdout.contains("lhead=\"cluster_host_cache-host\""))
        #expect(!diff.stdout.contains("-> \"cache-host\""))
    }

    /// A realistic nine-server design and its next version (Fixtures/Diff): both diagrams used to
    /// abort in Graphviz 2.43's gvFreeLayout (a rank array freed twice after a flat edge label).
    @Test func realisticDesignsRenderWithoutCrashing() throws {
        let fixtures = TestPaths.testsFolder.appendingPathComponent("Fixtures/Diff")
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let diff = try Binary.run(
            [
                "diff", fixtures.appendingPathComponent("webshop-v1.yaml").path, fixtures.appendingPathComponent("webshop-v2.yaml").path,
                "--format", "svg", "-o", root.appendingPathComponent("diff.svg").path,
            ], in: root)
        #expect(diff.status == 1, "introduced findings fail the diff; a crash is 134 or 139: \(diff.stderr)")
        let svg = try String(contentsOf: root.appendingPathComponent("diff.svg"), encoding: .utf8)
        for words in ["loadBalancer.backends: + app&#45;5", "database.engine: mysql → postgresql", "protocol: http → https", "+ added"] {
            #expect(svg.contains(words), "missing: \(words)")
        }
        let render = try Binary.run(
            [
                "render", fixtures.appendingPathComponent("webshop-v2.yaml").path, "--format", "svg", "-o",
                root.appendingPathComponent("v2.svg").path,
            ],
            in: root)
        #expect(render.status == 0, "\(render.stderr)")
    }

    @Test func otherViewsDrawTheDiffTooButNotTheFailureView() throws {
        let root = try pair()
        defer { try? FileManager.default.removeItem(at: root) }
        let security = try Binary.run(["diff", "a.yaml", "b.yaml", "--format", "dot", "--view", "security"], in: root)
        #expect(security.stdout.contains("security view: ") && security.stdout.contains("~ database.engine: mysql → postgresql"))
        let failure = try Binary.run(["diff", "a.yaml", "b.yaml", "--format", "dot", "--view", "failure"], in: root)
        #expect(failure.status == 2 && failure.stdout.isEmpty)
        #expect(failure.stderr.contains("the failure view draws a failure, not a diff; use one of: overview, security, data, monitoring"))
    }

    /// The value of `name` (e.g. `shape=`) in a DOT statement line.
    static func value(_ name: String, in line: Substring) -> String? {
        guard let range = line.range(of: name) else { return nil }
        return line[range.upperBound...].split(separator: ",").first.map(String.init)
    }
}

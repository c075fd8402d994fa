import Testing
import TopographModel

@testable import TopographFailure

/// Availability of the reference models against figures worked out by hand from the documented
/// defaults: zone Z = 0.9999, host H = 0.999, load balancer L = 0.999, network firewall F = 0.9999,
/// web server W = 0.9995, application server A = 0.999, database D = 0.9995, generic G = 0.9995.
/// Users, DNS records, the internet zone and host firewalls cannot fail (outside the design).
@Suite struct ReferenceFiguresTests {
    let z = 0.9999, h = 0.999, l = 0.999, f = 0.9999
    let w = 0.9995, a = 0.999, d = 0.9995, g = 0.9995

    func figures(_ name: String) throws -> (site: Double, reads: Double, writes: Double) {
        let analysis = FailureAnalysis(try Models.load(name))
        return try (
            #require(analysis.figure(.site)).value, #require(analysis.figure(.reads)).value,
            #require(analysis.figure(.writes)).value
        )
    }

    /// One server runs web, app, code and db in zone `hosting`: everything is in series.
    /// site = Z·H·W·A; reads add the code base and the database (G·D); writes add the database.
    @Test func simpleWebStack() throws {
        let figures = try figures("simple-web-stack")
        #expect(abs(figures.site - z * h * w * a) < 1e-12)
        #expect(abs(figures.reads - z * h * w * a * g * d) < 1e-12)
        #expect(abs(figures.writes - z * h * w * a * d) < 1e-12)
        #expect(abs(figures.site - 0.997402) < 1e-6)  // 0.9999 · 0.999 · 0.9995 · 0.999 = 0.99740225
    }

    /// The entry C = Z_dmz · L · Z_private; each of two servers serves with s = H·W·A.
    /// site = C·(1 − (1 − s)²); reads need the server's own database: C·(1 − (1 − s·D)²);
    /// writes need server-1 and db-1 (failover not declared, so replicas do not count):
    /// C · H·D · (1 − (1 − W·A)(1 − s)), server-1's host shared by both terms.
    @Test func distributed() throws {
        let figures = try figures("distributed")
        let c = z * l * z
        let s = h * w * a
        #expect(abs(figures.site - c * (1 - (1 - s) * (1 - s))) < 1e-12)
        #expect(abs(figures.reads - c * (1 - (1 - s * d) * (1 - s * d))) < 1e-12)
        #expect(abs(figures.writes - c * h * d * (1 - (1 - w * a) * (1 - s))) < 1e-12)
    }

    /// As distributed with three servers and an edge firewall F in front of the load balancer:
    /// C = Z·F·L·Z; site = C·(1 − (1 − s)³); reads C·(1 − (1 − s·D)³);
    /// writes C · H·D · (1 − (1 − W·A)(1 − s)²).
    @Test func securedAndMonitored() throws {
        let figures = try figures("secured-and-monitored")
        let c = z * f * l * z
        let s = h * w * a
        #expect(abs(figures.site - c * (1 - pow3(1 - s))) < 1e-12)
        #expect(abs(figures.reads - c * (1 - pow3(1 - s * d))) < 1e-12)
        #expect(abs(figures.writes - c * h * d * (1 - (1 - w * a) * (1 - s) * (1 - s))) < 1e-12)
        #expect(abs(figures.site - 0.998700) < 1e-6)  // ≈ 0.9999³ · 0.999: the load balancer dominates
    }

    /// Two active-active load balancers in parallel, then web, app and db each on their own host:
    /// site = Z·(1 − (1 − L)²)·Z·(H·W)·(H·A); reads and writes add the database host: ·H·D.
    @Test func scaleUp() throws {
        let figures = try figures("scale-up")
        let site = z * (1 - (1 - l) * (1 - l)) * z * (h * w) * (h * a)
        #expect(abs(figures.site - site) < 1e-12)
        #expect(abs(figures.reads - site * h * d) < 1e-12)
        #expect(abs(figures.writes - site * h * d) < 1e-12)
    }

    /// A second load balancer raises the secured site most: L becomes 1 − (1 − L)².
    @Test func theBestChangeForTheSecuredSiteIsASecondLoadBalancer() throws {
        let analysis = FailureAnalysis(try Models.load("secured-and-monitored"))
        let best = try #require(analysis.improvements[.site])
        #expect(best.change == .redundant("lb", .component(.loadBalancer)))
        #expect(best.description == "a second load balancer next to lb")
        let s = h * w * a
        #expect(abs(best.after - z * f * (1 - (1 - l) * (1 - l)) * z * (1 - pow3(1 - s))) < 1e-12)
    }

    private func pow3(_ x: Double) -> Double { x * x * x }
}

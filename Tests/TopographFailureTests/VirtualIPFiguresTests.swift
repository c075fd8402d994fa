import Testing
import TopographModel

@testable import TopographFailure

/// Requests, reads and writes sent to a virtual IP are served by its members (issue 12). Before,
/// the engine stopped at the address: the production reference model, every tier redundant
/// behind two virtual IPs, came out at 0% for the site, reads and writes.
@Suite struct VirtualIPFiguresTests {
    @Test func productionIsHighlyAvailableBehindItsVirtualIPs() throws {
        let analysis = FailureAnalysis(try Models.load("production"))
        let site = try #require(analysis.figure(.site)).value
        let writes = try #require(analysis.figure(.writes)).value
        let reads = try #require(analysis.figure(.reads)).value
        // The region and two zones in series (0.9999 each) bound it; the redundant tiers cost little more.
        #expect(site > 0.9996 && site < 0.9997)
        #expect(writes > 0.9996)
        #expect(reads > 0.998)
    }
}

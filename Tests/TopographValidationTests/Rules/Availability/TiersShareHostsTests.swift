import Testing
import TopographModel

@testable import TopographValidation

@Suite struct TiersShareHostsTests {
    let rule = TiersShareHosts()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "availability.tiers-share-hosts")
    }

    @Test func flagsAllTiersOnOneHost() {
        let model = ReferenceModels.simpleWebStack()
        expectFindings(
            rule, model,
            [
                Summary(
                    "availability.tiers-share-hosts", ["server"], .warning,
                    "server runs every tier together: no tier can be scaled on its own")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    @Test func clean2() {
        expectClean(rule, ReferenceModels.scaleUp())
    }

    @Test func clean3() {
        expectClean(rule, ReferenceModels.securedAndMonitored())
    }
}

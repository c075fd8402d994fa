import Testing
import TopographModel

@testable import TopographValidation

@Suite struct IdenticalServersTests {
    let rule = IdenticalServers()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "shared-fate.identical-servers")
    }

    @Test func flagsIdenticalServers() {
        let model = ReferenceModels.securedAndMonitored()
        expectFindings(
            rule, model,
            [
                Summary(
                    "shared-fate.identical-servers", ["server-1", "server-2", "server-3"], .warning,
                    "server-1, server-2 and server-3 all run the same components and versions: one vulnerability or bad release hits every server at once"
                )
            ])
    }

    @Test func flagsTwoIdenticalServers() {
        let model = ReferenceModels.distributed()
        expectFindings(
            rule, model,
            [
                Summary(
                    "shared-fate.identical-servers", ["server-1", "server-2"], .warning,
                    "server-1 and server-2 both run the same components and versions: one vulnerability or bad release hits every server at once"
                )
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    @Test func clean2() {
        expectClean(rule, ReferenceModels.scaleUp())
    }
}

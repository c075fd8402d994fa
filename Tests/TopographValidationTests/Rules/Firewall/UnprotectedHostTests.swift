import Testing
import TopographModel

@testable import TopographValidation

@Suite struct UnprotectedHostTests {
    let rule = UnprotectedHost()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "firewall.unprotected-host")
    }

    @Test func flagsHostWithoutFirewall() {
        let model = CleanModel.make().with { a in
            a.removeComponents(["app-fw-1"])
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "firewall.unprotected-host", ["app-host-1"], .warning,
                    "app-host-1 receives traffic but no firewall covers it")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    @Test func clean2() {
        expectClean(rule, ReferenceModels.distributed())
    }
}

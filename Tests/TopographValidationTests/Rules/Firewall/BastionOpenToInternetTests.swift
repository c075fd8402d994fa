import Testing
import TopographModel

@testable import TopographValidation

@Suite struct BastionOpenToInternetTests {
    let rule = BastionOpenToInternet()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "firewall.bastion-open-to-internet")
    }

    @Test func flagsBastionOpenToAnySource() {
        expectFindings(
            rule, CleanModel.withBastion(sshFrom: "any"),
            [
                Summary(
                    "firewall.bastion-open-to-internet", ["bastion", "bastion-fw"], .error,
                    "bastion's SSH port 22 is open to the whole internet: bastion-fw admits any source")
            ])
    }

    @Test func flagsBastionWithoutFirewall() {
        let model = CleanModel.withBastion().with { a in a.removeComponents(["bastion-fw"]) }
        expectFindings(
            rule, model,
            [
                Summary(
                    "firewall.bastion-open-to-internet", ["bastion"], .error,
                    "bastion's SSH port 22 is open to the whole internet: no firewall covers it")
            ])
    }

    /// A bastion admitting only the office range is the design; sensitive-port-exposed agrees
    /// (before: any internet operator's flow to it was an exposed SSH port, whatever the rule).
    @Test func cleanWhenRestrictedToKnownRanges() {
        expectClean(rule, CleanModel.withBastion())
        expectClean(SensitivePortExposed(), CleanModel.withBastion())
    }
}

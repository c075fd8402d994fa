import Testing
import TopographModel

@testable import TopographValidation

@Suite struct HostWithoutAgentTests {
    let rule = HostWithoutAgent()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "monitoring.host-without-agent")
    }

    @Test func flagsHostWithoutAgent() {
        let model = CleanModel.make().with { a in
            a.removeComponents(["app-agent-1"])
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "monitoring.host-without-agent", ["app-host-1"], .warning,
                    "app-host-1 has no monitoring agent")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    @Test func clean2() {
        expectClean(rule, ReferenceModels.distributed())
    }
}

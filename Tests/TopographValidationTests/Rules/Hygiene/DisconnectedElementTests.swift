import Testing
import TopographModel

@testable import TopographValidation

@Suite struct DisconnectedElementTests {
    let rule = DisconnectedElement()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "hygiene.disconnected-element")
    }

    @Test func flagsOrphans() {
        let model = CleanModel.make().with { a in
            a.components.append(.app("old-app", host: "app-host-1"))
            a.hosts.append(Host(id: "spare", zone: "private"))
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "hygiene.disconnected-element", ["old-app"], .warning,
                    "old-app (application server) has no flows in or out"),
                Summary(
                    "hygiene.disconnected-element", ["spare"], .warning,
                    "spare runs no components"),
            ])
    }

    /// An agent naming its platform without a flow is agent-without-path's finding, not a second one here.
    @Test func leavesAgentsThatNameTheirPlatformToAgentWithoutPath() {
        let model = ReferenceModels.securedAndMonitored().with { a in
            a.flows.removeAll { $0.purpose == .metrics || $0.purpose == .logs }
        }
        expectClean(rule, model)
        #expect(!AgentWithoutPath().check(ValidationContext(model, today: "2026-01-01")).isEmpty)
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    @Test func clean2() {
        expectClean(rule, ReferenceModels.securedAndMonitored())
    }
}

import Testing
import TopographModel

@testable import TopographValidation

@Suite struct NoMonitoringTests {
    let rule = NoMonitoring()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "monitoring.no-monitoring")
    }

    @Test func flagsUnmonitoredDesign() {
        let model = ReferenceModels.distributed()
        expectFindings(
            rule, model,
            [
                Summary(
                    "monitoring.no-monitoring", ["lb", "server-1", "server-2"], .warning,
                    "Nothing monitors lb, server-1 and server-2: failures are found by users")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    @Test func clean2() {
        expectClean(rule, ReferenceModels.securedAndMonitored())
    }
}

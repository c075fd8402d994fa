import Testing
import TopographModel

@testable import TopographValidation

@Suite struct MissingHealthCheckTests {
    let rule = MissingHealthCheck()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "availability.missing-health-check")
    }

    @Test func flagsNoHealthCheck() {
        let model = ReferenceModels.distributed()
        expectFindings(
            rule, model,
            [
                Summary(
                    "availability.missing-health-check", ["lb"], .note,
                    "lb balances over web-1 and web-2 without a health check: a failed backend keeps receiving requests")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    @Test func clean2() {
        expectClean(rule, ReferenceModels.scaleUp())
    }
}

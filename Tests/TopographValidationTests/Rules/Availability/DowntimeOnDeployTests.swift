import Testing
import TopographModel

@testable import TopographValidation

@Suite struct DowntimeOnDeployTests {
    let rule = DowntimeOnDeploy()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "availability.downtime-on-deploy")
    }

    @Test func flagsOneServer() {
        let model = ReferenceModels.simpleWebStack()
        expectFindings(
            rule, model,
            [
                Summary(
                    "availability.downtime-on-deploy", ["server"], .warning,
                    "server is the only server: every deploy, restart or patch of web and app is downtime")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    @Test func clean2() {
        expectClean(rule, ReferenceModels.scaleUp())
    }
}

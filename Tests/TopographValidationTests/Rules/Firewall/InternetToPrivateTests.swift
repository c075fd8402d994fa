import Testing
import TopographModel

@testable import TopographValidation

@Suite struct InternetToPrivateTests {
    let rule = InternetToPrivate()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "firewall.internet-to-private")
    }

    @Test func flagsDirectPathIntoPrivateZone() {
        let model = CleanModel.make().with { a in
            a.flows.append(flow("user", "web-1", "https", 443))
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "firewall.internet-to-private", ["web-1", "user"], .error,
                    "user on the internet connects directly to web-1 in the private zone")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }
}

import Testing
import TopographModel

@testable import TopographValidation

@Suite struct SingleInstanceTierTests {
    let rule = SingleInstanceTier()

    @Test func descriptor() {
        #expect(rule.descriptor.id == "availability.single-instance-tier")
    }

    @Test func flagsSingleCache() {
        let model = CleanModel.make().with { a in
            a.components.append(Component(id: "cache-1", spec: .cache(CacheSpec(engine: "redis")), host: "app-host-1", ports: [6379]))
            for n in 1...2 { a.flows.append(flow("app-\(n)", "cache-1", "redis", 6379, .read)) }
        }
        expectFindings(
            rule, model,
            [
                Summary(
                    "availability.single-instance-tier", ["cache-1"], .warning,
                    "The cache tier has one instance, cache-1: it fails with app-host-1")
            ])
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    @Test func clean2() {
        expectClean(rule, ReferenceModels.simpleWebStack())
    }
}

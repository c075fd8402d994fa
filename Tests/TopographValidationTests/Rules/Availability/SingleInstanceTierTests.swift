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

    /// One RabbitMQ node is a single instance too (it used to be no tier at all); a provider's
    /// queue is replicated by the provider and is not flagged.
    @Test func flagsASingleQueueButNotAManagedOne() {
        func model(provider: String?) -> Architecture {
            CleanModel.make().with { a in
                a.components.append(
                    Component(
                        id: "mq", spec: .messageQueue(MessageQueueSpec(engine: "rabbitmq", provider: provider)), host: "db-host-1",
                        ports: [5672]))
                for n in 1...2 { a.flows.append(flow("app-\(n)", "mq", "amqp", 5672)) }
            }
        }
        let findings = rule.check(ValidationContext(model(provider: nil).located(), today: "2026-01-01"))
        #expect(findings.map(\.message) == ["The message queue tier has one instance, mq: it fails with db-host-1"])
        #expect(findings.first?.recommendation.contains("cluster of three nodes") == true)
        expectClean(rule, model(provider: "Amazon MQ"))
    }

    @Test func clean1() {
        expectClean(rule, CleanModel.make())
    }

    @Test func clean2() {
        expectClean(rule, ReferenceModels.simpleWebStack())
    }
}

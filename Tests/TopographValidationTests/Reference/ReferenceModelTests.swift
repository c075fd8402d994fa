import Foundation
import Testing
import TopographModel
import TopographModelFiles

@testable import TopographValidation

/// The findings a senior reviewer expects from each reference design, and nothing else.
@Suite struct ReferenceModelTests {
    static let expected: [String: [String]] = [
        "secured-and-monitored": [
            "availability.single-point-of-failure lb",
            "data.async-replication-window db-2,db-3,db-1",
            "data.single-write-node db-1",
            "monitoring.unmonitored-critical-component lb",
            "shared-fate.identical-servers server-1,server-2,server-3",
            "tls.backend-tls-contradiction web-1",
            "tls.backend-tls-contradiction web-2",
            "tls.backend-tls-contradiction web-3",
            "tls.database-traffic-unencrypted db-1,app-2,app-3,db-2,db-3",
            "tls.plaintext-after-termination lb,web-1,web-2,web-3",
            "tls.shared-private-key www-cert,lb,web-1,web-2,web-3",
        ],
        "simple-web-stack": [
            "availability.downtime-on-deploy server",
            "availability.single-point-of-failure db",
            "availability.single-point-of-failure server",
            "availability.tiers-share-hosts server",
            "data.no-replica db",
            "firewall.no-firewall server",
            "monitoring.no-monitoring server",
            "tls.public-entry-without-tls web",
        ],
        "distributed": [
            "availability.missing-health-check lb",
            "availability.single-point-of-failure lb",
            "data.async-replication-window db-2,db-1",
            "data.single-write-node db-1",
            "firewall.no-firewall lb,server-1,server-2",
            "monitoring.no-monitoring lb,server-1,server-2",
            "shared-fate.identical-servers server-1,server-2",
            "tls.database-traffic-unencrypted db-1,app-2,db-2",
            "tls.public-entry-without-tls lb",
        ],
        "scale-up": [
            "availability.single-point-of-failure app-server",
            "availability.single-point-of-failure db",
            "availability.single-point-of-failure web-server",
            "data.no-replica db",
            "firewall.no-firewall app-server,db-server,lb-1,lb-2,web-server",
            "monitoring.no-monitoring app-server,db-server,lb-1,lb-2,web-server",
            "tls.database-traffic-unencrypted db,app",
            "tls.plaintext-after-termination lb-1,lb-2,web",
            "tls.plaintext-after-termination web,app",
        ],
        // A sound production design: its one gap is the single Redis node (sessions and carts).
        "production": [
            "availability.single-instance-tier redis"
        ],
    ]

    static let names = ["secured-and-monitored", "simple-web-stack", "distributed", "scale-up"]

    static let built: [String: Architecture] = [
        "secured-and-monitored": ReferenceModels.securedAndMonitored(), "simple-web-stack": ReferenceModels.simpleWebStack(),
        "distributed": ReferenceModels.distributed(), "scale-up": ReferenceModels.scaleUp(),
    ]

    static let modelsDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("models")

    @Test(arguments: names)
    func builtModel(_ name: String) {
        #expect(keys(Validator.validate(Self.built[name]!, today: "2026-01-01")) == Self.expected[name]!)
    }

    /// The YAML files in models/ are what users lint; they must give the same findings, located in the file.
    @Test(arguments: names + ["production"])
    func yamlModel(_ name: String) throws {
        let path = Self.modelsDirectory.appendingPathComponent("\(name).yaml").path
        let model = try ModelLoader.load(path)
        let findings = Validator.validate(model, today: "2026-01-01")
        #expect(keys(findings) == Self.expected[name]!)
        for f in findings { #expect(f.location?.file == path, "\(f.ruleID) \(f.elements)") }
    }

    @Test func securedAndMonitoredNamesTheRemedies() {
        let findings = Validator.validate(ReferenceModels.securedAndMonitored(), today: "2026-01-01")
        let plaintext = findings.first { $0.ruleID == "tls.plaintext-after-termination" }
        #expect(plaintext?.evidence.contains("lb -> web-1: http 80 (unencrypted)") == true)
        #expect(plaintext?.recommendation.contains("re-encrypt") == true)
        #expect(plaintext?.recommendation.contains("pass TLS through") == true)
        #expect(plaintext?.recommendation.contains("mutual TLS") == true)
        #expect(plaintext?.recommendation.lowercased().contains("offload") == false)
        let write = findings.first { $0.ruleID == "data.single-write-node" }
        for remedy in ["Orchestrator", "MHA", "InnoDB Cluster", "Group Replication", "shard"] {
            #expect(write?.recommendation.contains(remedy) == true, "missing \(remedy)")
        }
    }

    @Test func cleanDesignHasNoFindings() {
        let findings = Validator.validate(CleanModel.make(), today: "2026-11-25")
        #expect(findings.isEmpty, "\(findings.map(Summary.init))")
    }
}

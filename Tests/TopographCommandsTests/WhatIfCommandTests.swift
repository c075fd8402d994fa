import Foundation
import Testing
import TopographFailure
import TopographModel
import TopographModelFiles
import TopographTestSupport

@testable import TopographCommands

/// `topograph whatif`: golden reports in every format, and the built binary's exit codes.
@Suite struct WhatIfCommandTests {
    static let secured = "models/secured-and-monitored.yaml"

    func report(_ model: String, failing: [ElementID] = []) throws -> WhatIfReport {
        let architecture = try ModelLoader.load(TestPaths.repositoryRoot.appendingPathComponent(model).path)
        return try WhatIfReport(analysis: FailureAnalysis(architecture), failing: failing)
    }

    @Test(arguments: [(WhatIfFormat.text, "whatif.txt"), (.json, "whatif.json"), (.markdown, "whatif.md")])
    func everySingleFailure(_ format: WhatIfFormat, golden: String) throws {
        try expectGolden(format.render(try report(Self.secured)), golden)
    }

    @Test(arguments: [(WhatIfFormat.text, "whatif-fail.txt"), (.json, "whatif-fail.json"), (.markdown, "whatif-fail.md")])
    func aChosenScenario(_ format: WhatIfFormat, golden: String) throws {
        try expectGolden(format.render(try report(Self.secured, failing: ["db-1", "server-2"])), golden)
    }

    @Test func anUnknownIDIsAUsageErrorWithASuggestion() throws {
        #expect {
            _ = try report(Self.secured, failing: ["db1"])
        } throws: { error in
            "\(error)" == "--fail db1: not an element of the model that can fail\n  hint: did you mean 'db-1'?"
        }
    }

    /// The done-when of issue 16, through the built binary on the Swift model.
    @Test func theBinarySaysWhatTheSecuredDesignLoses() throws {
        let result = try TestProcess.topograph(["whatif", "models/secured-and-monitored.swift"], in: TestPaths.repositoryRoot)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\nlb (load balancer): takes the site down\n"))
        #expect(
            result.stdout.contains(
                "\ndb-1 (database): every write stops until a person promotes db-2 or db-3 (no automatic failover declared)"))
        #expect(result.stdout.contains("\nserver-2 (host): degrades capacity only\n"))
    }

    @Test(arguments: [
        ["whatif"], ["whatif", "models/secured-and-monitored.yaml", "--fail", "nothing"],
        ["whatif", "models/secured-and-monitored.yaml", "--fail", "user"],
        ["whatif", "models/secured-and-monitored.yaml", "--format", "html"], ["whatif", "missing.yaml"],
    ])
    func usageAndModelErrorsExit2(_ arguments: [String]) throws {
        let result = try TestProcess.topograph(arguments, in: TestPaths.repositoryRoot)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(!result.stderr.isEmpty)
    }

    @Test func jsonFromTheBinaryParses() throws {
        let result = try TestProcess.topograph(
            ["whatif", Self.secured, "--fail", "lb", "--format", "json"], in: TestPaths.repositoryRoot)
        #expect(result.status == 0)
        let json = try JSONValue.parse(result.stdout)
        #expect(json["version"]?.number == 1)
        #expect(json["scenarios"]?.array?.first?["headline"]?.string == "takes the site down")
    }
}

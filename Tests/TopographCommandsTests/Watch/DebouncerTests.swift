import Testing

@testable import TopographCommands

/// A burst of saves makes one rebuild, after the files have been quiet; an endless burst still
/// rebuilds now and then.
@Suite struct DebouncerTests {
    @Test func nothingIsDueWithoutChanges() {
        var debouncer = Debouncer(quiet: 0.3, longest: 2)
        debouncer.record([], at: 1)
        #expect(debouncer.due(at: 10) == nil)
    }

    @Test func aBurstIsDueOnceAfterTheQuietPeriod() {
        var debouncer = Debouncer(quiet: 0.3, longest: 2)
        debouncer.record(["b.yml"], at: 1.0)
        #expect(debouncer.due(at: 1.2) == nil, "still within the quiet period")
        debouncer.record(["a.yml", "b.yml"], at: 1.2)
        #expect(debouncer.due(at: 1.4) == nil, "the quiet period restarts with each change")
        #expect(debouncer.due(at: 1.5) == ["a.yml", "b.yml"], "the burst's files, once, sorted")
        #expect(debouncer.due(at: 5) == nil, "and only once")
    }

    @Test func aFileThatNeverStopsChangingIsRebuiltAfterTheLongestWait() {
        var debouncer = Debouncer(quiet: 0.3, longest: 2)
        var time = 0.0
        var rebuilds: [Double] = []
        while time < 5 {
            debouncer.record(["log.yml"], at: time)
            if debouncer.due(at: time) != nil { rebuilds.append(time) }
            time += 0.25
        }
        #expect(rebuilds == [2.0, 4.25])
    }

    @Test func changesAfterARebuildStartANewBurst() {
        var debouncer = Debouncer(quiet: 0.3, longest: 2)
        debouncer.record(["a.yml"], at: 0)
        #expect(debouncer.due(at: 0.5) == ["a.yml"])
        debouncer.record(["c.yml"], at: 3)
        #expect(debouncer.due(at: 3.1) == nil)
        #expect(debouncer.due(at: 3.4) == ["c.yml"])
    }
}

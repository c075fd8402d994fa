/// Repeated measurements of one thing; the median is what tables show (these machines are noisy).
struct Sample {
    var values: [Double]

    init(_ values: [Double]) { self.values = values }

    var median: Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    var count: Int { values.count }
}

enum Timing {
    /// Runs `body` `repeats` times (after one untimed warm-up when `warmUp`) and returns the wall times.
    static func measure(repeats: Int, warmUp: Bool = true, _ body: () throws -> Void) rethrows -> Sample {
        if warmUp { try body() }
        var values: [Double] = []
        for _ in 0..<max(1, repeats) {
            let start = ContinuousClock.now
            try body()
            values.append(start.duration(to: .now).seconds)
        }
        return Sample(values)
    }

    /// Times a child process `repeats` times; a status outside `allowed` is an error.
    static func spawn(
        repeats: Int, _ argv: [String], environment: [String: String]? = nil, allowed: Set<Int32> = [0],
        before: () -> Void = {}
    ) throws -> Sample {
        var values: [Double] = []
        for _ in 0..<max(1, repeats) {
            before()
            let result =
                if let environment { try Spawn.run(argv, environment: environment) } else { try Spawn.run(argv) }
            guard allowed.contains(result.status) else {
                throw SpawnError(description: "\(argv.joined(separator: " ")) exited with status \(result.status)")
            }
            values.append(result.seconds)
        }
        return Sample(values)
    }
}

import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One finished child process: wall time and exit status.
struct SpawnResult {
    var seconds: Double
    var status: Int32
    var succeeded: Bool { status == 0 }
}

struct SpawnError: Error, CustomStringConvertible {
    var description: String
}

/// Runs programs with `posix_spawn` (Foundation's `Process` is slow to start on Linux).
enum Spawn {
    /// Runs `argv` (looked up in PATH) with stdout and stderr sent to files, and waits for it.
    static func run(
        _ argv: [String], environment: [String: String] = ProcessInfo.processInfo.environment,
        stdout: String = "/dev/null", stderr: String = "/dev/null"
    ) throws -> SpawnResult {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            cArguments.forEach { free($0) }
            cEnvironment.forEach { free($0) }
        }
        var pid = pid_t()
        let start = ContinuousClock.now
        let code = posix_spawnp(&pid, argv[0], &actions, nil, cArguments, cEnvironment)
        guard code == 0 else { throw SpawnError(description: "cannot run \(argv[0]): \(String(cString: strerror(code)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw SpawnError(description: "waitpid failed for \(argv[0])") }
        }
        let elapsed = start.duration(to: .now)
        // WIFEXITED / WEXITSTATUS are macros Swift cannot import.
        let exitCode: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return SpawnResult(seconds: elapsed.seconds, status: exitCode)
    }

    /// The peak resident memory of one run of `argv`, in kilobytes, as GNU time reports it; nil when
    /// `/usr/bin/time` is missing or the run fails.
    ///
    /// Not `wait4`'s `ru_maxrss`: glibc's `posix_spawn` shares the parent's address space until `exec`,
    /// and Linux folds that address space's peak into the child's, so a large parent would inflate it.
    static func peakKilobytes(_ argv: [String], scratch: String, allowed: Set<Int32> = [0]) -> Int? {
        let time = "/usr/bin/time"
        guard FileManager.default.isExecutableFile(atPath: time) else { return nil }
        let report = "\(scratch)/peak-\(UInt64.random(in: 0...UInt64.max)).txt"
        defer { unlink(report) }
        guard let result = try? run([time, "-f", "%M", "-o", report] + argv), allowed.contains(result.status),
            let text = try? String(contentsOfFile: report, encoding: .utf8)
        else { return nil }
        return text.split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// Runs `argv` and returns its standard output (and error) as text; empty when it cannot run.
    static func capture(_ argv: [String], scratch: String) -> String {
        let path = scratch + "/capture.txt"
        guard (try? run(argv, stdout: path, stderr: path)) != nil else { return "" }
        return ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

extension Duration {
    /// The duration in seconds as a Double.
    var seconds: Double {
        let (s, attoseconds) = components
        return Double(s) + Double(attoseconds) / 1e18
    }
}

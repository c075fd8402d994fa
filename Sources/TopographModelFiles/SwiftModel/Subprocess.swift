import Foundation

/// Runs a program with `posix_spawn` (Foundation's `Process` costs ~50 ms per spawn on Linux)
/// under a wall-clock limit, with stdout and stderr going to one file.
enum Subprocess {
    /// How a run ended.
    enum Termination: Equatable {
        case exited(Int32)
        case signalled(Int32)
        case timedOut
    }

    /// Runs `executable` with `arguments` in its own process group (so a time-out kills any
    /// children too), stdin from /dev/null, and stdout+stderr appended to `outputPath`.
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String], outputPath: String,
        timeLimit: Double
    ) throws -> Termination {
        #if canImport(Darwin)
            var actions: posix_spawn_file_actions_t? = nil
            var attributes: posix_spawnattr_t? = nil
        #else
            var actions = posix_spawn_file_actions_t()
            var attributes = posix_spawnattr_t()
        #endif
        // Darwin's spawn types are opaque pointers, glibc's are structs.
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setpgroup(&attributes, 0)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK))

        let argv = cStrings([executable] + arguments)
        let envp = cStrings(environment.map { "\($0.key)=\($0.value)" }.sorted())
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw SubprocessError("cannot run \(executable): \(String(cString: strerror(spawned)))")
        }
        return wait(for: pid, timeLimit: timeLimit)
    }

    /// Polls with a growing sleep: fast for quick children, cheap for slow ones.
    private static func wait(for pid: pid_t, timeLimit: Double) -> Termination {
        let deadline = monotonicSeconds() + timeLimit
        var status: Int32 = 0
        var pause: UInt32 = 500
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { break }
            if result == -1 && errno != EINTR { return .exited(-1) }
            if monotonicSeconds() >= deadline {
                kill(-pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                return .timedOut
            }
            usleep(pause)
            pause = min(pause * 2, 20_000)
        }
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
    }

    private static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    private static func cStrings(_ strings: [String]) -> [UnsafeMutablePointer<CChar>?] {
        strings.map { strdup($0) } + [nil]
    }
}

/// The environment failed us (cannot spawn, cannot write the cache): not the model's fault.
struct SubprocessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

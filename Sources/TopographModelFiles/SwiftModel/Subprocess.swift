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

    /// The compiled supervisor and what it should impose on the program it runs.
    struct Supervision {
        var path: String
        /// The program's address-space limit in bytes; 0 for none.
        var memoryLimit: UInt64 = 0
    }

    /// Runs `executable` with `arguments` in a process group of its own, stdin from /dev/null, and
    /// stdout+stderr written to `outputPath`. With a `supervisor`, the group dies with topograph
    /// even when topograph is killed with SIGKILL; without one (only to build the supervisor), it
    /// dies on SIGINT, SIGTERM and SIGHUP. Either way the group is killed on the time limit and swept
    /// when the program ends, so nothing the program started survives it.
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String], outputPath: String,
        timeLimit: Double, supervisor: Supervision?
    ) throws -> Termination {
        var command = [executable] + arguments
        if let supervisor {
            command = [supervisor.path, String(getpid()), String(supervisor.memoryLimit)] + command
        }
        ChildGroups.stopOnSignals()
        let pid = try spawn(command, environment: environment, outputPath: outputPath)
        let slot = ChildGroups.register(pid, supervised: supervisor != nil)
        defer {
            kill(-pid, SIGKILL)  // whatever the program left running in its group
            ChildGroups.unregister(slot)
        }
        return wait(for: pid, timeLimit: timeLimit, supervised: supervisor != nil)
    }

    /// Starts `command` as the leader of a new process group, signals reset to their defaults.
    private static func spawn(_ command: [String], environment: [String: String], outputPath: String) throws -> pid_t {
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
        // An ignored SIGINT (a background job of a script) must not make the model unkillable.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = cStrings(command)
        let envp = cStrings(environment.map { "\($0.key)=\($0.value)" }.sorted())
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, command[0], &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw SubprocessError("cannot run \(command[0]): \(String(cString: strerror(spawned)))")
        }
        return pid
    }

    /// Polls with a growing sleep: fast for quick children, cheap for slow ones.
    private static func wait(for pid: pid_t, timeLimit: Double, supervised: Bool) -> Termination {
        let deadline = monotonicSeconds() + timeLimit
        var status: Int32 = 0
        var pause: UInt32 = 500
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { break }
            if result == -1 && errno != EINTR { return .exited(-1) }
            if monotonicSeconds() >= deadline {
                stop(pid, supervised: supervised)
                return .timedOut
            }
            usleep(pause)
            pause = min(pause * 2, 20_000)
        }
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
    }

    /// A supervisor gets SIGTERM and a second to kill the program's tree; then, or without one,
    /// the group is killed.
    private static func stop(_ pid: pid_t, supervised: Bool) {
        var status: Int32 = 0
        if supervised {
            kill(pid, SIGTERM)
            for _ in 0..<100 {
                if waitpid(pid, &status, WNOHANG) == pid { return }
                usleep(10_000)
            }
        }
        kill(-pid, SIGKILL)
        _ = waitpid(pid, &status, 0)
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
    /// What the user can do about it.
    var hint: String?
    init(_ description: String, hint: String? = nil) {
        self.description = description
        self.hint = hint
    }
}

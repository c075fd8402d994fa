import Foundation

/// `topograph-supervisor`: the program every compile and run of a Swift model goes through.
///
/// Foundation's `Process` and `posix_spawn` cannot set Linux's parent-death signal in the child, so
/// topograph spawns this small program (compiled into the cache beside the DSL, from the text below)
/// as the leader of a new process group. It arms `PR_SET_PDEATHSIG`, becomes a child subreaper,
/// applies the memory limit, starts the real program and waits. When the program ends, when
/// topograph sends it SIGTERM (Ctrl-C, the time limit) or when topograph dies, even by SIGKILL, it
/// kills the program and everything the program started, even processes that left its process
/// group or session, so nothing outlives the command.
enum Supervisor {
    /// The program's text; it is part of the compiled DSL's cache key, so a change rebuilds it.
    static let source = #"""
        #if canImport(Glibc)
            import Glibc
        #else
            import Darwin
        #endif

        // topograph-supervisor PARENT-PID MEMORY-BYTES PROGRAM [ARGUMENT...]
        // Runs PROGRAM and lives exactly as long as topograph: when PROGRAM ends, when topograph asks it
        // to stop (SIGTERM, SIGINT, SIGHUP) or when topograph dies, even by SIGKILL, it kills PROGRAM and
        // every process PROGRAM started, wherever they moved (own process group, new session, orphaned),
        // then exits the way PROGRAM did.
        let arguments = CommandLine.arguments
        guard arguments.count >= 4, let parent = pid_t(arguments[1]), let memory = UInt64(arguments[2]) else {
            fputs("usage: topograph-supervisor PARENT-PID MEMORY-BYTES PROGRAM [ARGUMENT...]\n", stderr)
            exit(125)
        }
        let stopSignals = [SIGTERM, SIGINT, SIGHUP]
        var blocked = sigset_t()
        sigemptyset(&blocked)
        for signalNumber in stopSignals { sigaddset(&blocked, signalNumber) }
        sigprocmask(SIG_BLOCK, &blocked, nil)

        #if os(Linux)
            // prctl is variadic, which Swift cannot call; its fixed-argument form is ABI-compatible.
            typealias Prctl = @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32
            if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "prctl") {
                let prctl = unsafeBitCast(symbol, to: Prctl.self)
                _ = prctl(1 /* PR_SET_PDEATHSIG */, UInt(SIGTERM), 0, 0, 0)
                _ = prctl(36 /* PR_SET_CHILD_SUBREAPER: orphans of PROGRAM's tree become ours */, 1, 0, 0, 0)
            }
            if memory > 0 {
                var limit = rlimit(rlim_cur: rlim_t(memory), rlim_max: rlim_t(memory))
                setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit)
            }
        #endif
        // topograph may have died before the death signal was armed.
        guard getppid() == parent else { exit(125) }

        /// The pids whose parent is this process, from /proc (empty where there is no /proc).
        func children() -> [pid_t] {
            guard let directory = opendir("/proc") else { return [] }
            defer { closedir(directory) }
            var found: [pid_t] = []
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                guard let pid = pid_t(name), let stat = fopen("/proc/\(name)/stat", "r") else { continue }
                var buffer = [CChar](repeating: 0, count: 512)
                let line = fgets(&buffer, 512, stat).map { _ in String(cString: buffer) } ?? ""
                fclose(stat)
                // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last ')'.
                guard let close = line.lastIndex(of: ")") else { continue }
                let fields = line[line.index(after: close)...].split(separator: " ")
                if fields.count > 1, pid_t(fields[1]) == getpid() { found.append(pid) }
            }
            return found
        }

        /// Kills PROGRAM's group, then every child of ours until none is left: a killed process's own
        /// children are re-parented to us (we are their subreaper), so each round reaches one level deeper.
        func killTree(group: pid_t) {
            kill(-group, SIGKILL)
            for _ in 0..<1000 {
                let found = children()
                if found.isEmpty { break }
                for child in found { kill(child, SIGKILL) }
                for child in found { while waitpid(child, nil, 0) == -1 && errno == EINTR {} }
            }
        }

        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        #if canImport(Glibc)
            var attributes = posix_spawnattr_t()
        #else
            var attributes: posix_spawnattr_t? = nil
        #endif
        posix_spawnattr_init(&attributes)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP))
        let argv = arguments.dropFirst(3).map { strdup($0) } + [nil]
        var program: pid_t = 0
        let spawned = posix_spawn(&program, arguments[3], nil, &attributes, argv, environ)
        guard spawned == 0 else {
            fputs("topograph-supervisor: cannot run \(arguments[3]): \(String(cString: strerror(spawned)))\n", stderr)
            exit(126)
        }

        // Poll rather than wait: a stop signal, topograph's death and PROGRAM's end are all seen within 20 ms.
        var status: Int32 = 0
        var pause: UInt32 = 200
        while true {
            let result = waitpid(program, &status, WNOHANG)
            if result == program { break }
            var pending = sigset_t()
            sigpending(&pending)
            if stopSignals.contains(where: { sigismember(&pending, $0) == 1 }) || getppid() != parent {
                killTree(group: program)
                exit(128 + SIGTERM)
            }
            usleep(pause)
            pause = min(pause * 2, 20_000)
        }
        killTree(group: program)
        let signalled = status & 0x7f
        if signalled == 0 { exit((status >> 8) & 0xff) }
        // End the way PROGRAM ended, so topograph sees the signal (a trap, or the memory limit).
        signal(signalled, SIG_DFL)
        var raised = sigset_t()
        sigemptyset(&raised)
        sigaddset(&raised, signalled)
        sigprocmask(SIG_UNBLOCK, &raised, nil)
        kill(getpid(), signalled)
        exit(128 + signalled)
        """#

    /// Compiles the supervisor to `path` (a second or two, once per cache entry).
    static func build(
        to path: String, compiler: SwiftCompiler, cache: ModelCache, environment: [String: String]
    ) throws {
        let sourcePath = path + ".swift"
        try cache.writeAtomically(Data(source.utf8), to: sourcePath)
        let arguments = ["-Onone", "-module-cache-path", cache.clangModuleCache, sourcePath, "-o", path]
        let log = path + ".log"
        let termination = try Subprocess.run(
            compiler.path, arguments, environment: environment, outputPath: log, timeLimit: 600, supervisor: nil)
        guard termination == .exited(0) else {
            let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            throw SubprocessError("compiling topograph's process supervisor with \(compiler.path) failed (\(termination)):\n\(output)")
        }
    }
}

import Foundation
import TopographCommands

#if os(Linux)
    /// glibc's `mallopt` (malloc.h, which the Glibc module does not export).
    @_silgen_name("mallopt")
    private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
    /// malloc.h's `M_ARENA_MAX`.
    private let arenaMax: Int32 = -8

    // Lint spreads a big model's parsing, facts and rules over the cores. By default glibc gives
    // each thread its own malloc arena, and memory one arena freed is not reused by another (a
    // 100k-element model peaked 40 MB higher); one arena shared by all made the threads wait for
    // its lock (a third more CPU time). Three arenas: the main thread and two busy workers each
    // allocate without waiting, and the peak stays within a few megabytes of one arena's.
    _ = mallopt(arenaMax, 3)
#endif

exit(ExitStatus.run(Array(CommandLine.arguments.dropFirst())))

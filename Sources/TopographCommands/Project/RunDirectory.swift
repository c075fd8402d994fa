import Foundation
import TopographModelFiles

/// The one directory where a `generate` run keeps its temporary files and backups:
/// `.topograph-cache/tmp/<pid>/`.
///
/// Runs in one project take turns (the project lock), so when a run starts, everything else under
/// `tmp/` was left by a run that died (kill -9, power loss) and is removed. Nothing temporary is
/// ever written next to the artifacts, where `git status` would show it.
struct RunDirectory {
    let path: String
    private let counter = ConcurrentCounter()

    /// Sweeps what earlier runs left and creates this run's directory; call with the project lock held.
    static func start(in cache: ProjectCache) throws -> RunDirectory {
        let parent = (cache.directory as NSString).appendingPathComponent("tmp")
        let manager = FileManager.default
        for entry in (try? manager.contentsOfDirectory(atPath: parent)) ?? [] {
            try? manager.removeItem(atPath: (parent as NSString).appendingPathComponent(entry))
        }
        let path = (parent as NSString).appendingPathComponent("\(getpid())")
        do {
            try manager.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw ProjectCache.unusable(cache.directory, error)
        }
        return RunDirectory(path: path)
    }

    /// A fresh file name inside the run directory.
    func newFile(_ label: String) -> String {
        (path as NSString).appendingPathComponent("\(counter.increment())-\(label)")
    }

    /// Removes the directory and everything left in it.
    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// Temporary files that single-file writes (`render -o`, `docs -o`, older versions of generate) name
/// `.<file>.tmp-<pid>-<n>` beside their target; one left by a killed process shows in `git status`.
enum StrayTemporaries {
    /// Such files beside `paths` (relative to `root`), whose writing process is gone; root-relative.
    static func beside(_ paths: [String], root: String) -> [String] {
        var found = Set<String>()
        let byDirectory = Dictionary(grouping: paths) { ($0 as NSString).deletingLastPathComponent }
        for (directory, files) in byDirectory {
            let names = Set(files.map { ($0 as NSString).lastPathComponent })
            let absolute = directory.hasPrefix("/") ? directory : (root as NSString).appendingPathComponent(directory)
            for entry in (try? FileManager.default.contentsOfDirectory(atPath: absolute)) ?? [] {
                guard let (name, pid) = parse(entry), names.contains(name), !Leftovers.isAlive(pid) else { continue }
                found.insert((directory as NSString).appendingPathComponent(entry))
            }
        }
        return found.sorted()
    }

    /// `.overview.svg.tmp-123-456` -> ("overview.svg", 123).
    static func parse(_ entry: String) -> (name: String, pid: Int32)? {
        guard entry.hasPrefix("."), let marker = entry.range(of: ".tmp-", options: .backwards) else { return nil }
        let name = String(entry[entry.index(after: entry.startIndex)..<marker.lowerBound])
        let numbers = entry[marker.upperBound...].split(separator: "-")
        guard !name.isEmpty, numbers.count == 2, let pid = Int32(numbers[0]), UInt32(numbers[1]) != nil else { return nil }
        return (name, pid)
    }
}

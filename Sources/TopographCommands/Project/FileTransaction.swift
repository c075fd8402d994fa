import Foundation

/// Replaces and removes many files as one step: all of them, or (when a step fails) none.
///
/// New contents are staged in the run directory first; each replaced or removed file is kept as a
/// backup there (a hard link, so it costs nothing) until every step has succeeded. A failing step
/// undoes the earlier ones in reverse order, restoring every previous file.
struct FileTransaction {
    private enum Step {
        case replaced(target: String, backup: String)
        case created(target: String)
        case removed(target: String, backup: String)
        case createdDirectory(String)
    }

    let run: RunDirectory
    private var steps: [Step] = []
    /// Called before each rename with its index; tests use it to fail a commit half-way.
    var beforeStep: (Int) throws -> Void = { _ in }

    init(run: RunDirectory) { self.run = run }

    /// Writes `data` to a new file in the run directory and returns its path.
    func stage(_ data: Data, for target: String) throws -> String {
        let path = run.newFile((target as NSString).lastPathComponent)
        do { try data.write(to: URL(fileURLWithPath: path)) } catch {
            throw CLIError("cannot write a temporary file in \(run.path): \(Self.reason(error))")
        }
        return path
    }

    /// Moves every staged file onto its target and removes `removals`; on any failure, undoes all.
    mutating func commit(_ writes: [(staged: String, target: String)], removals: [String]) throws {
        do {
            for (index, write) in writes.enumerated() {
                try beforeStep(index)
                try replace(write.target, with: write.staged)
            }
            for (offset, target) in removals.enumerated() {
                try beforeStep(writes.count + offset)
                let backup = run.newFile("removed")
                try Self.move(target, to: backup)
                steps.append(.removed(target: target, backup: backup))
            }
        } catch {
            rollback()
            throw error
        }
        steps.removeAll()
    }

    private mutating func replace(_ target: String, with staged: String) throws {
        try createDirectories(for: target)
        if FileManager.default.fileExists(atPath: target) {
            let backup = run.newFile("previous")
            if link(target, backup) != 0 { try FileManager.default.copyItem(atPath: target, toPath: backup) }
            steps.append(.replaced(target: target, backup: backup))
        } else {
            steps.append(.created(target: target))
        }
        try Self.move(staged, to: target)
    }

    private mutating func createDirectories(for target: String) throws {
        var missing: [String] = []
        var directory = (target as NSString).deletingLastPathComponent
        while !FileManager.default.fileExists(atPath: directory) {
            missing.append(directory)
            directory = (directory as NSString).deletingLastPathComponent
        }
        for directory in missing.reversed() {
            guard mkdir(directory, 0o777) == 0 || errno == EEXIST else {
                throw CLIError("cannot create directory \(directory): \(String(cString: strerror(errno)))")
            }
            steps.append(.createdDirectory(directory))
        }
    }

    /// Undoes every step taken, newest first; best effort (a failure here leaves the backup in place).
    private mutating func rollback() {
        for step in steps.reversed() {
            switch step {
            case .replaced(let target, let backup), .removed(let target, let backup): try? Self.move(backup, to: target)
            case .created(let target): unlink(target)
            case .createdDirectory(let directory): rmdir(directory)
            }
        }
        steps.removeAll()
    }

    /// `rename`, or across file systems a copy beside the target renamed into place.
    static func move(_ source: String, to target: String) throws {
        if rename(source, target) == 0 { return }
        guard errno == EXDEV else { throw CLIError("cannot write \(target): \(String(cString: strerror(errno)))") }
        let name = (target as NSString).lastPathComponent
        let sibling = ((target as NSString).deletingLastPathComponent as NSString)
            .appendingPathComponent(".\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try FileManager.default.copyItem(atPath: source, toPath: sibling)
        } catch {
            throw CLIError("cannot write \(target): \(reason(error))")
        }
        guard rename(sibling, target) == 0 else {
            let message = String(cString: strerror(errno))
            unlink(sibling)
            throw CLIError("cannot write \(target): \(message)")
        }
        unlink(source)
    }

    /// The operating system's words for a Foundation error, not "NSCocoaErrorDomain Code=...".
    static func reason(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let code = underlying?.code, underlying?.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(code))) }
        return error.localizedDescription
    }
}

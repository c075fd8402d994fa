import Foundation

/// What a save changes about a file, read with one `stat`: editors that write a temporary file and
/// rename it over the original change the inode; those that write in place change the size or the
/// modification time (nanoseconds). A missing file has a stamp too, so deleting and re-creating a
/// model counts as two changes.
struct FileStamp: Hashable, Sendable {
    var exists: Bool
    var device: UInt64 = 0
    var inode: UInt64 = 0
    var size: Int64 = 0
    var modifiedSeconds: Int = 0
    var modifiedNanoseconds: Int = 0

    static let missing = FileStamp(exists: false)

    /// The stamp of `path` now (following symlinks, as the loaders do).
    static func of(_ path: String) -> FileStamp {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        #if os(Linux)
            let modified = info.st_mtim
        #else
            let modified = info.st_mtimespec
        #endif
        return FileStamp(
            exists: true, device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
            modifiedSeconds: Int(modified.tv_sec), modifiedNanoseconds: Int(modified.tv_nsec))
    }
}

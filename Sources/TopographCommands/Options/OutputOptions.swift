import ArgumentParser
import Foundation

/// `-o/--output`: the file a command writes instead of standard output. Every command that
/// produces a report, a diagram or a document takes this one group; the file is written
/// atomically (a temporary sibling, then a rename), so a failed run leaves the old file intact.
struct OutputOptions: ParsableArguments {
    @Option(
        name: [.customShort("o"), .customLong("output")],
        help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var file: String?

    /// Writes `data` to the output file, or to standard output without one.
    func write(_ data: Data) throws {
        if let file {
            try AtomicFile.write(data, to: file)
        } else {
            FileHandle.standardOutput.write(data)
        }
    }

    /// Writes UTF-8 text to the output file, or to standard output without one.
    func write(_ text: String) throws { try write(Data(text.utf8)) }
}

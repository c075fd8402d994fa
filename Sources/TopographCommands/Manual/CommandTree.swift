import ArgumentParser
import Foundation

/// The command tree as argument-parser describes it (its `--experimental-dump-help` JSON, version 0):
/// the one source for the man page, so the page can never disagree with `--help`.
struct CommandTree: Decodable {
    /// The only serialization version this reader knows; a newer argument-parser fails loudly.
    static let supportedVersion = 0

    var serializationVersion: Int
    var command: Command

    /// One command: its name, help texts, arguments and subcommands.
    struct Command: Decodable {
        var commandName: String
        var abstract: String?
        var discussion: String?
        var shouldDisplay: Bool?
        var superCommands: [String]?
        var subcommands: [Command]?
        var arguments: [Argument]?
    }

    /// One option, flag or positional argument.
    struct Argument: Decodable {
        var kind: String
        var shouldDisplay: Bool
        var isOptional: Bool
        var isRepeating: Bool
        var names: [Name]?
        var valueName: String?
        var defaultValue: String?
        var allValues: [String]?
        var abstract: String?
        var discussion: String?
    }

    /// `--long`, `-s` or `-long` (single dash).
    struct Name: Decodable {
        var kind: String
        var name: String

        var spelled: String { kind == "long" ? "--\(name)" : "-\(name)" }
    }

    /// The tree of `command`, read from argument-parser's own description of it.
    static func of(_ command: ParsableCommand.Type) throws -> CommandTree {
        let tree = try JSONDecoder().decode(CommandTree.self, from: Data(command._dumpHelp().utf8))
        guard tree.serializationVersion == supportedVersion else {
            throw CLIError(
                "argument-parser describes its commands in serialization version \(tree.serializationVersion); "
                    + "the man page generator reads version \(supportedVersion)",
                hint: "update Sources/TopographCommands/Manual/CommandTree.swift for the new format")
        }
        return tree
    }
}

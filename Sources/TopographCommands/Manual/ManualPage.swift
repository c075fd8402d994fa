import ArgumentParser

/// The topograph(1) man page in roff (man macros), generated from the command tree.
///
/// Deterministic: no date in `.TH`, commands and options in the order `--help` shows them.
enum ManualPage {
    /// The whole page for `command` and its subcommands.
    static func render(_ command: ParsableCommand.Type) throws -> String {
        let tree = try CommandTree.of(command).command
        let name = tree.commandName
        var page: [String] = [
            #".TH "\#(name.uppercased())" "1" "" "\#(name) \#(TopographCommand.version)" "User Commands""#,
            ".SH NAME",
            "\(Roff.escape(name)) \\- \(Roff.escape(tree.abstract ?? ""))",
            ".SH SYNOPSIS",
            ".B \(Roff.escape(name))",
            ".I command",
            ".RI [ options ]",
            ".SH DESCRIPTION",
        ]
        page += Roff.paragraphs(tree.discussion ?? tree.abstract ?? "")
        page.append(".SH COMMANDS")
        for subcommand in (tree.subcommands ?? []) where subcommand.shouldDisplay ?? true {
            page += section(subcommand, parent: name)
        }
        page += trailer(name)
        return page.joined(separator: "\n") + "\n"
    }

    /// One command: synopsis, abstract, options, then its discussion (exit status, examples).
    static func section(_ command: CommandTree.Command, parent: String) -> [String] {
        let full = "\(parent) \(command.commandName)"
        var lines = [".SS \(Roff.escape(full))", ".B \(Roff.escape(full))"]
        let arguments = (command.arguments ?? []).filter { $0.shouldDisplay && !Self.isBuiltIn($0) }
        lines += arguments.map(synopsis)
        lines.append(".PP")
        lines.append(Roff.escape(command.abstract ?? ""))
        for argument in arguments {
            lines.append(".TP")
            lines.append(term(argument))
            lines.append(Roff.escape(description(argument)))
        }
        if let discussion = command.discussion, !discussion.isEmpty {
            lines.append(".PP")
            lines += Roff.paragraphs(discussion)
        }
        for subcommand in (command.subcommands ?? []) where subcommand.shouldDisplay ?? true {
            lines += section(subcommand, parent: full)
        }
        return lines
    }

    /// `--help` and `--version` are the same on every command; the page names them once.
    static func isBuiltIn(_ argument: CommandTree.Argument) -> Bool {
        argument.names?.contains { $0.kind == "long" && ($0.name == "help" || $0.name == "version") } ?? false
    }

    /// `[--format <format>]`, `<models> ...` and the like, for the synopsis line.
    static func synopsis(_ argument: CommandTree.Argument) -> String {
        var text = usage(argument)
        if argument.isRepeating { text += " ..." }
        return argument.isOptional ? ".RI [ \(Roff.quote(text)) ]" : ".RI \(Roff.quote(text))"
    }

    static func usage(_ argument: CommandTree.Argument) -> String {
        let value = "<\(argument.valueName ?? "value")>"
        guard let name = argument.names?.first(where: { $0.kind == "long" }) ?? argument.names?.first else { return value }
        return argument.kind == "option" ? "\(name.spelled) \(value)" : name.spelled
    }

    /// `\fB\-o\fR, \fB\-\-output\fR \fIfile\fR`: every spelling of an option and its value.
    static func term(_ argument: CommandTree.Argument) -> String {
        let value = argument.valueName.map { "\\fI\(Roff.escape($0))\\fR" } ?? ""
        guard let names = argument.names, !names.isEmpty else { return value }
        let spelled = names.map { "\\fB\(Roff.escape($0.spelled))\\fR" }.joined(separator: ", ")
        return argument.kind == "option" ? "\(spelled) \(value)" : spelled
    }

    /// The option's help, its values and its default.
    static func description(_ argument: CommandTree.Argument) -> String {
        var text = argument.abstract ?? ""
        if let values = argument.allValues, !values.isEmpty, !text.contains(values.joined(separator: ", ")) {
            text += " Values: \(values.joined(separator: ", "))."
        }
        if let value = argument.defaultValue, !value.isEmpty { text += " Default: \(value)." }
        if let discussion = argument.discussion, !discussion.isEmpty { text += " " + discussion }
        return text
    }

    /// Exit status, environment, files and related pages: what every command shares.
    static func trailer(_ name: String) -> [String] {
        [
            ".SH EXIT STATUS",
            ".TP", "0", "Success: no finding at or above the threshold, every artifact fresh.",
            ".TP", "1", "Findings at or above the threshold, or stale or missing generated files.",
            ".TP", "2", "A usage error, or a model or configuration that does not load; the message names file:line:column.",
            ".SH ENVIRONMENT",
            ".TP", ".B TOPOGRAPH_TODAY", "The date accepted risks are checked against (YYYY\\-MM\\-DD) when \\-\\-today is not given.",
            ".TP", ".B TOPOGRAPH_CACHE_DIR", "Where compiled Swift models are cached (default \\fI$XDG_CACHE_HOME/topograph\\fR).",
            ".TP", ".B TOPOGRAPH_SWIFTC", "The swiftc used for Swift models (default: swiftc on PATH).",
            ".TP", ".B TOPOGRAPH_MODEL_TIMEOUT", "Seconds a Swift model may run (default 60).",
            ".TP", ".B CI", "When set, no progress lines.",
            ".TP", ".B NO_COLOR", "When set, no colour in the text lint report.",
            ".SH FILES",
            ".TP", ".I topograph.yml", "The project configuration read by generate and check, found here or in a parent directory.",
            ".TP", ".I .topograph\\-cache/", "Hashes of inputs and outputs that let generate skip unchanged models.",
            ".SH SEE ALSO",
            ".BR dot (1)",
        ]
    }
}

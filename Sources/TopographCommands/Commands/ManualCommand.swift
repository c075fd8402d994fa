import ArgumentParser

/// `topograph manual`: the topograph(1) man page, generated from the command tree.
struct ManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manual",
        abstract: "Print the topograph(1) man page (roff), generated from the command tree.",
        discussion: """
            The page has every command with its options, defaults and examples, the exit status and \
            the environment variables; the release tarball ships it as share/man/man1/topograph.1.

            Examples:
              topograph manual | man -l -
              topograph manual > /usr/local/share/man/man1/topograph.1
            """)

    @OptionGroup var output: OutputOptions

    func run() throws {
        try output.write(try ManualPage.render(TopographCommand.self))
    }
}

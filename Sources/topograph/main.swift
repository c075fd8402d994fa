import Foundation
import TopographCommands

exit(ExitStatus.run(Array(CommandLine.arguments.dropFirst())))

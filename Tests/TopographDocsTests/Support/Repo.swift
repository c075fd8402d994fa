import Foundation

/// Paths in the repository, for tests that read the reference models or run the built binary.
enum Repo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
    static let referenceModels = ["secured-and-monitored", "simple-web-stack", "distributed", "scale-up", "production"]
}

// swift-tools-version: 6.1
import PackageDescription

// Dependencies are few on purpose: CI builds from a clean clone on 2 cores.
let package = Package(
    name: "Topograph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "topograph", targets: ["topograph"]),
        .library(name: "TopographDSL", targets: ["TopographDSL"]),
        .library(name: "TopographModel", targets: ["TopographModel"]),
        .plugin(name: "TopographPlugin", targets: ["TopographPlugin"]),
        .plugin(name: "TopographWritePlugin", targets: ["TopographWritePlugin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // `topograph serve`'s HTTP server: async, BSD sockets, no SwiftNIO (builds in ~15 s, not ~2.5 min).
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // Thin shims over system libraries: a module map and one header each.
        .systemLibrary(
            name: "CGraphviz", path: "Sources/CGraphviz", pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]),
        .systemLibrary(
            name: "CCmarkGFM", path: "Sources/CCmarkGFM",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(
            name: "CLibYAML", path: "Sources/CLibYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),

        // Plain values: architecture, elements, flows, findings, source locations, graph queries.
        .target(name: "TopographModel"),
        // Result builders that lower to model values. No I/O, no rendering.
        .target(name: "TopographDSL", dependencies: ["TopographModel"]),
        // YAML/JSON loading with line/column errors; Swift model compile-and-load.
        .target(
            name: "TopographModelFiles",
            dependencies: [
                "TopographModel", "CLibYAML", "Yams",
            ], plugins: ["EmbedDSLSources"]),
        // The facts every output reads: reach, TLS, firewalls, monitoring, replication, tiers, failure.
        .target(name: "TopographAnalysis", dependencies: ["TopographModel"]),
        // Rule protocol, registry, Rules/<Category>/<Rule>.swift.
        .target(name: "TopographValidation", dependencies: ["TopographModel", "TopographAnalysis", "TopographFailure"]),
        // Failure analysis: structure functions as decision diagrams, exact availability, failure scenarios.
        .target(name: "TopographFailure", dependencies: ["TopographModel", "TopographAnalysis"]),
        // Pure Swift DOT encoder and styles.
        .target(name: "TopographDOT", dependencies: ["TopographModel", "TopographAnalysis"]),
        // The only code touching libgvc.
        .target(name: "TopographGraphviz", dependencies: ["CGraphviz", "CZlib"]),
        // Markdown sections; the only code touching cmark-gfm.
        .target(name: "TopographDocs", dependencies: ["TopographModel", "TopographAnalysis", "TopographFailure", "CCmarkGFM"]),
        // Synthetic models of any size (secured-and-monitored scaled to N servers) for tests and benchmarks.
        .target(name: "TopographSynthetic", dependencies: ["TopographModel"]),
        // The live preview's loopback HTTP server; the only target that sees FlyingFox.
        .target(
            name: "TopographServe",
            dependencies: [.product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox")]),
        // CLI logic as a library that tests drive in-process.
        .target(
            name: "TopographCommands",
            dependencies: [
                "TopographModel", "TopographModelFiles", "TopographValidation", "TopographDOT",
                "TopographGraphviz", "TopographDocs", "TopographFailure", "TopographServe", "Yams",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(name: "topograph", dependencies: ["TopographCommands"]),
        // `swift package topograph check`: runs the CLI inside any Swift package, nothing to install.
        // Read-only commands need no permission; `topograph-write` (generate, init, -o) asks for it.
        .plugin(
            name: "TopographPlugin",
            capability: .command(
                intent: .custom(verb: "topograph", description: "Run a read-only topograph command (check, lint, diff, ...)")
            ),
            dependencies: ["topograph"]
        ),
        .plugin(
            name: "TopographWritePlugin",
            capability: .command(
                intent: .custom(verb: "topograph-write", description: "Run a topograph command that writes (generate, init)"),
                permissions: [.writeToPackageDirectory(reason: "topograph generate writes diagrams and design docs")]
            ),
            dependencies: ["topograph"]
        ),
        // Benchmarks against Graphviz and the Python peer; run with `scripts/bench.sh` (release build).
        .executableTarget(
            name: "topograph-bench",
            dependencies: [
                "TopographSynthetic", "TopographModelFiles", "TopographValidation", "TopographDOT",
                "TopographGraphviz", "TopographDocs", "Yams",
            ]),

        // Embeds the DSL's own sources into the CLI, so `*.swift` models compile anywhere the binary runs.
        .executableTarget(name: "topograph-embed", path: "Plugins/EmbedTool"),
        .plugin(name: "EmbedDSLSources", capability: .buildTool(), dependencies: ["topograph-embed"]),

        // Helpers shared by the test targets (not shipped).
        .target(name: "TopographTestSupport", dependencies: ["CZlib"], path: "Tests/TopographTestSupport"),
        .testTarget(name: "TopographModelTests", dependencies: ["TopographModel"]),
        .testTarget(name: "TopographDSLTests", dependencies: ["TopographDSL"]),
        .testTarget(
            name: "TopographModelFilesTests",
            dependencies: [
                "TopographModelFiles", "TopographDSL", "TopographTestSupport", "TopographSynthetic",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "TopographAnalysisTests",
            dependencies: [
                "TopographAnalysis", "TopographValidation", "TopographDocs", "TopographDOT", "TopographModelFiles",
                "TopographTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
        .testTarget(
            name: "TopographValidationTests",
            dependencies: [
                "TopographAnalysis", "TopographValidation", "TopographDSL", "TopographModelFiles", "TopographTestSupport",
            ]),
        .testTarget(
            name: "TopographDOTTests",
            dependencies: [
                "TopographDOT", "TopographValidation", "TopographModelFiles", "TopographGraphviz", "TopographTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ], exclude: ["Golden"]),
        .testTarget(
            name: "TopographGraphvizTests", dependencies: ["TopographGraphviz", "TopographTestSupport"], exclude: ["Regressions"]),
        .testTarget(
            name: "TopographDocsTests",
            dependencies: [
                "TopographDocs", "TopographAnalysis", "TopographValidation", "TopographModelFiles", "TopographTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
        .testTarget(
            name: "TopographCommandsTests",
            dependencies: [
                "TopographCommands", "TopographModel", "TopographModelFiles", "TopographFailure", "TopographValidation",
                "TopographDOT", "TopographDocs", "TopographTestSupport",
            ], exclude: ["Golden", "Fixtures"]),
        .testTarget(
            name: "TopographFailureTests",
            dependencies: [
                "TopographFailure", "TopographAnalysis", "TopographDSL", "TopographModelFiles", "TopographTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
        .testTarget(name: "TopographSyntheticTests", dependencies: ["TopographSynthetic", "TopographModelFiles"]),
        .testTarget(name: "TopographBenchTests", dependencies: ["topograph-bench"]),
        .testTarget(name: "TopographServeTests", dependencies: ["TopographServe"]),
    ],
    swiftLanguageModes: [.v6]
)

// Each target folder keeps a README saying what it owns and must not import; it is not a source.
for target in package.targets where target.type == .regular || target.type == .executable {
    if [
        "TopographModel", "TopographDSL", "TopographModelFiles", "TopographAnalysis", "TopographValidation", "TopographDOT",
        "TopographGraphviz", "TopographDocs", "TopographSynthetic", "topograph-bench", "TopographFailure", "TopographServe",
    ].contains(target.name) {
        target.exclude.append("README.md")
    }
}

// swift-tools-version:6.0
import PackageDescription

// Dependencies point one way: infragate (front) → Reporters → Engine → Rules/Parsers/Git → CLibgit2.
let package = Package(
    name: "infragate",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "infragate", targets: ["infragate"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibgit2",
            path: "Sources/CLibgit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"])]
        ),
        // zlib (a dependency of libgit2 already): the gzipped size of a SARIF log, which GitHub limits.
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // Vectorscan finds every secret detector's anchors in one linear pass.
        .systemLibrary(
            name: "CVectorscan",
            path: "Sources/CVectorscan",
            pkgConfig: "libhs",
            providers: [.apt(["libvectorscan-dev"])]
        ),
        .target(name: "CArguments", path: "Sources/CArguments"),
        // libgit2 parses the system CA bundle at initialisation; a gate that never goes online skips it.
        .target(name: "CNoCertificates", path: "Sources/CNoCertificates"),
        .target(name: "InfragateGit", dependencies: ["CLibgit2"], path: "Sources/Git"),
        .target(name: "InfragateParsers", dependencies: [.product(name: "Yams", package: "Yams")], path: "Sources/Parsers"),
        .target(name: "InfragateRules", dependencies: ["InfragateParsers", "CVectorscan"], path: "Sources/Rules"),
        .target(
            name: "InfragateEngine",
            dependencies: ["InfragateGit", "InfragateParsers", "InfragateRules", "CZlib"],
            path: "Sources/Engine"
        ),
        .target(name: "InfragateReporters", dependencies: ["InfragateEngine", "InfragateRules", "CZlib"], path: "Sources/Reporters"),
        .executableTarget(
            name: "infragate",
            dependencies: [
                "InfragateEngine", "InfragateReporters", "InfragateRules", "CArguments", "CNoCertificates",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/infragate"
        ),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "GitTests", dependencies: ["InfragateGit", "TestSupport"], path: "Tests/GitTests"),
        .testTarget(name: "ParserTests", dependencies: ["InfragateParsers"], path: "Tests/ParserTests"),
        .testTarget(name: "RuleTests", dependencies: ["InfragateRules", "InfragateParsers"], path: "Tests/RuleTests"),
        .testTarget(name: "EngineTests", dependencies: ["InfragateEngine", "InfragateRules", "TestSupport"], path: "Tests/EngineTests"),
        .testTarget(name: "ReporterTests", dependencies: ["InfragateReporters", "InfragateEngine", "InfragateRules"], path: "Tests/ReporterTests"),
        .testTarget(name: "IntegrationTests", dependencies: ["InfragateEngine", "InfragateRules", "TestSupport"], path: "Tests/IntegrationTests"),
        // Every way around the gate, pushed through a real bare repository: each attack refused, its clean twin accepted.
        .testTarget(name: "TrustTests", dependencies: ["InfragateEngine", "InfragateRules", "TestSupport"], path: "Tests/TrustTests"),
    ]
)

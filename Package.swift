// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Socle",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "socle", targets: ["socle"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        // The signal handlers that give the terminal back and keep unsaved edits (C: async-signal-safe).
        .target(name: "SessionGuard"),
        .target(name: "PlanDomain"),
        // The files shipped inside the program: the top-level themes/ and examples/ folders are
        // resource targets, so `swift run` finds them wherever the package is checked out.
        .target(name: "BundledThemes", path: "themes", resources: [
            .copy("default.toml"), .copy("light.toml"), .copy("projector.toml"), .copy("mono.toml"),
        ]),
        .target(name: "BundledExample", path: "examples", exclude: ["README.md"], resources: [.copy("kibara")]),
        .target(name: "PlanStore", dependencies: ["PlanDomain", .product(name: "CSV", package: "CSV.swift")]),
        .target(name: "Workbench", dependencies: [
            "PlanDomain", "PlanStore", "BundledThemes",
            .product(name: "TOMLKit", package: "TOMLKit"),
        ]),
        .target(name: "CursesTerminal", dependencies: ["CNcurses", "SessionGuard", "Workbench"]),
        .executableTarget(name: "socle", dependencies: [
            "PlanDomain", "PlanStore", "Workbench", "CursesTerminal", "SessionGuard", "BundledExample",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "socle-bench", dependencies: ["PlanDomain", "PlanStore", "Workbench", "BundledExample"]),
        .testTarget(name: "PlanDomainTests", dependencies: ["PlanDomain"]),
        .testTarget(name: "PlanStoreTests", dependencies: ["PlanStore", "PlanDomain", "socle-bench"]),
        .testTarget(name: "WorkbenchTests", dependencies: ["Workbench", "PlanStore", "PlanDomain"], exclude: ["Golden"]),
        .testTarget(name: "EndToEndTests", dependencies: ["PlanStore", "PlanDomain", "socle"]),
    ]
)

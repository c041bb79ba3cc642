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
    ],
    targets: [
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        .target(name: "PlanDomain"),
        .target(name: "PlanStore", dependencies: ["PlanDomain"]),
        .target(name: "Workbench", dependencies: [
            "PlanDomain", "PlanStore",
            .product(name: "TOMLKit", package: "TOMLKit"),
        ]),
        .target(name: "CursesTerminal", dependencies: ["CNcurses", "Workbench"]),
        .executableTarget(name: "socle", dependencies: [
            "PlanDomain", "PlanStore", "Workbench", "CursesTerminal",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "socle-bench", dependencies: ["PlanDomain", "PlanStore", "Workbench"]),
        .testTarget(name: "PlanDomainTests", dependencies: ["PlanDomain"]),
        .testTarget(name: "PlanStoreTests", dependencies: ["PlanStore", "PlanDomain", "socle-bench"]),
        .testTarget(name: "WorkbenchTests", dependencies: ["Workbench", "PlanStore", "PlanDomain"]),
        .testTarget(name: "EndToEndTests", dependencies: ["PlanStore", "PlanDomain", "socle"]),
    ]
)

// swift-tools-version:6.1
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
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        // The signal handlers that give the terminal back and keep unsaved edits (C: async-signal-safe).
        .target(name: "SessionGuard"),
        .target(name: "PlanDomain"),
        // Every figure written for people (money, percentages, counts, years, durations, coverage), in
        // the plan's NumberConvention: used by the workbench, the CLI reports and the document.
        .target(name: "PlanFormat", dependencies: ["PlanDomain"]),
        // The files shipped inside the program: the top-level themes/ and examples/ folders are
        // modules whose data files the EmbedFiles plugin compiles in at build time, so the
        // socle binary needs nothing beside it, wherever it is run or copied.
        .executableTarget(name: "embed-files"),
        .plugin(name: "EmbedFiles", capability: .buildTool(), dependencies: ["embed-files"]),
        .target(name: "BundledThemes", path: "themes", plugins: ["EmbedFiles"]),
        .target(name: "BundledExample", path: "examples", exclude: ["README.md", "kibara/README.md"],
                plugins: ["EmbedFiles"]),
        // The strategy document's default templates (templates/*.mustache), compiled in like the themes.
        .target(name: "BundledTemplates", path: "templates", plugins: ["EmbedFiles"]),
        // Drawing primitives: canvas, cells, styles, colours, roles, themes, display width, keys. No
        // ncurses and no plan: CursesTerminal draws them on a terminal, MemoryTerminal in tests.
        .target(name: "TerminalDrawing", dependencies: ["BundledThemes", .product(name: "TOMLKit", package: "TOMLKit")]),
        .target(name: "PlanStore", dependencies: ["PlanDomain", .product(name: "CSV", package: "CSV.swift")]),
        // What the CLI prints about a plan (text and JSON) and the strategy document (HTML, DOCX, Markdown,
        // XLSX): plain text laid out by display width, figures by PlanFormat, the document through Mustache templates.
        .target(name: "PlanReports", dependencies: [
            "PlanDomain", "PlanFormat", "TerminalDrawing", "BundledTemplates",
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .target(name: "Workbench", dependencies: ["PlanDomain", "PlanFormat", "PlanReports", "PlanStore", "TerminalDrawing"]),
        .target(name: "CursesTerminal", dependencies: ["CNcurses", "SessionGuard", "TerminalDrawing"]),
        .executableTarget(name: "socle", dependencies: [
            "PlanDomain", "PlanFormat", "PlanReports", "PlanStore", "Workbench", "CursesTerminal", "SessionGuard", "BundledExample",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            // The user's config.toml is read here; the workbench gets plain values.
            .product(name: "TOMLKit", package: "TOMLKit"),
        ]),
        .executableTarget(name: "socle-bench", dependencies: [
            "PlanDomain", "PlanFormat", "PlanReports", "PlanStore", "Workbench", "BundledExample",
        ]),
        .testTarget(name: "PlanDomainTests", dependencies: ["PlanDomain"]),
        .testTarget(name: "PlanFormatTests", dependencies: ["PlanFormat", "PlanDomain"]),
        .testTarget(name: "PlanReportsTests", dependencies: [
            "PlanReports", "PlanStore", "PlanDomain", "BundledExample", "BundledTemplates",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .testTarget(name: "TerminalDrawingTests", dependencies: ["TerminalDrawing", "BundledThemes"]),
        .testTarget(name: "PlanStoreTests", dependencies: ["PlanStore", "PlanDomain", "socle-bench"]),
        .testTarget(name: "WorkbenchTests", dependencies: [
            "Workbench", "TerminalDrawing", "PlanFormat", "PlanReports", "PlanStore", "PlanDomain",
        ], exclude: ["Golden"]),
        .testTarget(name: "SocleTests", dependencies: ["socle"]),
        .testTarget(name: "EndToEndTests", dependencies: ["PlanStore", "PlanDomain", "socle"], exclude: ["DocumentReaders"]),
    ]
)

import Foundation

/// The `socle` executable that `swift test` built before the tests, and a way to run it.
enum SocleBinary {
    /// The executable next to the test bundle (on Linux `Bundle.main.bundleURL` is the build
    /// folder), falling back to the package's `.build/debug`.
    static let url: URL? = {
        let candidates = [
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
            packageRoot.appendingPathComponent(".build/debug"),
        ].map { $0.appendingPathComponent("socle") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// The path, or a failure naming where it was looked for.
    static func path() throws -> String {
        guard let url else {
            throw E2EFailure("no socle executable next to \(Bundle.main.bundleURL.path); run `swift build` first")
        }
        return url.path
    }

    /// The package root, from this file's place in Tests/EndToEndTests.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled example plan folder.
    static let example = packageRoot.appendingPathComponent("examples/kibara")
}

/// Runs `socle ARGS` without a terminal, in `sandbox`'s clean environment (plus `extra`), and
/// waits for it.
func runSocle(_ arguments: [String], in sandbox: Sandbox, environment extra: [String: String] = [:]) throws
    -> CommandResult
{
    try runProgram(SocleBinary.path(), arguments, environment: sandbox.environment.merging(extra) { $1 })
}

/// Runs `socle ARGS` with this process's environment less the locale variables, so reports write
/// numbers as in C (1,234.5) whatever the shell running the tests says, and waits for it.
func runSocleInCLocale(_ arguments: [String]) throws -> CommandResult {
    let environment = ProcessInfo.processInfo.environment.filter { !["LC_ALL", "LC_NUMERIC", "LANG"].contains($0.key) }
    return try runProgram(SocleBinary.path(), arguments, environment: environment)
}

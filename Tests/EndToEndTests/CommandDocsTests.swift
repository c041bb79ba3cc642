import Foundation
import Testing

/// Every command the binary has is in the README's table and the user guide's: a new command
/// cannot ship undocumented (docs/CODEBASE.md, "Add a CLI command").
struct CommandDocsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func everyCommandIsInTheREADMEAndTheUserGuide() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let guide = try String(contentsOf: Self.root.appendingPathComponent("docs/USER-GUIDE.md"), encoding: .utf8)
        let commands = try SubcommandNames.fromBinary()
        #expect(commands.contains("config"))
        // `open` is the default command, written `socle [DIR]`.
        for command in commands where command != "open" {
            #expect(readme.contains("| `socle \(command)"), "README.md's command table lacks socle \(command)")
            #expect(guide.contains("| `socle \(command)"), "docs/USER-GUIDE.md's command table lacks socle \(command)")
        }
    }
}

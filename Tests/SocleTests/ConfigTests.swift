import Foundation
import Testing
@testable import socle

@Suite("Config")
struct ConfigTests {
    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("socle-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func theFileIsInTheConfigFolder() {
        #expect(Config.file(environment: ["XDG_CONFIG_HOME": "/x"])?.path == "/x/socle/config.toml")
    }

    @Test func configReadsEveryKey() throws {
        let text = "theme = \"projector\"\nbackups = 3\nuser = \"Ana Moreira\"\nascii = true\nlock_idle_minutes = 30\n"
            + "shared_editing = false\n"
        let config = try Config.parse(text, file: "config.toml")
        #expect(config == Config(theme: "projector", backups: 3, user: "Ana Moreira", ascii: true, lockIdleMinutes: 30,
                                 sharedEditing: false))
        #expect(Config().sharedEditing, "sessions edit together unless told otherwise")
        #expect(Config().theme == nil, "no theme set: the terminal background decides")
        #expect(try Config.parse("", file: "c") == Config())
    }

    @Test func missingConfigFileMeansDefaults() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Config.load(from: folder.appendingPathComponent("config.toml")) == Config())
        #expect(try Config.load(from: nil) == Config())
        try "backups = 5\n".write(to: folder.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        #expect(try Config.load(from: folder.appendingPathComponent("config.toml")).backups == 5)
    }

    @Test(arguments: [
        ("theme = \"x\"\nbackups = \"ten\"\n", 2, "backups", "should be a whole number, not a string"),
        ("# settings\n\nbackups = -1\n", 3, "backups", "between 0 and 1000"),
        ("theme = 3\n", 1, "theme", "should be a theme name in quotes"),
        ("ascii = \"yes\"\n", 1, "ascii", "true or false"),
        ("user = \"a\"\ncolour = \"red\"\n", 2, "colour", "unknown setting"),
        ("theme = \"../etc\"\n", 1, "theme", "not a theme name"),
        ("lock_idle_minutes = 0\n", 1, "lock_idle_minutes", "between 1 and 10080"),
        ("lock_idle_minutes = \"ten\"\n", 1, "lock_idle_minutes", "a whole number"),
        ("shared_editing = 1\n", 1, "shared_editing", "true or false"),
    ])
    func brokenConfigNamesFileLineAndKey(text: String, line: Int, key: String, message: String) {
        do {
            _ = try Config.parse(text, file: "/home/ana/.config/socle/config.toml")
            Issue.record("parsed")
        } catch {
            #expect(error.line == line)
            #expect(error.key == key)
            #expect(error.message.contains(message))
            #expect(error.description.hasPrefix("/home/ana/.config/socle/config.toml:\(line): \(key): "))
        }
    }

    @Test func configSyntaxError() {
        do {
            _ = try Config.parse("theme = \"x\"\nbackups = = 2\n", file: "c.toml")
            Issue.record("parsed")
        } catch {
            #expect(error.line == 2)
            #expect(error.message.hasPrefix("not valid TOML"))
        }
    }

    /// A broken config.toml is named on screen without its folder, from the error's own place (not by
    /// cutting its message), and the defaults are used.
    @Test func aBrokenFileIsNamedShortlyAndTheDefaultsAreUsed() throws {
        let home = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let folder = home.appendingPathComponent("socle")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "theme = \"x\"\nbackups = \"ten\"\n".write(to: folder.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        let (config, problem) = Settings.load(environment: ["XDG_CONFIG_HOME": home.path])
        #expect(config == Config())
        #expect(problem == "config.toml:2: backups: should be a whole number, not a string — using the defaults.")
        // A folder named like a TOML file does not confuse it.
        let error = ConfigError(file: "/home/a.toml:b/config.toml", line: 3, key: "ascii", message: "true or false")
        #expect(error.shortDescription == "config.toml:3: ascii: true or false")
        #expect(error.description == "/home/a.toml:b/config.toml:3: ascii: true or false")
    }
}

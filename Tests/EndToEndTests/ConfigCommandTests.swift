import Foundation
import Testing

/// `socle config` run as a program: the settings in use, where they come from, the themes, and exit 2
/// naming the file and line when config.toml or a theme of the user's cannot be used.
struct ConfigCommandTests {
    func write(_ text: String, to path: String, in sandbox: Sandbox) throws {
        let file = sandbox.root.appendingPathComponent("config/socle/" + path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
    }

    @Test func withoutAFileTheDefaultsAreShown() throws {
        let sandbox = try Sandbox(copyExample: false)
        let result = try runSocle(["config"], in: sandbox)
        #expect(result.status == 0, "stderr: \(result.err)")
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.first == "Settings: \(sandbox.root.path)/config/socle/config.toml (not there: the defaults)")
        #expect(lines.contains("  backups           = 10"))
        #expect(lines.contains("  user              = (none: the login name, e2e-tester)"))
        #expect(lines.contains("  projector  built-in projector.toml"))
    }

    @Test func theFileAndTheUsersThemesAreReadAndShown() throws {
        let sandbox = try Sandbox(copyExample: false)
        try write("theme = \"room\"\nuser = \"Aïcha Koné\"\nlock_idle_minutes = 30\n", to: "config.toml", in: sandbox)
        try write("inherits = \"default\"\nname = \"Room 2\"\n", to: "themes/room.toml", in: sandbox)
        let result = try runSocle(["config", "--json"], in: sandbox)
        #expect(result.status == 0, "stderr: \(result.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let settings = try #require(json["settings"] as? [String: Any])
        #expect(settings["theme"] as? String == "room")
        #expect(settings["user"] as? String == "Aïcha Koné")
        #expect(settings["lock_idle_minutes"] as? Int == 30)
        #expect(settings["backups"] as? Int == 10)
        let themes = try #require(json["themes"] as? [[String: Any]])
        #expect(themes.map { $0["name"] as? String } == ["default", "light", "projector", "mono", "room"])
        #expect(themes.last?["origin"] as? String == "\(sandbox.root.path)/config/socle/themes/room.toml")
    }

    @Test func aBrokenFileOrThemeIsNamedWithItsLineAndExits2() throws {
        let sandbox = try Sandbox(copyExample: false)
        try write("theme = \"projector\"\nbackups = \"ten\"\n", to: "config.toml", in: sandbox)
        try write("[roles]\ntitle = { fg = \"yelow\" }\n", to: "themes/room.toml", in: sandbox)
        let result = try runSocle(["config"], in: sandbox)
        #expect(result.status == 2)
        let folder = sandbox.root.path + "/config/socle"
        #expect(result.out.contains("  cannot be used, so the defaults are: \(folder)/config.toml:2: backups: should be a whole number"))
        #expect(result.out.contains("    cannot be used: \(folder)/themes/room.toml:2: role \"title\": unknown colour \"yelow\""))
    }
}

import Foundation
import Testing
@testable import TerminalDrawing

@Suite("Theme catalog")
struct TerminalCatalogTests {
    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("socle-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func userThemeWinsOverBundledOneAndCanInheritIt() throws {
        let config = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: config) }
        let environment = ["XDG_CONFIG_HOME": config.path, "HOME": "/nonexistent"]
        let themes = config.appendingPathComponent("socle/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        try "inherits = \"projector\"\n[roles]\ntitle = { fg = \"bright-red\" }\n"
            .write(to: themes.appendingPathComponent("projector.toml"), atomically: true, encoding: .utf8)
        try "name = \"Room 2\"\ninherits = \"default\"\n[roles]\n\"rail.active\" = { bg = \"magenta\" }\n"
            .write(to: themes.appendingPathComponent("room.toml"), atomically: true, encoding: .utf8)

        let catalog = ThemeCatalog.standard(environment: environment)
        #expect(catalog.userFolder?.path == themes.path)
        #expect(catalog.names == ["default", "light", "projector", "mono", "room"])

        let projector = try catalog.load("projector")
        #expect(projector.file?.hasPrefix(config.path) == true || projector.file?.contains("socle-config-") == true)
        #expect(projector.style(for: .title).fg == .bright(.red))
        // The rest comes from the bundled projector theme, field by field.
        #expect(projector.style(for: .title).bg == .bright(.yellow))
        #expect(projector.style(for: .normal).bg == .ansi(.black))

        let room = try catalog.load("room")
        #expect(room.displayName == "Room 2")
        #expect(room.style(for: .railActive) == Style(fg: .ansi(.black), bg: .ansi(.magenta)))
    }

    @Test func userFolderDefaultsToHomeConfig() {
        #expect(ConfigFolder.url(environment: ["HOME": "/home/ana"])?.path == "/home/ana/.config/socle")
        #expect(ConfigFolder.url(environment: ["HOME": "/home/ana", "XDG_CONFIG_HOME": "/x"])?.path == "/x/socle")
        #expect(ConfigFolder.url(environment: ["HOME": "/home/ana", "XDG_CONFIG_HOME": "relative"])?.path == "/home/ana/.config/socle")
        #expect(ConfigFolder.url(environment: [:]) == nil)
    }

    @Test func themeNamesCannotLeaveTheFolders() {
        let catalog = ThemeCatalog(userFolder: nil)
        #expect(catalog.origin(for: "../default") == nil)
        #expect(catalog.origin(for: "") == nil)
        #expect(catalog.origin(for: "default") != nil)
    }
}

import Foundation
import Testing
@testable import TerminalDrawing

/// Broken theme files: the error names the file, the line and the role.
@Suite("Theme errors")
struct TerminalThemeErrorTests {
    /// A catalog over a fresh temporary user folder holding `files`.
    func catalog(_ files: [String: String]) throws -> (ThemeCatalog, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("socle-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name + ".toml"), atomically: true, encoding: .utf8)
        }
        return (ThemeCatalog(userFolder: folder), folder)
    }

    func loadError(_ text: String) throws -> ThemeError {
        let (catalog, folder) = try catalog(["broken": text])
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            _ = try catalog.load("broken")
        } catch {
            #expect(error.file.hasSuffix("/broken.toml"))
            #expect(error.description.contains("broken.toml:"))
            return error
        }
        Issue.record("the broken theme loaded")
        return ThemeError(file: "", problem: .notFound(""))
    }

    @Test func syntaxErrorNamesLineAndColumn() throws {
        let error = try loadError("name = \"x\"\n[roles]\ntitle = { fg = \"red\" \n")
        guard case .syntax = error.problem else { Issue.record("\(error)"); return }
        #expect(error.line == 3)
        #expect(error.column != nil)
    }

    @Test func unknownRoleNamesRoleLineAndSuggestion() throws {
        let error = try loadError("name = \"x\"\n\n[roles]\ntitle = { bold = true }\n\"rail.activ\" = { fg = \"red\" }\n")
        #expect(error.line == 5)
        #expect(error.role == "rail.activ")
        #expect(error.problem == .unknownRole(suggestion: "rail.active"))
        #expect(error.description.contains(":5: role \"rail.activ\": unknown role (did you mean \"rail.active\"?)"))
    }

    @Test func unknownColourNamesRoleAndLine() throws {
        let error = try loadError("[roles]\nnormal = {}\n\"table.header\" = { fg = \"yelow\", bold = true }\n")
        #expect(error.line == 3)
        #expect(error.role == "table.header")
        #expect(error.problem == .unknownColor("yelow"))
    }

    @Test func wrongTypeNamesRoleAndField() throws {
        let error = try loadError("[roles]\n[roles.title]\nfg = \"red\"\nbold = \"yes\"\n")
        #expect(error.line == 4)
        #expect(error.role == "title")
        #expect(error.problem == .wrongType(key: "bold", expected: "true or false", found: "string"))
    }

    @Test func unknownFieldAndTopLevelKey() throws {
        let field = try loadError("[roles]\ntitle = { colour = \"red\" }\n")
        #expect(field.problem == .unknownKey("colour"))
        #expect(field.role == "title")
        #expect(field.line == 2)
        let top = try loadError("name = \"x\"\n[role]\ntitle = { bold = true }\n")
        #expect(top.problem == .unknownKey("role"))
        #expect(top.line == 2)
    }

    @Test func firstProblemByLineIsReported() throws {
        let error = try loadError("[roles]\ntitle = { fg = \"nope\" }\nzzz = { bold = true }\nheading = { fg = \"nada\" }\n")
        #expect(error.line == 2)
        #expect(error.role == "title")
    }

    @Test func missingBaseThemeNamesInheritsLine() throws {
        let error = try loadError("name = \"x\"\ninherits = \"nosuch\"\n[roles]\n")
        #expect(error.problem == .notFound("nosuch"))
        #expect(error.line == 2)
    }

    @Test func inheritanceCycleIsReported() throws {
        let (catalog, folder) = try catalog(["a": "inherits = \"b\"\n", "b": "inherits = \"a\"\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: ThemeError.self) { try catalog.load("a") }
        do { _ = try catalog.load("a") } catch {
            #expect(error.problem == .inheritanceCycle(["a", "b", "a"]))
            #expect(error.file.hasSuffix("b.toml"))
        }
    }

    @Test func brokenThemeFallsBackToDefaultWithTheError() throws {
        let (catalog, folder) = try catalog(["broken": "[roles]\n\"status.eror\" = { fg = \"red\" }\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let loaded = catalog.loadOrFallback("broken")
        #expect(loaded.theme.name == "default")
        #expect(loaded.error?.role == "status.eror")
        #expect(loaded.error?.line == 2)
        let missing = catalog.loadOrFallback("nosuch")
        #expect(missing.theme.name == "default")
        #expect(missing.error?.problem == .notFound("nosuch"))
        let nothing = ThemeCatalog(userFolder: nil, bundled: [:]).loadOrFallback("default")
        #expect(nothing.theme == .builtin)
    }

    @Test func theShortFormLeavesTheFolderOut() {
        let error = ThemeError(file: "/home/ana/.config/socle/themes/room.toml", line: 12, role: "rail.active",
                               problem: .unknownColor("yelow"))
        #expect(error.description.hasPrefix("/home/ana/.config/socle/themes/room.toml:12: role \"rail.active\": unknown colour \"yelow\""))
        #expect(error.shortDescription.hasPrefix("room.toml:12: role \"rail.active\": unknown colour \"yelow\""))
        #expect(ThemeError(file: "sunset", problem: .notFound("sunset")).shortDescription == "sunset: no theme named \"sunset\"")
        #expect(FilePlace(file: "a/b.toml", line: 2, column: 7).short == "b.toml:2:7")
    }
}

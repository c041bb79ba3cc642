import BundledThemes
import Foundation
import Testing
@testable import TerminalDrawing

@Suite("Themes")
struct TerminalThemeTests {
    let catalog = ThemeCatalog(userFolder: nil)

    @Test(arguments: ThemeCatalog.shippedOrder)
    func shippedThemeLoadsAndCoversEveryRole(name: String) throws {
        let theme = try catalog.load(name)
        #expect(theme.name == name)
        // Every role is defined by the theme itself or inherits from a role it defines.
        for role in Role.allCases {
            var ancestor: Role? = role
            while let r = ancestor, !theme.defines(r) { ancestor = r.parent }
            #expect(ancestor != nil, "\(name) leaves \(role.rawValue) undefined")
        }
        // On every terminal, what matters stands out from plain text.
        for depth in ColorDepth.allCases {
            let normal = theme.style(for: .normal, depth: depth)
            for role in [Role.selection, .tableSelected, .railActive, .error, .fieldError, .fieldFocus, .status] {
                #expect(theme.style(for: role, depth: depth) != normal, "\(name) at \(depth): \(role.rawValue) looks like normal")
            }
        }
    }

    @Test func shippedThemesAreListedInOrder() {
        #expect(catalog.names == ["default", "light", "projector", "mono"])
        #expect(catalog.name(after: "mono") == "default")
        #expect(catalog.name(after: "default") == "light")
        #expect(BundledThemes.text(named: "projector") != nil)
    }

    @Test("every file in themes/ is compiled into the program, byte for byte")
    func shippedThemesAreTheFiles() throws {
        let folder = packageRoot().appendingPathComponent("themes")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".toml") }
        #expect(Set(BundledThemes.texts.keys) == Set(files.map { String($0.dropLast(5)) }))
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(BundledThemes.texts[String(file.dropLast(5))] == text, "\(file) differs from its embedded copy")
        }
        #expect(catalog.origin(for: "mono") == "built-in mono.toml")
    }

    @Test func defaultKeepsTheTerminalBackground() throws {
        let theme = try catalog.load("default")
        for role in Role.allCases {
            let bg = theme.style(for: role).bg
            let reverse = theme.style(for: role).reverse
            #expect(bg == nil || bg == .default || role.mustStandOut || reverse || [.searchMatch, .fieldFocus].contains(role),
                    "default paints a background on \(role.rawValue)")
        }
    }

    @Test func monoUsesNoColours() throws {
        let theme = try catalog.load("mono")
        for role in Role.allCases {
            #expect(theme.style(for: role).fg == nil && theme.style(for: role).bg == nil)
        }
    }

    @Test func projectorIsBrightOnBlack() throws {
        let theme = try catalog.load("projector")
        let normal = theme.style(for: .normal)
        #expect(normal.fg == .bright(.white))
        #expect(normal.bg == .ansi(.black))
        #expect(normal.bold)
        #expect(theme.style(for: .railActive).bg == .bright(.yellow))
        #expect(!theme.style(for: .muted).dim)
    }

    @Test func colourParsing() {
        #expect(Color(parsing: "red") == .ansi(.red))
        #expect(Color(parsing: "Bright-Blue") == .bright(.blue))
        #expect(Color(parsing: "brightcyan") == .bright(.cyan))
        #expect(Color(parsing: "grey") == .bright(.black))
        #expect(Color(parsing: "default") == .default)
        #expect(Color(parsing: "208") == .indexed(208))
        #expect(Color(parsing: "#FF8700") == .rgb(255, 135, 0))
        #expect(Color(parsing: "#ff87") == nil)
        #expect(Color(parsing: "256") == nil)
        #expect(Color(parsing: "yelow") == nil)
    }

    @Test func colourDegradation() {
        let orange = Color.rgb(255, 135, 0)
        #expect(orange.degraded(to: .indexed256) == .indexed(208))
        #expect(orange.degraded(to: .ansi16) == .bright(.yellow) || orange.degraded(to: .ansi16) == .ansi(.yellow))
        #expect(orange.degraded(to: .ansi8) == .ansi(.yellow))
        #expect(orange.degraded(to: .none) == nil)
        #expect(Color.bright(.red).degraded(to: .ansi8) == .ansi(.red))
        #expect(Color.bright(.red).degraded(to: .indexed256) == .bright(.red))
        #expect(Color.indexed(9).degraded(to: .indexed256) == .bright(.red))
        // Grey text must not turn black (invisible on a dark terminal) on 8 colours.
        #expect(Color.bright(.black).degraded(to: .ansi8) == .ansi(.white))
        #expect(Color.indexed(244).degraded(to: .ansi8) == .ansi(.white))
        #expect(Color.indexed(21).degraded(to: .ansi8) == .ansi(.blue))
        #expect(Color.indexed(196).degraded(to: .ansi16) == .bright(.red))
        #expect(Color.default.degraded(to: .ansi8) == .default)
        #expect(Color.rgb(0, 0, 0).degraded(to: .indexed256) == .indexed(16))
    }

    @Test func depthFromColourCount() {
        #expect(ColorDepth(colorCount: 256) == .indexed256)
        #expect(ColorDepth(colorCount: 88) == .ansi16)
        #expect(ColorDepth(colorCount: 8) == .ansi8)
        #expect(ColorDepth(colorCount: 0) == .none)
        #expect(ColorDepth(colorCount: -1) == .none)
        #expect(ColorDepth(colorCount: 0x1000000) == .ansi8)
    }

    @Test func rolesThatDifferOnlyByColourGetAttributesWithoutColours() {
        let theme = Theme(name: "colours-only", specs: [
            .normal: StyleSpec(fg: .ansi(.white), bg: .ansi(.black)),
            .selection: StyleSpec(bg: .ansi(.blue)),
            .error: StyleSpec(fg: .ansi(.red)),
            .muted: StyleSpec(fg: .indexed(244)),
        ])
        let normal = theme.style(for: .normal, depth: .none)
        #expect(normal == Style())
        #expect(theme.style(for: .selection, depth: .none).reverse)
        #expect(theme.style(for: .error, depth: .none).bold)
        #expect(theme.style(for: .muted, depth: .none).dim)
        #expect(theme.style(for: .tableSelected, depth: .none).reverse)  // never styled, must still stand out
        #expect(theme.style(for: .error, depth: .ansi8) == Style(fg: .ansi(.red), bg: .ansi(.black)))
        // On 8 colours, grey 244 becomes white, the same as normal: dim keeps it apart.
        #expect(theme.style(for: .muted, depth: .ansi8) == Style(fg: .ansi(.white), bg: .ansi(.black), attributes: .dim))
    }

    @Test func backgroundBandsBecomeReverseWithoutColours() throws {
        let theme = try catalog.load("default")
        #expect(theme.style(for: .railActive, depth: .none) == Style(attributes: [.reverse]))
        #expect(theme.style(for: .tableSelected, depth: .none).reverse)
        #expect(theme.style(for: .searchMatch, depth: .none).reverse)
        let projector = try catalog.load("projector")
        #expect(projector.style(for: .title, depth: .none) == Style(attributes: [.bold, .reverse]))
        #expect(projector.style(for: .normal, depth: .none) == Style(attributes: .bold))
        #expect(!projector.style(for: .heading, depth: .none).reverse)
        // Errors and warnings stay apart from each other too.
        #expect(theme.style(for: .error, depth: .none) == Style(attributes: [.bold, .underline]))
        #expect(theme.style(for: .warning, depth: .none) == Style(attributes: .bold))
        #expect(theme.style(for: .muted, depth: .none) == Style(attributes: .dim))
    }

    @Test func collapsedColoursStayReadable() {
        let style = Style(fg: .indexed(226), bg: .bright(.yellow)).degraded(to: .ansi8)
        #expect(style.bg == .ansi(.yellow))
        #expect(style.fg == .ansi(.black))
    }

    @Test func missingFieldsComeFromTheParentRole() {
        let theme = Theme(name: "t", specs: [
            .normal: StyleSpec(fg: .ansi(.white)),
            .status: StyleSpec(bg: .ansi(.blue), on: .bold),
            .statusError: StyleSpec(fg: .ansi(.red), off: .bold),
        ])
        #expect(theme.style(for: .statusError) == Style(fg: .ansi(.red), bg: .ansi(.blue)))
        #expect(theme.style(for: .statusWarning) == Style(fg: .ansi(.white), bg: .ansi(.blue), attributes: .bold))
        #expect(theme.style(for: .ganttToday).fg == .ansi(.white))
        #expect(Role.borderFocus.parent == .border)
        #expect(Role.tableRowAlt.parent == .normal)
        #expect(Role.normal.parent == nil)
    }
}

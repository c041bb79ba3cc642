import Foundation
import PlanDomain
import Testing
@testable import TerminalDrawing
@testable import Workbench

/// Every shipped theme's text, as a real terminal draws it, against its background: the WCAG
/// contrast ratio with xterm's 16-colour and 256-colour palettes, and "bold as bright" (xterm,
/// PuTTY, macOS Terminal, Windows Terminal draw a bold foreground of colour 0–7 as 8–15). Text needs
/// 7:1 in the projector theme and 4.5:1 in the others; bars and frames (graphics, not text) 3:1
/// (WCAG 1.4.11), 4.5:1 on a projector. Disabled text is exempt, as WCAG exempts inactive controls.
struct ThemeContrastTests {
    /// The terminal a theme is meant for: its default foreground and background.
    struct Terminal {
        var fg: (Double, Double, Double)
        var bg: (Double, Double, Double)
        static let dark = Terminal(fg: (229, 229, 229), bg: (0, 0, 0))
        static let light = Terminal(fg: (0, 0, 0), bg: (255, 255, 255))
    }

    static let themes: [(String, Terminal)] = [("default", .dark), ("light", .light), ("projector", .dark)]

    static let graphics: Set<Role> = [.border, .scrollbar, .chartBar1, .chartBar2, .chartBar3, .chartBar4, .chartBar5,
                                      .chartBar6, .gaugeFill, .gaugeEmpty, .ganttBar, .ganttFloat, .dialogBorder]

    /// The colour a palette index shows in xterm.
    static func rgb(_ color: Color?, default fallback: (Double, Double, Double)) -> (Double, Double, Double) {
        guard let index = color?.paletteIndex else { return fallback }
        let (r, g, b) = ColorPalette.rgb(index)
        return (Double(r), Double(g), Double(b))
    }

    /// The text and background colours a terminal shows for `style`: bold brightens a foreground of
    /// 0–7, then reverse swaps the two; dim (faint) text is half way to its background.
    static func drawn(_ style: Style, on terminal: Terminal) -> (fg: (Double, Double, Double), bg: (Double, Double, Double)) {
        var fg = style.fg
        if style.bold, let index = fg?.paletteIndex, index < 8 { fg = .indexed(UInt8(index + 8)) }
        var text = rgb(fg, default: terminal.fg)
        var back = rgb(style.bg, default: terminal.bg)
        if style.reverse { swap(&text, &back) }
        if style.dim { text = ((text.0 + back.0) / 2, (text.1 + back.1) / 2, (text.2 + back.2) / 2) }
        return (text, back)
    }

    static func luminance(_ c: (Double, Double, Double)) -> Double {
        func channel(_ v: Double) -> Double {
            let s = v / 255
            return s <= 0.039_28 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
    }

    static func ratio(_ a: (Double, Double, Double), _ b: (Double, Double, Double)) -> Double {
        let (la, lb) = (luminance(a), luminance(b))
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    @Test func theRatioIsWCAGs() {
        #expect(abs(Self.ratio((0, 0, 0), (255, 255, 255)) - 21) < 0.01)
        // The defect as reported: bold black on bright yellow, drawn grey.
        let drawn = Self.drawn(Style(fg: .ansi(.black), bg: .bright(.yellow), attributes: .bold), on: .dark)
        #expect(abs(Self.ratio(drawn.fg, drawn.bg) - 3.73) < 0.05)
    }

    @Test(arguments: themes.map(\.0))
    func everyRoleIsReadable(_ name: String) throws {
        let terminal = Self.themes.first { $0.0 == name }!.1
        let theme = try shippedTheme(name)
        let text = name == "projector" ? 7.0 : 4.5
        var problems: [String] = []
        for depth in [ColorDepth.ansi16, .indexed256] {
            for role in Role.allCases where role != .disabled {
                let style = theme.style(for: role, depth: depth)
                let shown = Self.drawn(style, on: terminal)
                let needed = Self.graphics.contains(role) ? (name == "projector" ? 4.5 : 3.0) : text
                let ratio = Self.ratio(shown.fg, shown.bg)
                if ratio < needed {
                    problems.append("\(role.rawValue) at \(depth.rawValue) colours (\(style)): "
                        + NumberConvention.commaPoint.format(ratio, decimals: 2) + ":1, needs \(needed):1")
                }
            }
        }
        #expect(problems.isEmpty, Comment(rawValue: "\(name):\n" + problems.joined(separator: "\n")))
    }

    /// Mono has no colours: what must stand out does so by reverse video or underline (bold alone
    /// is invisible on many terminals), and the Gantt chart's today line differs from critical bars.
    @Test func monoMarksWithReverseOrUnderline() throws {
        let mono = try shippedTheme("mono")
        for role in Role.allCases where role.mustStandOut && role != .warning {
            let style = mono.style(for: role, depth: .none)
            #expect(style.reverse || style.underline, "mono \(role.rawValue) is \(style)")
        }
        for role in Role.allCases {
            #expect(mono.style(for: role).fg == nil && mono.style(for: role).bg == nil, "mono \(role.rawValue) has a colour")
        }
        #expect(mono.style(for: .ganttToday, depth: .none) != mono.style(for: .ganttCritical, depth: .none))
        #expect(!mono.style(for: .ganttToday, depth: .none).reverse, "a reversed line would look like a bar")
    }

    /// The Gantt chart's today line is drawn with its own glyph, never the critical bar's.
    @Test func todayIsNotACriticalBar() throws {
        for glyphs in [Glyphs.unicode, .ascii] {
            let marks = Marks(glyphs)
            #expect(Set([marks.today, marks.critical, marks.bar]).count == 3)
        }
    }
}

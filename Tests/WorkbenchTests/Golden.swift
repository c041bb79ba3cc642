import Foundation
import Testing
@testable import Workbench

/// Golden files: the canvas as text, then the style of every run of cells that differs from
/// normal text, as a theme shows it. Set SOCLE_UPDATE_GOLDEN=1 to rewrite them, then review the diff.
enum Golden {
    static let folder = packageRoot().appendingPathComponent("Tests/WorkbenchTests/Golden")

    static func snapshot(_ canvas: Canvas, theme: Theme, depth: ColorDepth) -> String {
        var out = canvas.text + "\n"
        out += "--- styles: \(theme.name), \(depth) ---\n"
        let normal = theme.style(for: .normal, depth: depth)
        for y in 0..<canvas.height {
            var runs: [String] = []
            var start = 0
            var current: Style?
            func close(_ end: Int) {
                if let style = current, style != normal { runs.append("\(start)-\(end - 1) \(style)") }
            }
            for x in 0..<canvas.width {
                let cell = canvas[x, y]
                let style = theme.style(for: cell.role, depth: depth).adding(cell.attributes)
                if style != current {
                    close(x)
                    start = x
                    current = style
                }
            }
            close(canvas.width)
            if !runs.isEmpty { out += String(format: "%2d: ", y) + runs.joined(separator: " | ") + "\n" }
        }
        return out
    }

    /// Compares `actual` with the golden file `name`, or writes it when asked to.
    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["SOCLE_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("No golden file \(name).txt; run with SOCLE_UPDATE_GOLDEN=1 to create it.",
                         sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let line = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            Issue.record("""
                \(name).txt differs at line \(line + 1):
                  expected: \(line < a.count ? String(a[line]) : "(end)")
                  actual:   \(line < b.count ? String(b[line]) : "(end)")
                """, sourceLocation: sourceLocation)
        }
    }
}

/// The shipped themes, loaded as the program loads them.
func shippedTheme(_ name: String) throws -> Theme {
    try ThemeCatalog(userFolder: nil).load(name)
}

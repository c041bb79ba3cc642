@preconcurrency import CNcurses
import Workbench

extension CursesTerminal {
    /// Draws `canvas`: only the cells that differ from the last frame (all of them after a resize,
    /// a theme change or a resume), with one `doupdate` for the whole frame.
    public func present(_ canvas: Canvas) {
        guard isActive else { return }
        let full = needsFullRepaint || lastCanvas.map { $0.width != canvas.width || $0.height != canvas.height } ?? true
        if full {
            wbkgdset(stdscr, Self.blank)
            werase(stdscr)
        }
        for run in canvas.diff(from: full ? nil : lastCanvas) {
            var x = run.x
            for cell in run.cells {
                if !cell.isContinuation { put(cell, x: x, y: run.y, ascii: !canvas.glyphs.isUnicode) }
                x += 1
            }
        }
        placeCursor(canvas.cursor, in: canvas)
        wnoutrefresh(stdscr)
        doupdate()
        lastCanvas = canvas
        needsFullRepaint = false
    }

    private static let blank: chtype = chtype(UInt8(ascii: " "))

    /// Puts one cell. When the C library measures the character differently from Socle (newer
    /// Unicode, emoji), the cell is drawn so the columns still line up: a narrower character is
    /// followed by a space, one that would not fit becomes a replacement mark.
    private func put(_ cell: Cell, x: Int, y: Int, ascii: Bool) {
        guard y < size.rows, x < size.columns else { return }
        let look = palette.look(cell.role, extra: cell.attributes)
        var chars: [wchar_t] = []
        var libcWidth: Int32 = -1
        for scalar in cell.text.first.map(DisplayWidth.drawnScalars) ?? [] {
            let w = socle_wcwidth(wchar_t(bitPattern: scalar.value))
            if chars.isEmpty {
                chars.append(wchar_t(bitPattern: scalar.value))
                libcWidth = w
            } else if w == 0, chars.count < 4 {
                chars.append(wchar_t(bitPattern: scalar.value))
            }
        }
        if ascii && !cell.text.unicodeScalars.allSatisfy({ $0.isASCII }) || libcWidth < 1 || Int(libcWidth) > cell.width {
            chars = [wchar_t(ascii || !capabilities.unicode ? 0x3F : 0xFFFD)]
            libcWidth = 1
        }
        chars.append(0)
        _ = socle_put_cell(stdscr, Int32(y), Int32(x), chars, look.attributes, look.pair)
        if Int(libcWidth) < cell.width {
            let space: [wchar_t] = [0x20, 0]
            _ = socle_put_cell(stdscr, Int32(y), Int32(x + 1), space, look.attributes, look.pair)
        }
    }

    /// Shows the cursor at `point` (text editing) or hides it.
    private func placeCursor(_ point: Point?, in canvas: Canvas) {
        if let point, point.x >= 0, point.y >= 0, point.x < size.columns, point.y < size.rows {
            if !cursorVisible { curs_set(1); cursorVisible = true }
            wmove(stdscr, Int32(point.y), Int32(point.x))
            leaveok(stdscr, false)
        } else {
            if cursorVisible { curs_set(0); cursorVisible = false }
            leaveok(stdscr, true)
        }
    }
}

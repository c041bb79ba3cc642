@preconcurrency import CNcurses
import Foundation
@preconcurrency import Glibc
import TerminalDrawing

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

/// Starting curses so that a frame leaves in one write().
///
/// Two things in ncurses 6 split a frame into many writes, each a packet over SSH:
/// - Until the screen has been suspended and resumed once, every cursor movement flushes the
///   output (ncurses treats the screen as not yet running): a cursor move in a table took six
///   writes, a first screen dozens. A suspend (`endwin`) and resume (`doupdate`) before the first
///   frame puts it in the running state.
/// - It collects output in a buffer sized from the screen at start-up, (2 + lines) × (6 + columns)
///   bytes, and writes each time it fills; a colourful full frame is bigger. The size it reads is
///   the environment's LINES and COLUMNS when set, so curses starts as if the screen were eight
///   times larger and is resized to the real size before anything is drawn.
/// A frame is then one write(), two when the text cursor appears or hides (ncurses sends that at once).
enum CursesFrameBuffer {
    /// `newterm` on stdout and stdin, resized to the terminal's real size, in the running state.
    static func newScreen() -> OpaquePointer? {
        guard let screen = bufferedScreen() else { return nil }
        set_term(screen)
        endwin()
        doupdate()
        return screen
    }

    private static func bufferedScreen() -> OpaquePointer? {
        let environment = ProcessInfo.processInfo.environment
        var size = winsize()
        // The user's own LINES and COLUMNS, or a terminal that does not tell its size: as before.
        guard environment["LINES"] == nil, environment["COLUMNS"] == nil,
              ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0, size.ws_col > 0 else {
            return newterm(nil, stdout, stdin)
        }
        let rows = Int32(size.ws_row), columns = Int32(size.ws_col)
        setenv("LINES", String(rows * 2), 1)
        setenv("COLUMNS", String(columns * 4), 1)
        let screen = newterm(nil, stdout, stdin)
        unsetenv("LINES")
        unsetenv("COLUMNS")
        guard let screen else { return nil }
        set_term(screen)
        resizeterm(rows, columns)
        return screen
    }
}

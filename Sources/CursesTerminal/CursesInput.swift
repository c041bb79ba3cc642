@preconcurrency import CNcurses
@preconcurrency import Glibc
import Workbench

extension CursesTerminal {
    /// The next key, waiting at most `timeoutMs` (negative: without limit). Waits in slices so a
    /// terminating signal is noticed within a fifth of a second; returns ``Key/terminate`` for
    /// one, and when the terminal has gone away (hang-up, closed input).
    public func nextKey(timeoutMs: Int) -> Key? {
        guard isActive else { return .terminate }
        let start = Self.now()
        while true {
            if CursesSignals.take() != nil { return .terminate }
            let elapsed = Self.now() - start
            if timeoutMs >= 0 && elapsed > timeoutMs { return nil }
            let slice = timeoutMs < 0 ? 200 : max(0, min(200, timeoutMs - elapsed))
            wtimeout(stdscr, Int32(slice))
            var character: wint_t = 0
            let sliceStart = Self.now()
            let result = wget_wch(stdscr, &character)
            if result == KEY_CODE_YES {
                earlyErrors = 0
                if let key = functionKey(Int32(character)) { return key }
            } else if result == OK {
                earlyErrors = 0
                return Self.characterKey(UInt32(character))
            } else if slice > 0 && Self.now() - sliceStart < slice / 2 && inputIsGone() {
                return .terminate
            }
            if timeoutMs >= 0 && Self.now() - start >= timeoutMs { return CursesSignals.take() != nil ? .terminate : nil }
        }
    }

    /// A key from a curses key code (KEY_*), or nil for one to skip (a mouse event not handled).
    private func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP, KEY_SR: return .up
        case KEY_DOWN, KEY_SF: return .down
        case KEY_LEFT, KEY_SLEFT: return .left
        case KEY_RIGHT, KEY_SRIGHT: return .right
        case KEY_HOME, KEY_SHOME, KEY_A1: return .home
        case KEY_END, KEY_SEND, KEY_C1: return .end
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_IC: return .insert
        case KEY_DC: return .delete
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_RESIZE:
            refreshSize()
            return .resize(columns: size.columns, rows: size.rows)
        case KEY_MOUSE: return mouseKey()
        default:
            for n in 1...12 where code == socle_key_f(Int32(n)) { return .function(n) }
            return .unknown(Int(code))
        }
    }

    /// A key from a character: control codes become named keys or Ctrl-letter.
    static func characterKey(_ code: UInt32) -> Key {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(code + 96)!))
        case 0, 28...31: return .unknown(Int(code))
        default:
            guard let scalar = Unicode.Scalar(code) else { return .unknown(Int(code)) }
            return .char(Character(scalar))
        }
    }

    private func mouseKey() -> Key? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let state = event.bstate
        let x = Int(event.x), y = Int(event.y)
        if state & (socle_button1_pressed() | socle_button1_clicked()) != 0 { return .mouse(MouseEvent(.click, x: x, y: y)) }
        if state & socle_button4_pressed() != 0 { return .mouse(MouseEvent(.scrollUp, x: x, y: y)) }
        if state & socle_button5_pressed() != 0 { return .mouse(MouseEvent(.scrollDown, x: x, y: y)) }
        return nil
    }

    /// Whether the terminal input has hung up or closed (a dropped SSH connection), asked after
    /// curses gave up waiting early: poll reports a hang-up, or input stays "ready" while curses
    /// keeps reading nothing (end of file).
    private func inputIsGone() -> Bool {
        var poller = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, 0) >= 0 else { return false }
        if poller.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return true }
        if poller.revents & Int16(POLLIN) != 0 {
            earlyErrors += 1
            return earlyErrors >= 5
        }
        return false
    }

    /// Milliseconds on a monotonic clock.
    static func now() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return time.tv_sec * 1000 + time.tv_nsec / 1_000_000
    }
}

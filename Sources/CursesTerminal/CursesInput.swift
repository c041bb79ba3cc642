@preconcurrency import CNcurses
@preconcurrency import Glibc
import TerminalDrawing

extension CursesTerminal {
    /// The next key, waiting at most `timeoutMs` (negative: without limit). Blocks in poll(2) on
    /// the terminal and on the signal pipe, so an idle session does not wake at all; returns
    /// ``Key/terminate`` for a terminating signal and when the terminal has gone away (hang-up,
    /// closed input). A resize (SIGWINCH interrupts the wait) comes back as a resize key.
    ///
    /// Keys typed before a signal arrived are read first (a Save pressed just before a hang-up
    /// confirms its change); the watchdog bounds how long that may take.
    public func nextKey(timeoutMs: Int) -> Key? {
        guard isActive else { return .terminate }
        let deadline = timeoutMs >= 0 ? Self.now() + timeoutMs : nil
        while true {
            // What the terminal already holds (typed ahead, a resize) comes first, without waiting.
            wtimeout(stdscr, 0)
            var character: wint_t = 0
            let result = wget_wch(stdscr, &character)
            if result == KEY_CODE_YES {
                earlyErrors = 0
                if let key = functionKey(Int32(character)) { return key }
                continue
            } else if result == OK {
                earlyErrors = 0
                return Self.characterKey(UInt32(character))
            }
            if CursesSignals.take() != nil { return .terminate }
            let remaining = deadline.map { max(0, $0 - Self.now()) }
            if remaining == 0 { return nil }
            switch waitForInput(timeoutMs: remaining.map { Int32(min($0, Int(Int32.max))) } ?? -1) {
            case .input, .interrupted, .signal: continue
            case .timeout, .watched: return nil
            case .gone: return .terminate
            }
        }
    }

    private enum Wake { case input, signal, interrupted, timeout, watched, gone }

    /// Blocks until the terminal has input, a signal wrote to the wake pipe, a signal interrupted
    /// the wait (SIGWINCH), or the time is up.
    private func waitForInput(timeoutMs: Int32) -> Wake {
        var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)]
        if signals.wakeDescriptor >= 0 { fds.append(pollfd(fd: signals.wakeDescriptor, events: Int16(POLLIN), revents: 0)) }
        let watched = fds.count
        fds += wakeDescriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        let count = poll(&fds, nfds_t(fds.count), timeoutMs)
        if count < 0 { return errno == EINTR ? .interrupted : .gone }
        if count == 0 { return .timeout }
        if watched > 1 && fds[1].revents != 0 { return .signal }
        if fds[watched...].contains(where: { $0.revents != 0 }) && fds[0].revents == 0 { return .watched }
        if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return .gone }
        // Ready, yet curses read nothing last time: after a few rounds that is end of file.
        earlyErrors += 1
        return earlyErrors > 5 ? .gone : .input
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

    /// Milliseconds on a monotonic clock.
    static func now() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return time.tv_sec * 1000 + time.tv_nsec / 1_000_000
    }
}

@preconcurrency import CNcurses

/// Escape sequences terminals commonly send that their terminfo entry may not list: a session
/// inside tmux or screen with TERM=xterm-256color gets `ESC [1~` for Home, rxvt sends `ESC [7~`,
/// and so on. Teaching curses these keeps Home, End and F1–F4 working when TERM is not exact.
enum CursesKeySequences {
    static let extra: [(sequence: String, code: Int32)] = [
        ("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME),
        ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END), ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END),
        ("\u{1B}[11~", socle_key_f(1)), ("\u{1B}[12~", socle_key_f(2)), ("\u{1B}[13~", socle_key_f(3)), ("\u{1B}[14~", socle_key_f(4)),
        ("\u{1B}OP", socle_key_f(1)), ("\u{1B}OQ", socle_key_f(2)), ("\u{1B}OR", socle_key_f(3)), ("\u{1B}OS", socle_key_f(4)),
        ("\u{1B}[Z", KEY_BTAB), ("\u{1B}[3~", KEY_DC), ("\u{1B}[5~", KEY_PPAGE), ("\u{1B}[6~", KEY_NPAGE),
    ]

    /// Binds each sequence the terminal's entry does not already bind.
    static func define() {
        for (sequence, code) in extra where key_defined(sequence) == 0 {
            define_key(sequence, code)
        }
    }
}

/// Why the terminal could not be started. The executable prints ``description`` to stderr and
/// exits with status 2; curses itself never gets to print and exit.
public enum CursesStartError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (piped or redirected).
    case notATerminal
    /// TERM is unset or empty.
    case noTerminalType
    /// TERM names a terminal type this machine's terminfo does not know.
    case unknownTerminal(String)
    /// The terminal cannot move the cursor to any cell (`dumb`, hard-copy terminals).
    case cannotAddressCursor(String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "socle needs a terminal: standard input and output must not be piped or redirected "
                + "(use the subcommands for scripting)."
        case .noTerminalType:
            return "socle cannot tell what terminal this is: TERM is not set. Set it, for example TERM=xterm-256color."
        case .unknownTerminal(let term):
            return "socle does not know the terminal type \"\(term)\" (TERM=\(term)): there is no terminfo entry for it here. "
                + "Try TERM=xterm-256color, TERM=xterm or TERM=vt100 (`toe -a` lists the known types)."
        case .cannotAddressCursor(let term):
            return "socle cannot draw on the terminal type \"\(term)\": it cannot move the cursor. "
                + "Use a full-screen terminal type such as TERM=xterm-256color or TERM=vt100."
        }
    }
}

@preconcurrency import CNcurses
import Foundation
@preconcurrency import Glibc
import SessionGuard
import TerminalDrawing

/// The real terminal, through ncurses: shows canvases (only what changed), reads keys, handles
/// colours, resizing, the cursor, suspend and the signals that end a session.
///
/// ```swift
/// let terminal = try CursesTerminal(theme: theme)   // prints nothing on failure: show the error
/// defer { terminal.shutdown() }
/// ```
/// Ctrl-C arrives as `.ctrl("c")` and Ctrl-Z as `.ctrl("z")` (the terminal is in raw mode): the
/// app decides, and calls ``suspend()`` for Ctrl-Z. SIGTERM and SIGHUP make ``nextKey(timeoutMs:)``
/// return ``Key/terminate`` so the app can save and release its lock before ``shutdown()``.
public final class CursesTerminal: TerminalDevice {
    /// How to start.
    public struct Options: Sendable {
        /// The most colours to use; nil to use what the terminal has. `.none` draws with attributes only.
        public var colors: ColorDepth?
        /// Draw with ASCII only, whatever the locale (the `ascii` setting).
        public var ascii: Bool
        /// Report mouse clicks and the wheel (terminals then leave text selection to Shift-drag).
        public var mouse: Bool
        /// The environment to read NO_COLOR and ESCDELAY from.
        public var environment: [String: String]

        public init(colors: ColorDepth? = nil, ascii: Bool = false, mouse: Bool = true,
                    environment: [String: String] = ProcessInfo.processInfo.environment) {
            self.colors = colors
            self.ascii = ascii
            self.mouse = mouse
            self.environment = environment
        }
    }

    public private(set) var size: TerminalSize
    public private(set) var capabilities: TerminalCapabilities
    /// A note about the locale for the status line (a switch to C.UTF-8, or ASCII mode), if any.
    public let localeNote: String?

    /// Whether ``suspend()`` can stop the process: false when the shell has no job control.
    public let canSuspend: Bool

    private var screen: OpaquePointer?
    var signals = CursesSignals()
    private let defaultColors: Bool
    var palette: CursesPalette
    var lastCanvas: Canvas?
    var needsFullRepaint = true
    var cursorVisible = false
    var earlyErrors = 0
    /// More descriptors to wait on beside the terminal (a plan folder's watcher): when one becomes
    /// readable, ``nextKey(timeoutMs:)`` returns nil, as on a time-out, and its owner reads it.
    public var wakeDescriptors: [Int32] = []
    var isActive: Bool { screen != nil }

    /// Starts curses on this process's terminal with `theme`.
    /// - Throws: ``CursesStartError`` when there is no usable terminal; nothing has been printed then.
    public init(theme: Theme, options: Options = Options()) throws(CursesStartError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        let term = options.environment["TERM"] ?? ""
        guard !term.isEmpty else { throw .noTerminalType }
        let locale = CursesLocale.setUp(environment: options.environment)
        setenv("NCURSES_NO_UTF8_ACS", "1", 0)
        canSuspend = socle_signal_is_ignored(SIGTSTP) == 0
        socle_guard_save_termios(STDIN_FILENO)
        guard let screen = CursesFrameBuffer.newScreen() else { throw .unknownTerminal(term) }
        set_term(screen)
        guard socle_has_cursor_addressing() != 0 else {
            endwin()
            delscreen(screen)
            throw .cannotAddressCursor(term)
        }
        self.screen = screen
        raw()
        noecho()
        nonl()
        keypad(stdscr, true)
        intrflush(stdscr, false)
        CursesKeySequences.define()
        if options.environment["ESCDELAY"] == nil { set_escdelay(25) }
        curs_set(0)

        var depth = ColorDepth.none
        var keepsDefaults = false
        let noColor = !(options.environment["NO_COLOR"] ?? "").isEmpty
        if has_colors(), !noColor, options.colors != ColorDepth.none {
            start_color()
            keepsDefaults = use_default_colors() == OK
            depth = min(ColorDepth(colorCount: Int(COLORS)), options.colors ?? .indexed256)
        }
        defaultColors = keepsDefaults

        var mouse = false
        if options.mouse {
            let wanted = socle_button1_pressed() | socle_button4_pressed() | socle_button5_pressed()
            mouse = mousemask(wanted, nil) != 0
            mouseinterval(0)
        }
        size = TerminalSize(columns: Int(getmaxx(stdscr)), rows: Int(getmaxy(stdscr)))
        capabilities = TerminalCapabilities(colors: depth, unicode: locale.unicode && !options.ascii, mouse: mouse)
        localeNote = options.ascii ? nil : locale.note
        palette = CursesPalette(theme: theme, depth: depth, defaultColors: keepsDefaults)
        signals.install(restoreBytes: CursesSignals.restoreSequence(mouse: mouse),
                        chainCrashes: options.environment["SWIFT_BACKTRACE"] != nil)
    }

    /// The first terminating signal (SIGTERM, SIGHUP, SIGINT) this process received, if any: the
    /// program ends with 128 + it, as shells expect.
    public var receivedSignal: Int32? {
        let sig = socle_guard_received_signal()
        return sig == 0 ? nil : sig
    }

    deinit { shutdown() }

    public func setTheme(_ theme: Theme) {
        guard isActive else { return }
        palette = CursesPalette(theme: theme, depth: capabilities.colors, defaultColors: defaultColors)
        needsFullRepaint = true
    }

    /// Stops the process as Ctrl-Z would in a shell, with the terminal given back; on `fg` the
    /// screen comes back whole. Does nothing when the shell has no job control (SIGTSTP ignored).
    public func suspend() {
        guard isActive, canSuspend else { return }
        endwin()
        raise(SIGSTOP)
        // Continued: curses returns to program mode on the next refresh; repaint everything.
        refreshSize()
        clearok(curscr, true)
        needsFullRepaint = true
        if let canvas = lastCanvas { present(canvas) } else { doupdate() }
    }

    /// Restores the terminal (cursor, modes, mouse reporting, signal handlers). Idempotent.
    public func shutdown() {
        guard let screen else { return }
        if capabilities.mouse { mousemask(0, nil) }
        curs_set(1)
        endwin()
        delscreen(screen)
        self.screen = nil
        // Last: what went to standard error meanwhile is shown on the normal screen.
        signals.restore()
    }

    /// Reads the size curses has now (after KEY_RESIZE or a resume).
    func refreshSize() {
        let newSize = TerminalSize(columns: Int(getmaxx(stdscr)), rows: Int(getmaxy(stdscr)))
        if newSize != size { needsFullRepaint = true }
        size = newSize
    }
}

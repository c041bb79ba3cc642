/// A terminal's size in cells.
public struct TerminalSize: Hashable, Sendable, CustomStringConvertible {
    public var columns: Int
    public var rows: Int
    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }
    public var description: String { "\(columns)x\(rows)" }
}

/// What a terminal can show and report.
public struct TerminalCapabilities: Hashable, Sendable {
    /// How many colours: none (attributes only), 8, 16 or 256.
    public var colors: ColorDepth
    /// Whether text may hold any Unicode (a UTF-8 locale); if false, draw with ``Glyphs/ascii``.
    public var unicode: Bool
    /// Whether mouse clicks and the wheel are reported as ``Key/mouse(_:)``.
    public var mouse: Bool

    public init(colors: ColorDepth, unicode: Bool, mouse: Bool) {
        self.colors = colors
        self.unicode = unicode
        self.mouse = mouse
    }

    /// The glyphs to draw with on this terminal.
    public var glyphs: Glyphs { unicode ? .unicode : .ascii }
}

/// What the app loop needs from a terminal: the real one (CursesTerminal) or an in-memory one
/// for tests (``MemoryTerminal``). The loop renders state into a ``Canvas`` of ``size``, calls
/// ``present(_:)``, and waits for the next ``Key``.
public protocol TerminalDevice: AnyObject {
    /// The current size; a ``Key/resize(columns:rows:)`` key announces each change.
    var size: TerminalSize { get }
    var capabilities: TerminalCapabilities { get }
    /// Shows `canvas`, sending only what changed since the last frame. The canvas's ``Canvas/cursor``
    /// places the text cursor (hidden when nil).
    func present(_ canvas: Canvas)
    /// The next key, waiting at most `timeoutMs` milliseconds (negative: wait as long as it takes);
    /// nil when none came in time.
    func nextKey(timeoutMs: Int) -> Key?
    /// Uses `theme` from the next frame on (the whole screen is redrawn).
    func setTheme(_ theme: Theme)
    /// Gives the terminal back to the shell and stops the process (Ctrl-Z); returns when the user
    /// resumes it (`fg`), with the screen redrawn.
    func suspend()
    /// Restores the terminal for the shell. Safe to call more than once.
    func shutdown()
}

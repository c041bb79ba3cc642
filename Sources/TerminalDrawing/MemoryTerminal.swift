/// A terminal in memory, for tests: keys come from a script, presented canvases are recorded.
///
/// ```swift
/// let terminal = MemoryTerminal(columns: 80, rows: 24)
/// terminal.enqueue(typing: "ab")
/// terminal.enqueue(.ctrl("s"), .escape)
/// ```
public final class MemoryTerminal: TerminalDevice {
    public private(set) var size: TerminalSize
    public var capabilities: TerminalCapabilities
    /// Every canvas presented, oldest first.
    public private(set) var presented: [Canvas] = []
    /// The runs each present would have sent to a real terminal (diffed against the previous frame).
    public private(set) var presentedRuns: [[CanvasRun]] = []
    /// The theme last set, if any.
    public private(set) var theme: Theme?
    /// How many times the app suspended the terminal.
    public private(set) var suspendCount = 0
    /// Whether ``shutdown()`` was called.
    public private(set) var isShutDown = false
    /// What ``nextKey(timeoutMs:)`` returns once the script is used up: nil (a time-out) by default.
    public var whenEmpty: Key?
    private var keys: [Key] = []
    private var fullRedrawPending = true

    public init(columns: Int = 80, rows: Int = 24,
                capabilities: TerminalCapabilities = TerminalCapabilities(colors: .indexed256, unicode: true, mouse: true),
                keys: [Key] = []) {
        self.size = TerminalSize(columns: columns, rows: rows)
        self.capabilities = capabilities
        self.keys = keys
    }

    /// The last canvas presented.
    public var screen: Canvas? { presented.last }
    /// The last canvas's text (empty before the first present).
    public var screenText: String { presented.last?.text ?? "" }
    /// Keys still waiting in the script.
    public var pendingKeys: [Key] { keys }

    /// Adds keys to the end of the script.
    public func enqueue(_ more: Key...) { keys += more }
    public func enqueue(_ more: [Key]) { keys += more }
    /// Adds one `.char` key per character of `text`.
    public func enqueue(typing text: String) { keys += text.map { .char($0) } }

    /// Changes the size, as a window resize would, and queues the ``Key/resize(columns:rows:)`` key.
    public func resize(columns: Int, rows: Int) {
        size = TerminalSize(columns: columns, rows: rows)
        fullRedrawPending = true
        keys.append(.resize(columns: columns, rows: rows))
    }

    public func present(_ canvas: Canvas) {
        presentedRuns.append(canvas.diff(from: fullRedrawPending ? nil : presented.last))
        presented.append(canvas)
        fullRedrawPending = false
    }

    public func nextKey(timeoutMs: Int) -> Key? {
        keys.isEmpty ? whenEmpty : keys.removeFirst()
    }

    public func setTheme(_ theme: Theme) {
        self.theme = theme
        fullRedrawPending = true
    }

    public func suspend() {
        suspendCount += 1
        fullRedrawPending = true
    }

    public func shutdown() { isShutDown = true }
}

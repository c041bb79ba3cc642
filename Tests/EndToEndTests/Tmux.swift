import Foundation
import Testing

/// True when tmux can be found: the workbench tests need it and are skipped without it.
let tmuxAvailable = Tmux.executable != nil

/// A detached tmux session on a private server (its own socket), running one command in one pane,
/// driven like a person at a terminal: send keys, read the screen, resize. The server is killed
/// when the object is released (or on ``close()``), whatever the test's outcome.
final class Tmux {
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
        return folders.map { $0 + "/tmux" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// The socket's name (`tmux -L`): unique per session, so tests run in parallel and never
    /// touch the user's own tmux.
    let socket = "socle-e2e-\(UUID().uuidString.prefix(12))"
    let target = "e2e"
    /// The folder the program works in: kept until the program has ended (see ``close()``).
    private let sandbox: Sandbox?
    /// The pane's first process, for ``close()`` to wait for.
    private var firstPID: Int32?
    private var closed = false

    /// Starts `command` (a shell command line) in a new detached session of the given size. The
    /// pane stays on screen after the command ends (`remain-on-exit`), so its last words can be read.
    init(command: String, columns: Int = 80, rows: Int = 24, sandbox: Sandbox? = nil) throws {
        self.sandbox = sandbox
        try tmux(["-f", "/dev/null", "set-option", "-g", "remain-on-exit", "on", ";",
                  "new-session", "-d", "-s", target, "-x", "\(columns)", "-y", "\(rows)", command])
        firstPID = try? panePID()
    }

    deinit { close() }

    /// Kills the server (the program in the pane sees its terminal hang up), removes the socket,
    /// and waits (up to 3 s) for the pane's process to end, so the sandbox is not removed under it.
    func close() {
        guard !closed else { return }
        closed = true
        _ = try? tmux(["kill-server"])
        let folder = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        try? FileManager.default.removeItem(atPath: "\(folder)/tmux-\(getuid())/\(socket)")
        let deadline = ContinuousClock.now + .seconds(3)
        while let firstPID, processExists(firstPID), ContinuousClock.now < deadline { usleep(20_000) }
    }

    /// Sends key names as tmux knows them: "a", "Enter", "Escape", "C-s", "Up".
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", target] + keys)
    }

    /// Types `text` literally, character by character.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", target, "-l", text])
    }

    /// What the pane shows now, one line per row.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", target])
    }

    /// What the pane shows now with its colours and attributes as escape sequences (`capture-pane -e`).
    func styledScreen() throws -> String {
        try tmux(["capture-pane", "-p", "-e", "-t", target])
    }

    /// Everything the pane's normal screen has shown, its scrolled-off lines included, with
    /// wrapped lines joined: what a program printed before it ended, however long its lines.
    func transcript() throws -> String {
        try tmux(["capture-pane", "-p", "-J", "-S", "-", "-t", target])
    }

    /// A tmux format about the pane (`#{alternate_on}`, `#{cursor_flag}`, `#{pane_tty}`).
    func display(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", target, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", target, "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// The process id of the pane's command (the program itself when it was started with `exec`).
    func panePID() throws -> Int32 {
        let text = try tmux(["display-message", "-p", "-t", target, "#{pane_pid}"])
        guard let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw E2EFailure("tmux gave no pane pid: \(text)")
        }
        return pid
    }

    /// Polls the screen (with `transcript`, ``transcript()``) every 50 ms until it contains
    /// `text`, and returns it; on timeout throws an error carrying the last screen.
    @discardableResult
    func waitFor(_ text: String, transcript: Bool = false, timeout: Duration = .seconds(10),
                 sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        try await waitUntil("\"\(text)\"", transcript: transcript, timeout: timeout, sourceLocation: sourceLocation) {
            $0.contains(text)
        }
    }

    /// Polls the screen (with `transcript`, ``transcript()``) every 50 ms until `condition` holds,
    /// and returns it; on timeout throws an error carrying the last screen.
    @discardableResult
    func waitUntil(_ what: String, transcript: Bool = false, timeout: Duration = .seconds(10),
                   sourceLocation: SourceLocation = #_sourceLocation, _ condition: (String) -> Bool) async throws
        -> String
    {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var last = ""
        while true {
            if let shown = try? (transcript ? self.transcript() : screen()) { last = shown }
            if condition(last) { return last }
            if clock.now >= deadline { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        var message = """
            \(sourceLocation.fileName):\(sourceLocation.line): waited \(timeout) for \(what); \
            the \(transcript ? "transcript" : "screen") was:
            \(Self.framed(last))
            """
        if transcript, let shown = try? screen() { message += "\nand the screen is:\n\(Self.framed(shown))" }
        throw E2EFailure(message)
    }

    /// The screen with a bar at the start of each line, for failure messages.
    static func framed(_ screen: String) -> String {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map { "|\($0)" }.joined(separator: "\n")
    }

    /// Runs `tmux -L socket ARGS` and returns its standard output; throws with its standard error
    /// when it fails.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        guard let executable = Self.executable else { throw E2EFailure("tmux is not installed") }
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil  // works from inside tmux too, without touching that server
        environment["TMUX_PANE"] = nil
        let result = try runProgram(executable, ["-L", socket] + arguments, environment: environment)
        guard result.status == 0 else {
            throw E2EFailure("tmux \(arguments.joined(separator: " ")) failed: \(result.err)")
        }
        return result.out
    }
}

/// `text` as one word for sh.
func shellQuoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

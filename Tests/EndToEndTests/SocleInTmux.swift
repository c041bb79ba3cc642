import Foundation
import Testing

/// socle in tmux, and the steps most workbench tests take, as a person would.
extension Tmux {
    /// socle in its own session on `sandbox`'s plan folder, with the sandbox's clean environment
    /// plus `environment` (a nil value leaves a variable out).
    ///
    /// By default the pane runs socle itself (`exec`), so ``panePID()`` is socle's pid. With
    /// `reportExit`, a shell runs it and then prints `EXIT=<status>` when it ends.
    /// `arguments` replaces the plan folder as socle's arguments (`present DIR`, `DIR --follow NAME`).
    static func socle(sandbox: Sandbox, environment: [String: String?] = [:], arguments: [String]? = nil,
                      columns: Int = 80, rows: Int = 24, reportExit: Bool = false, afterwards: String? = nil) throws -> Tmux {
        var variables = sandbox.environment
        for (name, value) in environment { variables[name] = value }
        let assignments = variables.sorted { $0.key < $1.key }.map { shellQuoted("\($0.key)=\($0.value)") }
        let program = [try SocleBinary.path()] + (arguments ?? [sandbox.plan.path])
        let invocation = (["env", "-i"] + assignments + program.map(shellQuoted)).joined(separator: " ")
        var command = reportExit ? "\(invocation); echo \"EXIT=$?\"" : "exec \(invocation)"
        if reportExit, let afterwards { command += "; \(afterwards)" }
        return try Tmux(command: command, columns: columns, rows: rows, sandbox: sandbox)
    }

    /// socle on the sandbox's plan, once the workbench is drawn (the rail and the status line).
    static func workbench(sandbox: Sandbox, environment: [String: String?] = [:], columns: Int = 80, rows: Int = 24,
                          reportExit: Bool = false, afterwards: String? = nil,
                          sourceLocation: SourceLocation = #_sourceLocation)
        async throws -> Tmux
    {
        let tmux = try socle(sandbox: sandbox, environment: environment, columns: columns, rows: rows,
                             reportExit: reportExit, afterwards: afterwards)
        try await tmux.waitUntil("the workbench", sourceLocation: sourceLocation) {
            $0.contains("STAGES") && statusLine($0).contains("warning")
        }
        return tmux
    }

    /// Stage 1's Schemes tab, reached by its title.
    @discardableResult
    func openSchemes(sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        try send("1")
        try await waitFor("1  STOCKTAKE", sourceLocation: sourceLocation)
        try await goToTab("Schemes", sourceLocation: sourceLocation)
        return try await waitFor("SCH-11 ", sourceLocation: sourceLocation)
    }

    /// Moves right along the stage's tabs to the one titled `title`, a key at a time, each time
    /// waiting for the tab bar to show the next tab as the current one.
    func goToTab(_ title: String, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        var current = try await currentTab(sourceLocation: sourceLocation)
        var steps = 0
        while current != title {
            steps += 1
            guard steps < 30 else { throw E2EFailure("no tab titled \(title) right of \(current)") }
            try send("l")
            let before = current
            current = try await currentTab(sourceLocation: sourceLocation) { $0 != before }
        }
    }

    /// The title of the current tab (the bold one on the tab bar, without its count), once
    /// `condition` holds for it.
    func currentTab(sourceLocation: SourceLocation = #_sourceLocation,
                    _ condition: (String) -> Bool = { !$0.isEmpty }) async throws -> String {
        var title = ""
        try await waitUntil("the current tab to change", sourceLocation: sourceLocation) { _ in
            title = (try? Self.boldTab(styledScreen())) ?? ""
            return condition(title)
        }
        return title
    }

    /// The bold text right of the stage rail on the tab bar (the screen's fifth line) of a
    /// `capture-pane -e` screen: the current tab's title.
    static func boldTab(_ styled: String) -> String {
        let lines = styled.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count > 4 else { return "" }
        var bold = false
        var pastRail = !lines[4].contains("│")
        var text = ""
        var characters = lines[4].makeIterator()
        while let character = characters.next() {
            if character == "\u{1B}" {
                var sequence = ""
                while let next = characters.next(), next != "m" { sequence.append(next) }
                var parameters = sequence.dropFirst().split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }[...]
                while let parameter = parameters.popFirst() {
                    switch parameter {
                    case 0, 22: bold = false
                    case 1: bold = true
                    case 38, 48, 58: parameters = parameters.dropFirst(parameters.first == 5 ? 2 : 4)
                    default: break
                    }
                }
            } else if character == "│" {
                pastRail = true
                text = ""
            } else if pastRail, bold {
                text.append(character)
            }
        }
        return String(text.trimmingCharacters(in: .whitespaces).prefix { $0 != "·" })
    }

    /// Adds a scheme named `name` from the Schemes tab and waits for the status line to confirm.
    func addScheme(_ name: String, id: String = "SCH-12", sourceLocation: SourceLocation = #_sourceLocation)
        async throws
    {
        try send("a")
        try await waitFor("New scheme \(id)", sourceLocation: sourceLocation)
        try type(name)
        try send("C-s")
        try await waitUntil("the status line to say the scheme was added", sourceLocation: sourceLocation) {
            statusLine($0).contains("Added scheme \(id).")
        }
    }

    /// Waits until socle has ended: the plan's lock is gone.
    func waitForQuit(_ sandbox: Sandbox, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try await eventually("socle to quit and release .lock", sourceLocation: sourceLocation) { !sandbox.lockExists }
    }
}

/// The screen's last non-blank line: socle's status line.
func statusLine(_ screen: String) -> String {
    screen.split(separator: "\n").last { !$0.allSatisfy(\.isWhitespace) }.map(String.init) ?? ""
}

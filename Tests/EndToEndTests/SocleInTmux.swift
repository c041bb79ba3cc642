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

    /// Stage 1's Schemes tab (the fifth: Overview, Indicators, Economy, Groups, Schemes).
    @discardableResult
    func openSchemes(sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        try send("1")
        try await waitFor("1  STOCKTAKE", sourceLocation: sourceLocation)
        try send("l", "l", "l", "l")
        return try await waitFor("SCH-11 ", sourceLocation: sourceLocation)
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

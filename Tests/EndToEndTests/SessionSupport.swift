import Foundation
import Testing

/// Faults and findings for the tests of how a session ends: failing saves, recovery files, the
/// terminal left behind.
extension Sandbox {
    /// Makes every save fail, as a full disk or a read-only folder would, also for root: the
    /// journal becomes a folder, so the line that commits an edit cannot be appended (and the
    /// backups folder a file, so the old plan.json cannot be kept either).
    func breakSaves() throws {
        let backups = plan.appendingPathComponent("backups")
        try? FileManager.default.removeItem(at: backups)
        try Data("not a folder\n".utf8).write(to: backups)
        let journal = plan.appendingPathComponent("journal.jsonl")
        try? FileManager.default.removeItem(at: journal)
        try FileManager.default.createDirectory(at: journal, withIntermediateDirectories: false)
    }

    /// Undoes ``breakSaves()`` (the journal starts again empty).
    func repairSaves() throws {
        try FileManager.default.removeItem(at: plan.appendingPathComponent("backups"))
        try FileManager.default.removeItem(at: plan.appendingPathComponent("journal.jsonl"))
    }

    /// The recovery files of the plan: in its folder, then under the state home.
    func recoveryFiles() -> [URL] {
        let manager = FileManager.default
        let stateRecovery = root.appendingPathComponent(".local/state/socle/recovery")
        var folders = [plan.appendingPathComponent("recovery")]
        folders += ((try? manager.contentsOfDirectory(at: stateRecovery, includingPropertiesForKeys: nil)) ?? [])
        return folders.flatMap { folder in
            ((try? manager.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
                .filter { $0.pathExtension == "json" && !$0.lastPathComponent.hasPrefix(".") }
        }
    }

    /// The text of the only recovery file; fails when there is none or several.
    func recoveryText() throws -> String {
        let files = recoveryFiles()
        guard files.count == 1 else { throw E2EFailure("expected one recovery file, found \(files)") }
        return String(decoding: try Data(contentsOf: files[0]), as: UTF8.self)
    }
}

extension Tmux {
    /// The pane's exit report (`EXIT=N`), once the program has ended.
    func exitStatus(sourceLocation: SourceLocation = #_sourceLocation) async throws -> Int {
        let text = try await waitFor("EXIT=", transcript: true, sourceLocation: sourceLocation)
        guard let range = text.range(of: "EXIT="),
              let status = Int(text[range.upperBound...].prefix { $0.isNumber })
        else { throw E2EFailure("no exit status in:\n\(Tmux.framed(text))") }
        return status
    }

    /// Checks the terminal was given back: the normal screen, a visible cursor.
    func expectTerminalRestored(sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try display("#{alternate_on}") == "0", "still in the alternate screen", sourceLocation: sourceLocation)
        #expect(try display("#{cursor_flag}") == "1", "the cursor is hidden", sourceLocation: sourceLocation)
    }

    /// Adds a scheme whose save fails (after ``Sandbox/breakSaves()``), and waits for SAVE FAILED.
    func addSchemeThatFails(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try send("a")
        try await waitFor("New scheme SCH-12", sourceLocation: sourceLocation)
        try type(name)
        try send("C-s")
        try await waitUntil("SAVE FAILED", sourceLocation: sourceLocation) { statusLine($0).contains("SAVE FAILED") }
    }
}

/// The modes of the terminal `tty` as `stty -a` prints them.
func terminalModes(_ tty: String) throws -> String {
    let result = try runProgram("/bin/sh", ["-c", "stty -a < \(shellQuoted(tty))"], environment: [:])
    return result.out
}

/// The state letter of a process (/proc/PID/stat): `S` sleeping, `T` stopped...
func processState(_ pid: Int32) -> Character? {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
          let end = stat.lastIndex(of: ")") else { return nil }
    return stat[stat.index(after: end)...].trimmingCharacters(in: .whitespaces).first
}

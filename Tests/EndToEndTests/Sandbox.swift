import Foundation

/// A private temporary folder for one test: a copy of the example plan in `plan/`, its own
/// XDG data and config folders, and a clean environment to run socle in. Removed when released.
final class Sandbox {
    let root: URL
    /// The plan folder (a copy of examples/kibara unless made empty).
    let plan: URL
    /// The user name socle sees ($USER), written in its lock and journal.
    let user: String

    init(copyExample: Bool = true, user: String = "e2e-tester") throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("socle-e2e-\(UUID().uuidString.prefix(8))", isDirectory: true)
        plan = root.appendingPathComponent("plan", isDirectory: true)
        self.user = user
        let manager = FileManager.default
        for folder in ["plan", "data", "config"] {
            try manager.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        if copyExample {
            try manager.copyItem(at: SocleBinary.example.appendingPathComponent("plan.json"), to: planJSON)
        }
    }

    deinit {
        // A program that has just ended may still be writing its last file: try again briefly.
        for _ in 0..<20 {
            guard (try? FileManager.default.removeItem(at: root)) == nil else { return }
            guard FileManager.default.fileExists(atPath: root.path) else { return }
            usleep(50_000)
        }
    }

    var planJSON: URL { plan.appendingPathComponent("plan.json") }
    var lockFile: URL { plan.appendingPathComponent(".lock") }
    var journal: URL { plan.appendingPathComponent("journal.jsonl") }

    /// The whole environment socle runs with: nothing inherited from the developer's shell, so a
    /// stray NO_COLOR or LC_ALL cannot change what a test sees.
    var environment: [String: String] {
        [
            "HOME": root.path,
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "USER": user,
            "LANG": "C.UTF-8",
            "TERM": "xterm-256color",
            "XDG_DATA_HOME": root.appendingPathComponent("data").path,
            "XDG_CONFIG_HOME": root.appendingPathComponent("config").path,
        ]
    }

    /// Adds `lines` to socle's config.toml in this sandbox.
    func configure(_ lines: String) throws {
        let folder = root.appendingPathComponent("config/socle")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("config.toml")
        let before = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        try Data((before + lines).utf8).write(to: file)
    }

    /// One session at a time edits, as before co-editing: a second one opens read-only. Its holder
    /// counts as idle (offered for takeover) after `idleMinutes`: a day by default, since a busy
    /// machine running the whole suite can hold a test back for minutes between two steps.
    func exclusiveLocks(idleMinutes: Int = 1440) throws {
        try configure("shared_editing = false\nlock_idle_minutes = \(idleMinutes)\n")
    }

    /// The bytes of plan.json now.
    func planBytes() throws -> Data { try Data(contentsOf: planJSON) }

    /// Rewrites plan.json's text with `change` (for hand-made damage or odd content).
    func editPlanText(_ change: (String) -> String) throws {
        let text = String(decoding: try planBytes(), as: UTF8.self)
        try Data(change(text).utf8).write(to: planJSON)
    }

    /// Changes plan.json as a JSON object tree and writes it back (formatting is not kept).
    func editPlanJSON(_ change: (inout [String: Any]) throws -> Void) throws {
        guard var object = try JSONSerialization.jsonObject(with: planBytes()) as? [String: Any] else {
            throw E2EFailure("plan.json is not a JSON object")
        }
        try change(&object)
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]).write(to: planJSON)
    }

    /// The journal's edits, each decoded as a JSON object; the checkpoint lines (plan.json was
    /// rewritten here: `{"checkpoint": …, "through": …}`) are left out.
    func journalEntries() throws -> [[String: Any]] {
        let text = String(decoding: try Data(contentsOf: journal), as: UTF8.self)
        return try text.split(separator: "\n").compactMap { line in
            guard let entry = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw E2EFailure("journal line is not an object: \(line)")
            }
            return entry["checkpoint"] == nil ? entry : nil
        }
    }

    var lockExists: Bool { FileManager.default.fileExists(atPath: lockFile.path) }
}

/// Changes the first scheme (stocktake.schemes[0]) in a plan's JSON tree.
func changeFirstScheme(in object: inout [String: Any], _ change: (inout [String: Any]) -> Void) throws {
    guard var stocktake = object["stocktake"] as? [String: Any],
          var schemes = stocktake["schemes"] as? [[String: Any]], !schemes.isEmpty
    else { throw E2EFailure("plan.json has no stocktake.schemes") }
    change(&schemes[0])
    stocktake["schemes"] = schemes
    object["stocktake"] = stocktake
}

extension Sandbox {
    /// The process id written in the plan's .lock.
    func lockPID() throws -> Int32 {
        let lock = try JSONSerialization.jsonObject(with: Data(contentsOf: lockFile)) as? [String: Any]
        guard let pid = lock?["pid"] as? Int else { throw E2EFailure("no pid in .lock") }
        return Int32(pid)
    }
}

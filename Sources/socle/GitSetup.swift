import ArgumentParser
import Foundation
import PlanStore

/// `socle git-setup DIR`: registers Socle as git's merge driver for the plan folder's plan.json.
struct GitSetup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "git-setup",
        abstract: "Make a plan folder ready for git: Socle merges plan.json, and its own files stay out.",
        discussion: """
            Writes `plan.json merge=socle` to DIR/.gitattributes, the lines for the lock, backups, recovery \
            files and the journal to DIR/.gitignore, and sets `merge.socle.driver` in the repository's git \
            config (git init is run first when DIR is in no repository). Running it again changes nothing \
            that is already right; it says what it did. Git does not copy its config with a clone: everyone \
            who clones the repository runs `socle git-setup DIR` once (without it, git merges plan.json as \
            text, with conflict markers).
            """)

    @Argument(help: "The plan folder.", completion: .directory) var dir: String

    func run() throws {
        let folder = URL(fileURLWithPath: dir).standardizedFileURL
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("plan.json").path) else {
            throw Failure(description: "socle git-setup: \(folder.path) is not a plan folder (it has no plan.json).")
        }
        var done: [String] = []
        if Git.topLevel(of: folder.path) == nil {
            guard let result = Git.run(["init", "-q"], in: folder.path) else {
                throw Failure(description: "socle git-setup: git cannot be run; is it installed?")
            }
            guard result.status == 0 else { throw Failure(description: "socle git-setup: git init failed: \(result.error)") }
            done.append("made \(folder.path) a git repository (git init)")
        }
        if try ensureLines(["plan.json merge=socle"], in: folder.appendingPathComponent(".gitattributes"),
                           same: { $0.split(separator: " ").first == "plan.json" && $0.contains("merge=socle") }) {
            done.append("wrote `plan.json merge=socle` to .gitattributes")
        }
        let ignored = try ensureMissing(PlanFolder.gitignoreLines, in: folder.appendingPathComponent(".gitignore"))
        if !ignored.isEmpty { done.append("added \(ignored.joined(separator: ", ")) to .gitignore") }
        for (key, value) in [("merge.socle.name", "Socle plan merge, by entity and field"),
                             ("merge.socle.driver", "\(GitSetup.socleCommand()) merge-driver %O %A %B %P")] {
            let current = Git.run(["config", "--get", key], in: folder.path)?.text
            if current != value {
                guard let result = Git.run(["config", key, value], in: folder.path), result.status == 0 else {
                    throw Failure(description: "socle git-setup: cannot set \(key) in the git config.")
                }
                done.append("set git config \(key) = \(value)")
            }
        }
        if done.isEmpty {
            Output.line("\(folder.path) is already set up: git merges plan.json with Socle.")
        } else {
            for line in done { Output.line("git-setup: \(line)") }
            Output.line("Commit .gitattributes and .gitignore. Whoever clones the repository runs "
                + "`socle git-setup` on the plan folder once: git does not copy its config.")
        }
        if let tracked = Git.run(["ls-files", "--", "journal.jsonl", "backups"], in: folder.path)?.text, !tracked.isEmpty {
            Output.line("Note: git still tracks \(tracked.split(separator: "\n").count) of Socle's own files; "
                + "`git rm -r --cached journal.jsonl backups` stops that (the files stay here).")
        }
    }

    /// Appends `lines` unless a line passing `same` is there; true when it wrote.
    private func ensureLines(_ lines: [String], in file: URL, same: (String) -> Bool) throws -> Bool {
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        if text.split(separator: "\n").contains(where: { same(String($0).trimmingCharacters(in: .whitespaces)) }) {
            return false
        }
        try append(lines, to: file, after: text)
        return true
    }

    /// Appends those of `lines` the file lacks; returns them.
    private func ensureMissing(_ lines: [String], in file: URL) throws -> [String] {
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        let present = Set(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        let missing = lines.filter { !present.contains($0) }
        if !missing.isEmpty { try append(missing, to: file, after: text) }
        return missing
    }

    private func append(_ lines: [String], to file: URL, after text: String) throws {
        let joined = (text.isEmpty || text.hasSuffix("\n") ? text : text + "\n") + lines.joined(separator: "\n") + "\n"
        do {
            try Data(joined.utf8).write(to: file, options: .atomic)
        } catch {
            throw Failure(description: "socle git-setup: cannot write \(file.path): \(error.localizedDescription)")
        }
    }

    /// How git should call this program: `socle` when that is what PATH finds, else its full path.
    static func socleCommand() -> String {
        let me = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).resolvingSymlinksInPath().path
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("socle")
            if FileManager.default.isExecutableFile(atPath: candidate.path) {
                return candidate.resolvingSymlinksInPath().path == me ? "socle" : shellQuoted(me)
            }
        }
        return shellQuoted(me)
    }

    static func shellQuoted(_ text: String) -> String {
        text.allSatisfy { $0.isLetter || $0.isNumber || "/._-+".contains($0) } ? text
            : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

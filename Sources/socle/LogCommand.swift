import ArgumentParser
import Foundation
import PlanDomain
import PlanStore

/// `socle log DIR`: the plan's history, from its journal and from git.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Show the plan's history: who changed what, and when (from its journal, and git when present).",
        discussion: """
            Lists, newest first, every edit saved in this folder (journal.jsonl: the time, who made it and \
            what it changed), and, when the folder is in a git repository, every commit that changed plan.json \
            (its author, its message and its changes in domain words, against its first parent). \
            Times are UTC. --json gives the same as a list of objects.
            """)

    @Argument(help: "The plan folder.", completion: .directory) var dir: String
    @Option(help: "At most this many entries (the newest).") var limit: Int?
    @Flag(help: "Print the history as JSON.") var json = false

    struct Entry: Encodable {
        var time: Date
        /// The person's name where known, else the account.
        var who: String
        var source: String
        var summary: String
        var account: String?
        var commit: String?
        var changes: [String]?
    }

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1.") }
    }

    func run() throws {
        let folder = URL(fileURLWithPath: dir)
        let plan = try Loading.plan(at: dir)
        let journal: JournalContents
        do {
            journal = try PlanStore.readJournal(at: folder)
        } catch {
            throw Failure(description: "socle: \(error)")
        }
        var entries = journal.entries.map { line in
            Entry(time: line.time, who: line.author ?? line.user, source: "journal",
                  summary: LogCommand.describe(line.edit, in: plan), account: "\(line.user)@\(line.host)")
        }
        entries += commits(in: folder.path, numbers: Output.numbers(for: plan))
        // Newest first; in one second, the journal's lines (edits since the last commit) first, and
        // of two lines, the later one in the journal (times have whole seconds only).
        entries = entries.enumerated().sorted {
            ($0.element.time, $0.element.source == "journal" ? 1 : 0, $0.offset)
                > ($1.element.time, $1.element.source == "journal" ? 1 : 0, $1.offset)
        }.map(\.element)
        if let limit { entries = Array(entries.prefix(limit)) }
        for skipped in journal.skipped { Output.error("socle: journal.jsonl: \(skipped)") }
        if json {
            try Output.json(entries)
            return
        }
        if entries.isEmpty { Output.line("No history yet: no edit has been saved in \(dir), and git has no commit of it.") }
        for entry in entries {
            let source = entry.commit.map { "commit \($0.prefix(7)) " } ?? ""
            Output.line("\(LogCommand.readable(entry.time))  \(entry.who)  \(source)\(entry.summary)")
            for change in entry.changes ?? [] { Output.line("    " + change) }
        }
    }

    /// The commits that changed plan.json, each with its changes against its first parent.
    private func commits(in directory: String, numbers: NumberConvention) -> [Entry] {
        guard Git.topLevel(of: directory) != nil,
              let result = Git.run(["log", "--format=%H%x1f%P%x1f%an%x1f%at%x1f%s", "--", "plan.json"], in: directory),
              result.status == 0 else { return [] }
        var cache: [String: Plan] = [:]
        func plan(_ revision: String) -> Plan? {
            if let known = cache[revision] { return known }
            guard let data = try? Git.planFile(at: revision, in: directory),
                  let decoded = try? PlanCodec.decode(data, file: "\(revision):plan.json").plan else { return nil }
            cache[revision] = decoded
            return decoded
        }
        let lines = result.text.split(separator: "\n").prefix(limit ?? Int.max)
        return lines.compactMap { line in
            let fields = line.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5, let seconds = TimeInterval(fields[3]) else { return nil }
            let (commit, parent) = (fields[0], fields[1].split(separator: " ").first.map(String.init))
            var changes: [String] = []
            if let after = plan(commit) {
                if let parent, let before = plan(parent) {
                    changes = before.diff(to: after).lines(numbers: numbers, plan: after)
                } else {
                    changes = ["plan.json added"]
                }
            }
            return Entry(time: Date(timeIntervalSince1970: seconds), who: fields[2], source: "git",
                         summary: "\"\(fields[4])\"", commit: commit, changes: changes)
        }
    }

    /// The journal's summary, with the names of the entities it touched.
    static func describe(_ edit: Edit, in plan: Plan) -> String {
        switch edit {
        case .insert(let entity, _), .update(let entity):
            return entity.title.isEmpty ? edit.summary : "\(edit.summary) \"\(entity.title)\""
        case .delete(let kind, let id):
            return edit.summary + (plan.entity(kind, id: id).map { " \"\($0.title)\"" } ?? "")
        case .batch(let edits) where edits.count == 1:
            return describe(edits[0], in: plan)
        case .set, .batch:
            return edit.summary
        }
    }

    static func readable(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        return formatter.string(from: date)
    }
}

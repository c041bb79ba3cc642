import Foundation

/// The layout of a plan folder:
///
///     plan.json       the whole plan (see PlanCodec)
///     journal.jsonl   one line per saved edit (see Journal)
///     backups/        the versions saves replaced (see Backups)
///     .lock           who is editing (see PlanLock)
///     exports/        documents generated from the plan
///     recovery/       changes a session could not save (see RecoveryPlace)
///     sessions/       one file per session open on the plan, for the others (see SessionRegistry)
///
/// A save in progress also has a `.plan.json.tmp-PID-N` next to plan.json for a moment.
public struct PlanFolder: Equatable, Sendable {
    public let url: URL

    public init(_ url: URL) {
        self.url = url.standardizedFileURL
    }

    public static let planFileName = "plan.json"
    public static let exportsFolderName = "exports"
    static let gitignoreFileName = ".gitignore"
    static let planTemporaryPrefix = ".plan.json.tmp"

    /// The names Socle keeps in a plan folder besides `exports/`, and the prefixes of its
    /// temporary files: nothing but the store writes there (exports refuse to).
    static var ownNames: [String] {
        [planFileName, Journal.fileName, PlanLock.name, Backups.folderName, gitignoreFileName, SessionRegistry.folderName]
    }
    static var ownPrefixes: [String] { [planTemporaryPrefix, PlanLock.temporaryPrefix] }

    static func isOwn(_ name: String) -> Bool {
        ownNames.contains(name) || ownPrefixes.contains { name.hasPrefix($0 + "-") }
    }

    /// True when `path` is, or is inside, one of the files Socle keeps in a plan folder: a name
    /// of `ownNames` or `ownPrefixes` next to a plan.json, or anything in a plan's backups folder.
    static func isOwnFile(_ path: String) -> Bool {
        let url = URL(fileURLWithPath: path)
        var child = url.lastPathComponent
        var parent = url.deletingLastPathComponent()
        while parent.path != "/" && !parent.path.isEmpty {
            let isPlanFolder = (try? FileSystem.status(parent.appendingPathComponent(planFileName).path)) != nil
            if isPlanFolder && isOwn(child) { return true }
            child = parent.lastPathComponent
            parent = parent.deletingLastPathComponent()
        }
        return false
    }

    public var planFile: URL { url.appendingPathComponent(Self.planFileName) }
    public var journalFile: URL { url.appendingPathComponent(Journal.fileName) }
    public var backupsFolder: URL { url.appendingPathComponent(Backups.folderName, isDirectory: true) }
    public var lockFile: URL { url.appendingPathComponent(PlanLock.name) }
    public var exportsFolder: URL { url.appendingPathComponent(Self.exportsFolderName, isDirectory: true) }
    public var gitignoreFile: URL { url.appendingPathComponent(Self.gitignoreFileName) }

    /// What a plan folder keeps out of git: the lock, half-written saves, backups, recovery files,
    /// the journal (it is this machine's record of its sessions: `socle log` reads it beside
    /// git's history, and two machines' journals would collide at every merge) and the files of
    /// the sessions open on it.
    public static var gitignoreLines: [String] {
        [PlanLock.name, PlanLock.temporaryPrefix + "-*", planTemporaryPrefix + "-*", Backups.folderName + "/",
         RecoveryPlace.folderName + "/", Journal.fileName, SessionRegistry.folderName + "/"]
    }

    static var gitignoreText: String { gitignoreLines.joined(separator: "\n") + "\n" }

    /// The .gitignore of plan folders made by earlier versions: before the sessions' files, and
    /// before the journal, were kept out of git.
    static var olderGitignoreTexts: [String] {
        [gitignoreLines.dropLast(), gitignoreLines.dropLast(2)].map { $0.joined(separator: "\n") + "\n" }
    }

    var path: String { url.path }
    var planPath: String { planFile.path }

    /// Removes the temporary files that a save or a lock killed half-way left behind: the plan and
    /// lock temporaries of processes that are gone. Best effort: what cannot be removed stays, and is
    /// never read.
    func removeStaleTemporaries() {
        let names = (try? FileSystem.names(in: path)) ?? []
        for name in names where isStale(name) {
            try? FileSystem.removeFile(path + "/" + name)
        }
        let backupNames = (try? FileSystem.names(in: backupsFolder.path)) ?? []
        for name in backupNames where name.hasPrefix(".backup.tmp-") {
            try? FileSystem.removeFile(backupsFolder.path + "/" + name)
        }
        // Recovery files cut short: the store's temporaries, and the signal handlers' `NAME.json.tmp`.
        let recovery = url.appendingPathComponent(RecoveryPlace.folderName).path
        for name in (try? FileSystem.names(in: recovery)) ?? []
        where name.hasPrefix(".recovery.tmp-") || name.hasSuffix(".json.tmp") {
            try? FileSystem.removeFile(recovery + "/" + name)
        }
    }

    /// A temporary file of a process that is gone: another session editing beside this one may be
    /// writing its own right now.
    private func isStale(_ name: String) -> Bool {
        for prefix in [Self.planTemporaryPrefix + "-", PlanLock.temporaryPrefix + "-"] where name.hasPrefix(prefix) {
            let pid = name.dropFirst(prefix.count).prefix { $0 != "-" }
            guard let pid = Int32(pid) else { return prefix.hasPrefix(Self.planTemporaryPrefix) }
            return !Identity.isAlive(pid: pid)
        }
        return false
    }
}

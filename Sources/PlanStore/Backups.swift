import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `backups/` folder: the versions of plan.json that saves replaced, newest last.
///
/// Names are `plan-<UTC time>-<n>.json`, where n counts up over the life of the folder, so the
/// order holds even when the clock goes back. A backup is a hard link to the replaced file
/// (instant, whatever the plan's size), or a copy on filesystems without hard links. Files in
/// the folder that do not follow the pattern are left alone.
struct Backups {
    static let folderName = "backups"

    let directory: String
    /// How many backups to keep; 0 keeps none.
    let keep: Int

    struct Entry {
        var number: Int
        var name: String
    }

    /// Saves the current `planPath` as the newest backup and removes the oldest beyond `keep`.
    /// Returns the backup's path, or nil when none is kept.
    @discardableResult
    func add(from planPath: String, at date: Date) throws -> String? {
        guard keep > 0 else { return nil }
        if try FileSystem.status(directory) == nil { try FileSystem.makeDirectory(directory) }
        var entries = try list()
        var number = (entries.last?.number ?? 0) + 1
        while true {
            let name = "plan-\(UTCTime.compact(date))-\(number).json"
            let target = directory + "/" + name
            do {
                try place(planPath, at: target)
                entries.append(Entry(number: number, name: name))
                break
            } catch PlanStoreError.io(_, _, EEXIST) {
                number += 1
            }
        }
        for old in entries.dropLast(keep) {
            try FileSystem.removeFile(directory + "/" + old.name)
        }
        try FileSystem.syncDirectory(directory)
        return directory + "/" + entries[entries.count - 1].name
    }

    private func place(_ planPath: String, at target: String) throws {
        do {
            try FileSystem.hardLink(planPath, to: target)
        } catch PlanStoreError.io(_, _, let code) where [EPERM, ENOTSUP, EOPNOTSUPP, ENOSYS, EXDEV].contains(code) {
            let data = try FileSystem.readFile(planPath)
            let mode = try FileSystem.status(planPath)?.mode
            let temporary = try FileSystem.createTemporary(in: directory, prefix: ".backup.tmp", data: data,
                                                           mode: mode)
            defer { try? FileSystem.removeFile(temporary) }
            // link, not rename: an existing backup of that name must not be replaced.
            do {
                try FileSystem.hardLink(temporary, to: target)
            } catch PlanStoreError.io(_, _, let code) where code != EEXIST {
                try FileSystem.renameReplacing(temporary, to: target)
            }
        }
    }

    /// The backups, oldest first; an empty list when the folder does not exist.
    func list() throws -> [Entry] {
        guard try FileSystem.status(directory)?.kind == .directory else { return [] }
        return try FileSystem.names(in: directory).compactMap(Self.entry).sorted { $0.number < $1.number }
    }

    static func entry(_ name: String) -> Entry? {
        guard name.hasPrefix("plan-"), name.hasSuffix(".json") else { return nil }
        let stem = name.dropFirst("plan-".count).dropLast(".json".count)
        guard let dash = stem.lastIndex(of: "-"), let number = Int(stem[stem.index(after: dash)...]),
              number > 0 else { return nil }
        return Entry(number: number, name: name)
    }
}

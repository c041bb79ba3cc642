import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Making a new plan folder all at once: built in a hidden sibling folder, flushed, renamed into place.
enum NewPlanFolder {
    static let stagingMarker = ".socle-new-"

    /// Builds the folder `folder` holding plan.json with `data`, an empty backups/ and exports/,
    /// and the .gitignore. Throws `folderNotEmpty` when something else is already there.
    static func build(_ folder: PlanFolder, data: Data) throws {
        let parentURL = folder.url.deletingLastPathComponent()
        let parent = parentURL.path
        let name = folder.url.lastPathComponent
        guard try FileSystem.status(parent) != nil else { throw FileSystem.failure("create the folder", folder.path, ENOENT) }
        removeDeadStagings(in: parent, for: name)
        if let status = try FileSystem.status(folder.path) {
            guard status.kind == .directory else { throw PlanStoreError.notAFolder(path: folder.path) }
            try clearLeftovers(folder)
        }
        let staging = parent + "/" + stagingPrefix(for: name) + "\(getpid())-"
            + String(UInt32.random(in: 0...UInt32.max), radix: 16)
        do {
            try FileSystem.makeDirectory(staging)
        } catch PlanStoreError.io(_, _, let code) where [EACCES, EPERM].contains(code) && exists(folder) {
            // A folder made for the plan in a folder the user may not write to: build it in place.
            return try buildInPlace(folder.path, data: data)
        } catch PlanStoreError.io(_, _, let code) {
            // The hidden staging folder is Socle's business: the error names the folder asked for.
            throw FileSystem.failure("create the folder", folder.path, code)
        }
        do {
            try fill(staging, data: data, planFileLast: false)
            try FileSystem.syncDirectory(staging)
            // rename(2) replaces an empty folder and fails on one that is not empty.
            guard rename(staging, folder.path) == 0 else {
                let code = errno
                if code == ENOTEMPTY || code == EEXIST { throw PlanStoreError.folderNotEmpty(path: folder.path) }
                // An empty mount point cannot be renamed over: build in it.
                guard [EBUSY, EXDEV].contains(code), exists(folder) else {
                    throw FileSystem.failure("rename \(staging) to", folder.path, code)
                }
                try? FileManager.default.removeItem(atPath: staging)
                return try buildInPlace(folder.path, data: data)
            }
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw error
        }
        try FileSystem.syncDirectory(parent)
    }

    private static func exists(_ folder: PlanFolder) -> Bool {
        (try? FileSystem.status(folder.path))??.kind == .directory
    }

    /// The plan folder's content in `directory`. With `planFileLast`, plan.json is written to a
    /// temporary file and renamed in last, so until the folder is complete it is no plan.
    private static func fill(_ directory: String, data: Data, planFileLast: Bool) throws {
        try FileSystem.makeDirectory(directory + "/" + Backups.folderName)
        try FileSystem.makeDirectory(directory + "/" + PlanFolder.exportsFolderName)
        try FileSystem.createFile(directory + "/" + PlanFolder.gitignoreFileName, data: Data(PlanFolder.gitignoreText.utf8))
        if planFileLast {
            try FileSystem.syncDirectory(directory)
            let temporary = try FileSystem.createTemporary(in: directory, prefix: PlanFolder.planTemporaryPrefix, data: data)
            try FileSystem.renameReplacing(temporary, to: directory + "/" + PlanFolder.planFileName)
        } else {
            try FileSystem.createFile(directory + "/" + PlanFolder.planFileName, data: data)
        }
    }

    /// Builds the plan in the existing, emptied folder `path`, plan.json last; what a kill leaves
    /// is what `clearLeftovers` clears.
    private static func buildInPlace(_ path: String, data: Data) throws {
        try fill(path, data: data, planFileLast: true)
        try FileSystem.syncDirectory(path)
    }

    /// Empties the existing folder `folder` when it holds only what an earlier, interrupted
    /// `create` (of this or an older Socle) leaves: empty backups/ and exports/ folders, the
    /// .gitignore as Socle writes it, a lock of a process that is gone, and temporary files.
    /// Anything else, plan.json above all, makes it `folderNotEmpty` and nothing is removed.
    static func clearLeftovers(_ folder: PlanFolder) throws {
        let names = try FileSystem.names(in: folder.path)
        for name in names where !isLeftover(name, in: folder) {
            throw PlanStoreError.folderNotEmpty(path: folder.path)
        }
        for name in names {
            let path = folder.path + "/" + name
            if try FileSystem.status(path)?.kind == .directory {
                guard rmdir(path) == 0 else { throw FileSystem.failure("remove the folder", path) }
            } else {
                try FileSystem.removeFile(path)
            }
        }
    }

    private static func isLeftover(_ name: String, in folder: PlanFolder) -> Bool {
        let path = folder.path + "/" + name
        switch name {
        case Backups.folderName, PlanFolder.exportsFolderName, SessionRegistry.folderName:
            return (try? FileSystem.status(path))??.kind == .directory && (try? FileSystem.names(in: path))?.isEmpty == true
        case PlanFolder.gitignoreFileName:
            let text = try? FileSystem.readFile(path, limit: 4096)
            return ([PlanFolder.gitignoreText] + PlanFolder.olderGitignoreTexts).contains { text == Data($0.utf8) }
        case PlanLock.name:
            guard let data = try? FileSystem.readFile(path, limit: 4096), let holder = LockInfo(fileData: data) else {
                return false
            }
            return holder.host == Identity.currentHost && !Identity.isAlive(pid: holder.pid)
        default:
            return name.hasPrefix(PlanFolder.planTemporaryPrefix + "-") || name.hasPrefix(PlanLock.temporaryPrefix + "-")
        }
    }

    /// The start of the staging folders' names for `name`: the name cut to 100 bytes, so that a long
    /// folder name that the file system takes still leaves room for the marker and the process.
    static func stagingPrefix(for name: String) -> String {
        var kept = ""
        for character in name where kept.utf8.count + String(character).utf8.count <= 100 { kept.append(character) }
        return "." + kept + stagingMarker
    }

    /// Removes the staging folders for `name` that processes which are gone left in `parent`.
    private static func removeDeadStagings(in parent: String, for name: String) {
        let prefix = stagingPrefix(for: name)
        for entry in (try? FileSystem.names(in: parent)) ?? [] where entry.hasPrefix(prefix) {
            guard let pid = Int32(entry.dropFirst(prefix.count).prefix { $0 != "-" }), !Identity.isAlive(pid: pid) else {
                continue
            }
            try? FileManager.default.removeItem(atPath: parent + "/" + entry)
        }
    }
}

import Foundation
import PlanDomain
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why an export was not written. Nothing was changed on disk.
public enum ExportError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The target is one of the files Socle keeps in a plan folder (`shown` says where a link led).
    case planFile(path: String, shown: String)
    /// The target exists and replacing it was not allowed.
    case exists(path: String)
    /// The target is a folder (`isFolder`), a device or something else that is not a plain file.
    case notAFile(path: String, isFolder: Bool)
    /// The target is a chain of symbolic links that does not end (a loop).
    case linkLoop(path: String)
    /// A strategy document format, which PlanReports lays out (`socle document`).
    case laidOutElsewhere(String)

    public var description: String {
        switch self {
        case .planFile(let path, let shown):
            return "\(shown) is one of the files Socle keeps in a plan folder ("
                + PlanFolder.ownNames.joined(separator: ", ") + "); an export never writes over them. "
                + "Nothing was written to \(path); choose another file."
        case .exists(let path):
            return "\(path) already exists; add --force to replace it, or choose another file with -o."
        case .notAFile(let path, let isFolder):
            return "\(path) is " + (isFolder ? "a folder" : "not a plain file (a device, a pipe or a socket)")
                + "; an export writes a file: name one with -o, or use -o - for standard output."
        case .linkLoop(let path):
            return "\(path) is a symbolic link that leads nowhere (a loop of links)."
        case .laidOutElsewhere(let name):
            return "\(name) is written by `socle document`, not by the action plan's export."
        }
    }
}

extension PlanStore {
    /// Writes the export `kind` of `plan` to `file`, or to `exports/<name>` in `folder`. Returns
    /// where it went (the path asked for).
    ///
    /// - A target that is one of the plan folder's own files (any plan folder's) is refused.
    /// - An existing target is replaced only when `replacing`; otherwise `ExportError.exists`.
    /// - The file is written atomically: a temporary file in the target's folder, flushed, then
    ///   renamed into place (or linked, when not replacing, so a file made meanwhile is not lost),
    ///   and the folder flushed. A replaced file keeps its permissions.
    /// - A symbolic link is followed: the file it points to is replaced, the link stays.
    @discardableResult
    public static func export(_ kind: ExportKind, of plan: Plan, folder: URL, to file: URL? = nil,
                              replacing: Bool = false, stamp: Date) throws -> URL {
        try writeExport(named: kind.fileName, folder: folder, to: file, replacing: replacing) {
            try kind.data(plan, stamp: stamp)
        }
    }

    /// Writes the document `make` returns to `file`, or to `exports/<name>` in `folder`, with the
    /// same rules as `export(_:of:folder:to:replacing:stamp:)`; `make` runs only once the target is
    /// known to be writable. Returns where it went (the path asked for).
    @discardableResult
    public static func writeExport(named name: String, folder: URL, to file: URL? = nil, replacing: Bool = false,
                                   make: () throws -> Data) throws -> URL {
        let asked = file ?? PlanFolder(folder).exportsFolder.appendingPathComponent(name)
        if file == nil {
            let exports = PlanFolder(folder).exportsFolder.path
            if try FileSystem.status(exports) == nil { try FileSystem.makeDirectory(exports) }
        }
        let linked = try followLinks(asked.path)
        let directory = try FileSystem.realPath(URL(fileURLWithPath: linked).deletingLastPathComponent().path)
        let target = directory + "/" + URL(fileURLWithPath: linked).lastPathComponent
        if PlanFolder.isOwnFile(target) {
            throw ExportError.planFile(path: asked.path, shown: target == asked.path ? target : "\(asked.path) (a link to \(target))")
        }
        let existing = try FileSystem.status(target)
        if let existing {
            guard existing.kind == .file else {
                throw ExportError.notAFile(path: asked.path, isFolder: existing.kind == .directory)
            }
            guard replacing else { throw ExportError.exists(path: asked.path) }
        }
        let data = try make()
        let temporary = try FileSystem.createTemporary(in: directory, prefix: ".export.tmp", data: data,
                                                       mode: existing?.mode)
        defer { try? FileSystem.removeFile(temporary) }
        if existing == nil {
            do {
                try FileSystem.hardLink(temporary, to: target)
            } catch PlanStoreError.io(_, _, EEXIST) {
                throw ExportError.exists(path: asked.path)
            } catch PlanStoreError.io(_, _, let code) where [EPERM, ENOTSUP, EOPNOTSUPP, EMLINK].contains(code) {
                try FileSystem.renameReplacing(temporary, to: target)
            }
        } else {
            try FileSystem.renameReplacing(temporary, to: target)
        }
        try FileSystem.syncDirectory(directory)
        return asked
    }

    /// The path a chain of symbolic links at `path` ends at (`path` itself when it is no link).
    private static func followLinks(_ path: String) throws -> String {
        var current = path
        for _ in 0..<40 {
            guard try FileSystem.status(current)?.kind == .symlink else { return current }
            let destination = try FileSystem.readLink(current)
            current = destination.hasPrefix("/") ? destination
                : URL(fileURLWithPath: current).deletingLastPathComponent().path + "/" + destination
        }
        throw ExportError.linkLoop(path: path)
    }
}

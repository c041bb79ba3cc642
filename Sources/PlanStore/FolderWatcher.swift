import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tells a session that something changed in its plan folder: another session saved (plan.json,
/// the journal) or moved (`sessions/`).
///
/// On Linux it asks the kernel (inotify): ``descriptor`` becomes readable when a file changes,
/// and the workbench waits on it beside the terminal, so an idle session still never wakes for
/// nothing. Where inotify is missing or refused (another system, a file system without it, the
/// limit of watches reached) ``descriptor`` is nil and the caller looks every ``pollInterval``
/// milliseconds instead; ``changed()`` then compares the files' sizes and times. Half a second, so
/// that a change is on screen within a second even then (the look, the reading of the others'
/// lines and the redraw take their time too).
public final class FolderWatcher {
    /// How often to look when the kernel cannot tell.
    public static let pollInterval = 500

    public let folder: PlanFolder
    public private(set) var descriptor: Int32?
    private var signature: Signature

    struct Signature: Equatable {
        var plan: FileSystem.Status?
        var journal: FileSystem.Status?
        var sessions: [String: Date]
    }

    public init(folder: PlanFolder, useKernel: Bool = true) {
        self.folder = folder
        self.signature = Self.signature(of: folder)
        if useKernel { descriptor = Self.watch(folder) }
    }

    deinit {
        if let descriptor { close(descriptor) }
    }

    /// Whether the plan folder changed since the last call: the kernel's events are drained, or
    /// the files are compared with what they were.
    public func changed() -> Bool {
        if let descriptor {
            var any = false
            var buffer = [UInt8](repeating: 0, count: 4096)
            while read(descriptor, &buffer, buffer.count) > 0 { any = true }
            if any { signature = Self.signature(of: folder) }
            return any
        }
        let now = Self.signature(of: folder)
        defer { signature = now }
        return now != signature
    }

    private static func signature(of folder: PlanFolder) -> Signature {
        let sessions = folder.url.appendingPathComponent(SessionRegistry.folderName).path
        var times: [String: Date] = [:]
        for name in (try? FileSystem.names(in: sessions)) ?? [] {
            times[name] = (try? FileSystem.status(sessions + "/" + name))?.modified
        }
        return Signature(plan: try? FileSystem.status(folder.planPath),
                         journal: try? FileSystem.status(folder.journalFile.path), sessions: times)
    }

    private static func watch(_ folder: PlanFolder) -> Int32? {
        #if os(Linux)
        let sessions = folder.url.appendingPathComponent(SessionRegistry.folderName).path
        if (try? FileSystem.status(sessions)) == nil { try? FileSystem.makeDirectory(sessions) }
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        // Not IN_ATTRIB: the lock's and the sessions' heartbeats change only their times.
        let events = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM)
        guard inotify_add_watch(fd, folder.path, events) >= 0 else {
            close(fd)
            return nil
        }
        _ = inotify_add_watch(fd, sessions, events)
        return fd
        #else
        return nil
        #endif
    }
}

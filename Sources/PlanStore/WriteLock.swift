import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lets one session at a time save a plan folder that several sessions edit: `flock(2)` on
/// `sessions/write.lock`, held from reading the newest plan to writing the merged one. The kernel
/// releases it when the process ends, however it ends, so a crash never leaves it held; a session
/// stopped mid-save (kill -STOP) holds it, and the others give up after `timeout` with `busy`.
/// Readers take it shared, so they never see a save half done (a journal line without its plan).
final class WriteLock {
    static let fileName = "write.lock"

    let path: String
    private var descriptor: Int32 = -1
    private var depth = 0

    init(folder: PlanFolder) {
        path = folder.url.appendingPathComponent(SessionRegistry.folderName).appendingPathComponent(Self.fileName).path
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Runs `body` holding the lock (exclusive to write, shared to read). Nested calls hold it once.
    func holding<T>(exclusive: Bool, timeout: TimeInterval = 5, _ body: () throws -> T) throws -> T {
        if depth > 0 {
            depth += 1
            defer { depth -= 1 }
            return try body()
        }
        try acquire(exclusive: exclusive, timeout: timeout)
        depth = 1
        defer {
            depth = 0
            _ = flock(descriptor, LOCK_UN)
        }
        return try body()
    }

    private func acquire(exclusive: Bool, timeout: TimeInterval) throws {
        if descriptor < 0 {
            let folder = (path as NSString).deletingLastPathComponent
            if (try FileSystem.status(folder)) == nil {
                do { try FileSystem.makeDirectory(folder) } catch PlanStoreError.io(_, _, EEXIST) {}
            }
            descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o666)
            if descriptor < 0, errno == EACCES || errno == EROFS { descriptor = open(path, O_RDONLY | O_CLOEXEC) }
            guard descriptor >= 0 else { throw FileSystem.failure("open", path) }
        }
        let operation = (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB
        let deadline = Date().addingTimeInterval(timeout)
        while flock(descriptor, operation) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else { throw FileSystem.failure("lock", path) }
            guard Date() < deadline else {
                throw PlanStoreError.busy(path: (path as NSString).deletingLastPathComponent)
            }
            usleep(2000)
        }
    }
}

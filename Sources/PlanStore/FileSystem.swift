import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin, errno-checked wrappers over the POSIX calls the store needs. Every failure becomes a
/// `PlanStoreError.io` that names the path.
enum FileSystem {
    enum Kind: Equatable {
        case file, directory, symlink, other
    }

    struct Status: Equatable {
        var kind: Kind
        /// Permission bits (with setuid/setgid/sticky).
        var mode: mode_t
        var size: Int
        var modified: Date
    }

    static func failure(_ operation: String, _ path: String, _ code: Int32 = errno) -> PlanStoreError {
        .io(operation: operation, path: path, errno: code)
    }

    /// The status of `path` itself (a link is reported as a link), or nil when nothing is there.
    static func status(_ path: String) throws -> Status? {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw failure("examine", path)
        }
        let kind: Kind
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .file
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symlink
        default: kind = .other
        }
        #if canImport(Darwin)
        let seconds = Double(info.st_mtimespec.tv_sec) + Double(info.st_mtimespec.tv_nsec) / 1e9
        #else
        let seconds = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
        #endif
        return Status(kind: kind, mode: info.st_mode & 0o7777, size: Int(info.st_size),
                      modified: Date(timeIntervalSince1970: seconds))
    }

    /// The content of a file was longer than the reader's limit.
    struct TooLarge: Error {
        var limit: Int
    }

    /// The whole content of a file, or `TooLarge` as soon as it holds more than `limit` bytes
    /// (so a device that never ends, like /dev/zero, is not read until memory runs out). Never writes.
    static func readFile(_ path: String, limit: Int? = nil) throws -> Data {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure("read", path) }
        defer { close(fd) }
        // A regular file's size is known: reserving it keeps Data from growing by doubling (a 12 MB
        // plan would otherwise hold up to twice its size while it is read).
        var info = stat()
        let known = fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0
        var data = Data(capacity: min(known, limit ?? known) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            if let limit, data.count > limit { throw TooLarge(limit: limit) }
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure("read", path)
            }
            if count == 0 { return data }
            data.append(contentsOf: chunk[0..<count])
        }
    }

    /// Writes all of `data` to `fd`, resuming after partial writes and interruptions.
    static func writeAll(_ fd: Int32, _ data: Data, path: String) throws {
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw failure("write", path)
                }
                offset += written
            }
        }
    }

    static func flush(_ fd: Int32, path: String) throws {
        while fsync(fd) != 0 {
            if errno == EINTR { continue }
            throw failure("flush to disk", path)
        }
    }

    /// Makes a rename or a new name in `directory` durable. Filesystems that cannot sync a
    /// folder (EINVAL) are accepted as they are.
    static func syncDirectory(_ directory: String) throws {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw failure("open the folder", directory) }
        defer { close(fd) }
        while fsync(fd) != 0 {
            if errno == EINTR { continue }
            if errno == EINVAL || errno == ENOTSUP { return }
            throw failure("flush to disk the folder", directory)
        }
    }

    /// Creates a file that must not exist yet, with `0666 & ~umask` or exactly `mode` when given,
    /// writes `data` and flushes it to disk.
    static func createFile(_ path: String, data: Data, mode: mode_t? = nil) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw failure("create", path) }
        var done = false
        defer {
            close(fd)
            if !done { unlink(path) }
        }
        if let mode, fchmod(fd, mode) != 0 { throw failure("set the permissions of", path) }
        try writeAll(fd, data, path: path)
        try flush(fd, path: path)
        done = true
    }

    /// Writes `data` to a new hidden temporary file in `directory` named `prefix-PID-RANDOM` and
    /// flushes it; returns its path. The caller renames it into place or removes it.
    static func createTemporary(in directory: String, prefix: String, data: Data,
                                mode: mode_t? = nil) throws -> String {
        while true {
            let name = "\(prefix)-\(getpid())-\(String(UInt32.random(in: 0...UInt32.max), radix: 16))"
            let path = directory + "/" + name
            do {
                try createFile(path, data: data, mode: mode)
                return path
            } catch PlanStoreError.io(_, _, EEXIST) {
                continue
            }
        }
    }

    static func renameReplacing(_ from: String, to: String) throws {
        guard rename(from, to) == 0 else { throw failure("rename \(from) to", to) }
    }

    /// Gives `existing` a second name; fails with EEXIST when `new` exists (never replaces it).
    static func hardLink(_ existing: String, to new: String) throws {
        guard link(existing, new) == 0 else { throw failure("link \(existing) to", new) }
    }

    /// Where the symbolic link at `path` points, as written in the link.
    static func readLink(_ path: String) throws -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { throw failure("read the link", path) }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The absolute path of `path` with every symbolic link and "." or ".." resolved; it must exist.
    static func realPath(_ path: String) throws -> String {
        guard let resolved = realpath(path, nil) else { throw failure("find", path) }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func removeFile(_ path: String) throws {
        guard unlink(path) == 0 || errno == ENOENT else { throw failure("remove", path) }
    }

    static func makeDirectory(_ path: String) throws {
        guard mkdir(path, 0o777) == 0 else { throw failure("create the folder", path) }
    }

    /// The names in a folder, without "." and "..".
    static func names(in directory: String) throws -> [String] {
        guard let dir = opendir(directory) else { throw failure("list the folder", directory) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file or folder cannot be written, told apart the way a user fixes it: a read-only mount
/// (remount or copy), an immutable attribute (chattr -i) or plain permissions (chmod).
enum WriteAccess {
    /// nil when `path` is writable; otherwise `.some(reason)`, where the reason is nil for plain
    /// permissions (the caller words those).
    static func problem(_ path: String, what: String) -> ReadOnlyReason?? {
        guard access(path, W_OK) != 0 else { return nil }
        let code = errno
        if code == EROFS || isReadOnlyMount(path) { return .some(.readOnlyFileSystem) }
        // access(2) and creating a file fail with EPERM, not EACCES, only for an immutable file or
        // folder (on Linux; BSD's flags give EPERM too).
        if code == EPERM { return .some(.immutable(what)) }
        return .some(nil)
    }

    /// True when the file system holding `path` is mounted read-only.
    static func isReadOnlyMount(_ path: String) -> Bool {
        var info = statvfs()
        guard statvfs(path, &info) == 0 else { return false }
        return info.f_flag & UInt(ST_RDONLY) != 0
    }
}

import Foundation

/// A failure of the plan store that is not about the content of plan.json (see `PlanFileError`
/// for that). Every case names the file or folder it is about.
public enum PlanStoreError: Error, CustomStringConvertible, Equatable, Sendable {
    /// A system call failed: `operation` is a verb phrase ("write", "rename ... to").
    case io(operation: String, path: String, errno: Int32)
    /// `create` was asked to make a plan where something already exists.
    case folderNotEmpty(path: String)
    /// `create` was asked to make a plan where a file (or other non-folder) is.
    case notAFolder(path: String)
    /// Nothing is at the path given as a plan folder.
    case noSuchFolder(path: String)
    /// The folder has no plan.json.
    case notAPlanFolder(path: String)
    /// plan.json is a symbolic link. Socle replaces plan.json atomically (write a new file, rename it
    /// over the old one), which would replace the link itself with a plain file; it refuses instead.
    case planIsSymlink(path: String)
    /// plan.json is a folder, a device or something else that is not a plain file.
    case notARegularFile(path: String)
    /// A write was asked of a store opened read-only.
    case readOnly(path: String, reason: ReadOnlyReason)
    /// Another session took the lock over while this one held it; this session is now read-only.
    case lockLost(path: String, holder: LockInfo?)
    /// The plan holds a value JSON cannot carry (a number that is not finite).
    case cannotEncode(path: String, detail: String)
    /// The store was closed.
    case closed(path: String)
    /// Another session's save did not finish in time (its process stopped mid-save?).
    case busy(path: String)
    /// Another session's changes and this one's could not be put together (see `Plan.changes(to:)`).
    case cannotMerge(path: String, detail: String)

    public var description: String {
        switch self {
        case .io(let operation, let path, let code):
            return "Could not \(operation) \(path): \(PlanStoreError.text(errno: code))."
        case .folderNotEmpty(let path):
            return "\(path) already exists and is not empty; a new plan needs a new or empty folder."
        case .notAFolder(let path):
            return "\(path) already exists and is a file, not a folder; a new plan needs a new or empty folder."
        case .noSuchFolder(let path):
            return "\(path) does not exist; a plan is a folder holding plan.json (make one with `socle new`)."
        case .notAPlanFolder(let path):
            return "\(path) holds no plan.json, so it is not a plan folder (make one with `socle new`)."
        case .planIsSymlink(let path):
            return "\(path) is a symbolic link. Saving replaces plan.json with a new file, which would "
                + "replace the link; open the folder the link points to instead."
        case .notARegularFile(let path):
            return "\(path) is not a plain file."
        case .readOnly(let path, let reason):
            return "\(path) is open read-only: \(reason). Nothing was saved."
        case .lockLost(let path, let holder):
            let who = holder.map { "\($0)" } ?? "another session"
            return "The lock on \(path) was taken over by \(who); this session is now read-only. "
                + "Nothing was saved."
        case .cannotEncode(let path, let detail):
            return "Could not save \(path): \(detail). Nothing was written."
        case .closed(let path):
            return "The plan \(path) was closed."
        case .busy(let path):
            return "Another session has been saving \(path) for several seconds and has not finished (is it stopped?). "
                + "Nothing was saved; try again."
        case .cannotMerge(let path, let detail):
            return "Your change and another session's to \(path) could not be put together (\(detail)). Nothing was saved."
        }
    }

    static func text(errno code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}

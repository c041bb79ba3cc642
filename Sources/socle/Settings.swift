import Foundation
import PlanStore
import Workbench

/// The user's config.toml, as every command that opens a plan needs it: the name written in the
/// journal and the lock, and how many backups to keep.
enum Settings {
    /// The configuration, and the problem with the file when it could not be read (then the defaults).
    static func load(environment: [String: String] = ProcessInfo.processInfo.environment) -> (Config, problem: String?) {
        do {
            return (try Config.load(from: Config.file(environment: environment)), nil)
        } catch {
            return (Config(), error.shortDescription + " — using the defaults.")
        }
    }
}

extension Config {
    /// The name for the journal and the lock.
    var userName: String { user ?? Identity.currentUser }
}

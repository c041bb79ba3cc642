import BundledExample
import Foundation

/// The demo plan: a copy of the bundled example in the user's data folder, made once and then
/// kept, so the user's edits to it survive.
enum Demo {
    /// $XDG_DATA_HOME/socle/demo, or ~/.local/share/socle/demo.
    static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let base: URL
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            base = URL(fileURLWithPath: data)
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            base = URL(fileURLWithPath: home).appendingPathComponent(".local/share")
        }
        return base.appendingPathComponent("socle/demo")
    }

    /// The demo folder, created from the example compiled into the program when it has no plan yet.
    static func prepare() throws -> URL {
        let target = folder()
        let plan = target.appendingPathComponent("plan.json")
        let files = FileManager.default
        if files.fileExists(atPath: plan.path) { return target }
        do {
            try files.createDirectory(at: target, withIntermediateDirectories: true)
            let staging = target.appendingPathComponent(".plan.json.demo-\(getpid())")
            try? files.removeItem(at: staging)
            try Data(BundledExample.planJSON.utf8).write(to: staging)
            // A rename, so a half-made demo is never mistaken for the user's.
            guard rename(staging.path, plan.path) == 0 else {
                throw Failure(description: "socle: cannot create the demo plan in \(target.path): "
                    + String(cString: strerror(errno)))
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "socle: cannot create the demo plan in \(target.path): \(error.localizedDescription)")
        }
        return target
    }
}

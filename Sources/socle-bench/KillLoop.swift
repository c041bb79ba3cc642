import Foundation
import PlanDomain
import PlanStore

/// What the save-until-killed loops (`save-loop`, `import-loop`) share: open the plan folder for
/// editing, find where an earlier run stopped, then save version after version until a save fails
/// or the process is killed.
enum KillLoop {
    struct Stop: Error, CustomStringConvertible {
        var description: String
    }

    /// - Parameters:
    ///   - unusable: why the opened plan cannot serve the loop, or nil when it can.
    ///   - number: the k of the last version the plan holds (nil or 0 before the first).
    ///   - step: saves version k; throws to stop the loop. Once it returns, k is written on a line
///     of stdout: the last version confirmed.
    /// - Returns: the exit status: 1 after a failed open or save, 2 when the plan cannot serve.
    static func run(_ name: String, directory: String, unusable: (PlanStore) -> String?,
                    number: (Plan) -> Int?, step: (PlanStore, Int) throws -> Void) -> Int32 {
        let store: PlanStore
        do {
            store = try PlanStore.open(at: URL(fileURLWithPath: directory))
        } catch {
            printError("socle-bench \(name): \(error)")
            return 1
        }
        if store.mode != .readWrite {
            printError("socle-bench \(name): \(directory) is read-only: \(store.mode)")
            return 2
        }
        if let why = unusable(store) {
            printError("socle-bench \(name): \(directory) \(why)")
            return 2
        }
        var k = number(store.plan) ?? 0
        printError("socle-bench \(name): saving from version \(k + 1)")
        while true {
            k += 1
            do {
                try step(store, k)
            } catch {
                printError("socle-bench \(name): \(error)")
                return 1
            }
            // Confirmed: the save returned, so version k must survive a kill from here on.
            confirm(k)
        }
    }
}

/// Writes "k\n" to stdout with one write(), unbuffered, so a kill right after it loses nothing
/// that was confirmed (the kill test reads the last one).
private func confirm(_ k: Int) {
    let line = Array("\(k)\n".utf8)
    _ = line.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

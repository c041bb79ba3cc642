import Foundation
import PlanDomain
import Synchronization
import Testing
@testable import PlanStore
@testable import socle_bench

/// A fresh folder under the system's temporary folder, removed when the value goes away.
final class TemporaryFolder {
    let url: URL
    var path: String { url.path }

    init(_ name: String = "store") {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("socle-tests-\(getpid())-\(name)-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        // Files made read-only by a test must not stop the clean-up.
        _ = chmod(path, 0o755)
        try? FileManager.default.removeItem(at: url)
    }

    func sub(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// A plan folder "plan" in here, made from ``samplePlan(title:)``, with no one holding it.
    func unlockedPlan() throws -> URL {
        let plan = sub("plan")
        try PlanStore.create(at: plan, plan: samplePlan(), clock: { fixedDate }).close()
        return plan
    }

    func write(_ text: String, to name: String) throws -> URL {
        let file = sub(name)
        try Data(text.utf8).write(to: file)
        return file
    }
}

/// A clock that moves one minute forward each time it is read, from 2025-06-01 00:00 UTC.
final class SteppingClock: Sendable {
    private let now = Mutex(Date(timeIntervalSince1970: 1_748_736_000))

    var read: @Sendable () -> Date {
        { [self] in now.withLock { date in
            defer { date += 60 }
            return date
        } }
    }
}

let fixedDate = Date(timeIntervalSince1970: 1_748_736_000)

/// A small plan with a few entities of several kinds.
func samplePlan(title: String = "Lesotho 2030") -> Plan {
    var plan = Plan.new(meta: PlanMeta(country: Country(name: "São Tomé and Príncipe", code: "STP"),
                                       title: title, currency: "STN", baseYear: 2024, firstYear: 2025,
                                       lastYear: 2030, authors: ["Ana", "Bento"]))
    var scheme = Scheme(id: "SCH-1")
    scheme.name = "Caixa de Previdência / pensions"
    scheme.expenditure = 1_250_000
    scheme.contributors = 12.5
    plan.stocktake.schemes = [scheme, Scheme(id: "SCH-2")]
    var activity = Activity(id: "ACT-1")
    activity.name = "Draft the law"
    activity.start = Day(year: 2025, month: 2, day: 1)
    plan.actionPlan.activities = [activity]
    return plan
}

/// Bytes of every file under `folder` (path relative to it), for checking nothing changed.
func snapshot(_ folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    while let name = enumerator?.nextObject() as? String {
        let url = folder.appendingPathComponent(name)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            files[name] = try Data(contentsOf: url)
        }
    }
    return files
}

/// Lines of `text`, numbered from 1, to find where something is.
func lineNumber(of needle: String, in text: String) -> Int? {
    text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(needle) }.map { $0 + 1 }
}

/// The process's umask, read without changing it (other tests run at the same time).
func currentUmask() -> mode_t? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }) else { return nil }
    return mode_t(line.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8)
}

/// The id of a process that has run and exited.
func pidOfExitedProcess() throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/true")
    try process.run()
    process.waitUntilExit()
    return process.processIdentifier
}

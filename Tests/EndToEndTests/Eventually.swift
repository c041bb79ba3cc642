import Foundation
import Testing

/// Polls `condition` every 50 ms until it holds or `timeout` passes; throws, naming `what`, on
/// timeout. For things outside the screen: a lock file going away, a process ending.
func eventually(_ what: String, timeout: Duration = .seconds(10), sourceLocation: SourceLocation = #_sourceLocation,
                _ condition: () throws -> Bool) async throws {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    while try !condition() {
        guard clock.now < deadline else {
            throw E2EFailure("\(sourceLocation.fileName):\(sourceLocation.line): waited \(timeout) for \(what)")
        }
        try await Task.sleep(for: .milliseconds(50))
    }
}

/// True while a process with this id is running. A zombie (ended, not yet reaped by its parent,
/// which for an orphan can take a while) does not count, where /proc tells.
func processExists(_ pid: Int32) -> Bool {
    guard kill(pid, 0) == 0 || errno == EPERM else { return false }
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
          let end = stat.lastIndex(of: ")")
    else { return true }
    // The state is the first field after the command name in parentheses: "1234 (socle) Z ...".
    return !stat[end...].dropFirst().trimmingCharacters(in: .whitespaces).hasPrefix("Z")
}

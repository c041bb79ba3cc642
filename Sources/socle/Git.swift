import Foundation

/// Runs git for the commands that work with plan folders in a repository.
enum Git {
    struct Result {
        var status: Int32
        var output: Data
        var error: String
        var text: String { String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// `git ARGS` in `directory`; nil when git cannot be started (not installed).
    static func run(_ arguments: [String], in directory: String) -> Result? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        // Read both pipes to the end before waiting, so a large output cannot block git.
        final class Collected: @unchecked Sendable { var data = Data() }
        let errorData = Collected()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorData.data = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        guard process.terminationStatus != 127 else { return nil }
        return Result(status: process.terminationStatus, output: data,
                      error: String(decoding: errorData.data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The top folder of the repository holding `directory`; nil when it is in none.
    static func topLevel(of directory: String) -> String? {
        guard let result = run(["rev-parse", "--show-toplevel"], in: directory), result.status == 0 else { return nil }
        return result.text
    }

    /// plan.json of the plan folder `directory` as it is at `revision` ("HEAD~3", a branch, a commit).
    static func planFile(at revision: String, in directory: String) throws -> Data {
        guard let result = run(["show", "\(revision):./plan.json"], in: directory) else {
            throw Failure(description: "socle: git cannot be run; is it installed?")
        }
        guard result.status == 0 else {
            throw Failure(description: "socle: no plan.json at revision \(revision) in \(directory): \(result.error)")
        }
        return result.output
    }

    /// The person's name as git knows it (`git config user.name`), for the journal.
    static func userName(in directory: String) -> String? {
        guard let result = run(["config", "user.name"], in: directory), result.status == 0, !result.text.isEmpty else {
            return nil
        }
        return result.text
    }
}

/// Who is editing, by name, for the journal: `$SOCLE_AUTHOR`, else git's `user.name`, else the
/// account's full name; nil when none is known (the account name alone is then recorded).
enum Authorship {
    static func name(for folder: URL, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let name = environment["SOCLE_AUTHOR"], !name.isEmpty { return name }
        let directory = FileManager.default.fileExists(atPath: folder.path) ? folder.path
            : folder.deletingLastPathComponent().path
        if let name = Git.userName(in: directory) { return name }
        if let entry = getpwuid(geteuid()), let gecos = entry.pointee.pw_gecos {
            let full = String(cString: gecos).split(separator: ",").first.map(String.init) ?? ""
            if !full.isEmpty { return full }
        }
        return nil
    }
}

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

}

/// Who is editing, by name, for the journal: `$SOCLE_AUTHOR`, else git's `user.name`, else the
/// account's full name; nil when none is known (the account name alone is then recorded).
///
/// Git's name is read from its config files rather than by running git: the workbench looks it up
/// as it starts, and starting a process there would cost time and leave a child-watching thread
/// beside the terminal's signal handlers.
enum Authorship {
    static func name(for folder: URL, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let name = environment["SOCLE_AUTHOR"], !name.isEmpty { return name }
        if let name = GitConfigFiles.userName(near: folder, environment: environment) { return name }
        if let entry = getpwuid(geteuid()), let gecos = entry.pointee.pw_gecos {
            let full = String(cString: gecos).split(separator: ",").first.map(String.init) ?? ""
            if !full.isEmpty { return full }
        }
        return nil
    }
}

/// `user.name` from git's config files, as git would find it for a repository holding `folder`: the
/// repository's own config first, then `~/.gitconfig`, then `$XDG_CONFIG_HOME/git/config`. Includes
/// and conditional includes are not followed.
enum GitConfigFiles {
    static func userName(near folder: URL, environment: [String: String]) -> String? {
        let home = environment["HOME"].map { URL(fileURLWithPath: $0) }
        let xdg = environment["XDG_CONFIG_HOME"].map { URL(fileURLWithPath: $0) } ?? home?.appendingPathComponent(".config")
        let files = [repositoryConfig(near: folder), home?.appendingPathComponent(".gitconfig"),
                     xdg?.appendingPathComponent("git/config")].compactMap { $0 }
        for file in files {
            if let text = try? String(contentsOf: file, encoding: .utf8), let name = value("user", "name", in: text) {
                return name
            }
        }
        return nil
    }

    /// The config of the repository holding `folder` (a worktree's is its main repository's).
    static func repositoryConfig(near folder: URL) -> URL? {
        var directory = folder.standardizedFileURL
        while true {
            let dotGit = directory.appendingPathComponent(".git")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: dotGit.path, isDirectory: &isDirectory) {
                if isDirectory.boolValue { return dotGit.appendingPathComponent("config") }
                // A worktree or submodule: ".git" is a file "gitdir: PATH"; the config is in the common dir.
                guard let text = try? String(contentsOf: dotGit, encoding: .utf8),
                      let line = text.split(separator: "\n").first(where: { $0.hasPrefix("gitdir:") }) else { return nil }
                let path = line.dropFirst("gitdir:".count).trimmingCharacters(in: .whitespaces)
                var gitDir = URL(fileURLWithPath: path, relativeTo: directory).standardizedFileURL
                if let common = try? String(contentsOf: gitDir.appendingPathComponent("commondir"), encoding: .utf8) {
                    gitDir = URL(fileURLWithPath: common.trimmingCharacters(in: .whitespacesAndNewlines),
                                 relativeTo: gitDir.appendingPathComponent("x")).standardizedFileURL
                }
                return gitDir.appendingPathComponent("config")
            }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { return nil }
            directory = parent
        }
    }

    /// The last `key` of `[section]` in an ini-style git config text (names case-insensitive, a
    /// quoted value unquoted).
    static func value(_ section: String, _ key: String, in text: String) -> String? {
        var current = ""
        var found: String?
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                current = line.dropFirst().prefix { $0 != "]" && $0 != " " && $0 != "\"" }.lowercased()
                continue
            }
            guard current == section.lowercased(), let equals = line.firstIndex(of: "=") else { continue }
            guard line[..<equals].trimmingCharacters(in: .whitespaces).lowercased() == key.lowercased() else { continue }
            var value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            if !value.isEmpty { found = value }
        }
        return found
    }
}

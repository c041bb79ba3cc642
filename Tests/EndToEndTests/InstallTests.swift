import Foundation
import Testing

/// `make install` and `make uninstall`, and the manual and completions they install.
///
/// The tests run while SwiftPM holds the build folder, so they install what is already built
/// (`BUILD=debug SKIP_BUILD=1`): the debug binary and the manual page that `make man BUILD=debug`
/// generated (.ci/run does it before `swift test`). The README's `make install` builds both itself.
@Suite("make install")
struct InstallTests {
    /// The manual page `make man` generated, if it has been generated in this checkout.
    static let manualPage = SocleBinary.packageRoot.appendingPathComponent(".build/man/socle.1")
    static let manualReady = FileManager.default.fileExists(atPath: manualPage.path)
    static let onCI = ProcessInfo.processInfo.environment["CI"] != nil

    @Test("make install puts the binary, the manual and the bash, zsh and fish completions under PREFIX; make uninstall removes them",
          .enabled(if: manualReady || onCI, "run `make man BUILD=debug` once to generate the manual page"))
    func installAndUninstall() throws {
        let make = try #require(Isolation.program("make"), "make is not installed")
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("socle-prefix-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let root = SocleBinary.packageRoot.path
        let environment = ProcessInfo.processInfo.environment
        let installed = try runProgram(make, ["-C", root, "install", "BUILD=debug", "SKIP_BUILD=1",
                                              "BIN=\(try SocleBinary.path())", "PREFIX=\(prefix.path)"],
                                       environment: environment)
        try #require(installed.status == 0, "make install failed:\n\(installed.out)\n\(installed.err)")

        let expected = ["bin/socle", "share/man/man1/socle.1", "share/bash-completion/completions/socle",
                        "share/zsh/site-functions/_socle", "share/fish/vendor_completions.d/socle.fish"]
        #expect(Self.files(under: prefix) == expected.sorted())
        let binary = prefix.appendingPathComponent("bin/socle").path
        #expect(FileManager.default.isExecutableFile(atPath: binary))
        let version = try runProgram(binary, ["--version"], environment: environment)
        #expect(version.status == 0 && !version.out.isEmpty, "socle --version: \(version.err)")

        // The manual renders without a complaint and documents every command.
        let commands = try SubcommandNames.fromBinary()
        if let man = Isolation.program("man") {
            let page = prefix.appendingPathComponent("share/man/man1/socle.1").path
            let shown = try runProgram(man, ["-l", page], environment: ["PATH": "/usr/bin:/bin", "MANWIDTH": "100", "LANG": "C.UTF-8"])
            #expect(shown.status == 0)
            #expect(shown.err.isEmpty, "man -l complained: \(shown.err)")
            #expect(shown.out.contains("SYNOPSIS") && shown.out.contains("EXIT STATUS"))
            let entries = Set(shown.out.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) })
            for command in commands {
                #expect(entries.contains(command),
                        "the manual has no entry for \(command); if .build/man/socle.1 is older, run make man BUILD=debug")
            }
        } else {
            Issue.record("man is not installed: the manual page was not rendered")
        }

        // Each completion script names every command.
        for file in expected where file.contains("completion") || file.contains("zsh") {
            let text = try String(contentsOf: prefix.appendingPathComponent(file), encoding: .utf8)
            for command in commands { #expect(text.contains(command), "\(file) lacks \(command)") }
        }

        let removed = try runProgram(make, ["-C", root, "uninstall", "PREFIX=\(prefix.path)"], environment: environment)
        #expect(removed.status == 0, "make uninstall failed: \(removed.err)")
        #expect(Self.files(under: prefix).isEmpty, "left behind: \(Self.files(under: prefix))")
    }

    @Test("every help text is ASCII: the manual page generator drops other characters")
    func helpTextsAreASCII() throws {
        let sandbox = try Sandbox(copyExample: false)
        let dump = try runSocle(["--experimental-dump-help"], in: sandbox)
        #expect(dump.status == 0)
        let lines = dump.out.split(separator: "\n").filter { !$0.allSatisfy(\.isASCII) }
        #expect(lines.isEmpty, "not ASCII: \(lines)")
    }

    /// Every regular file under `folder`, as sorted relative paths.
    static func files(under folder: URL) -> [String] {
        let base = folder.standardizedFileURL.path + "/"
        let walker = FileManager.default.enumerator(atPath: folder.path)
        var found: [String] = []
        while let path = walker?.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + path, isDirectory: &isFolder), !isFolder.boolValue {
                found.append(path)
            }
        }
        return found.sorted()
    }
}

@Suite("shell completions")
struct CompletionTests {
    @Test("the bash, zsh and fish completion scripts name every command", arguments: ["bash", "zsh", "fish"])
    func scriptsNameEveryCommand(shell: String) throws {
        let sandbox = try Sandbox(copyExample: false)
        let result = try runSocle(["--generate-completion-script", shell], in: sandbox)
        #expect(result.status == 0, "stderr: \(result.err)")
        let commands = try SubcommandNames.fromBinary()
        #expect(commands.count >= 9, "commands: \(commands)")
        for command in commands { #expect(result.out.contains(command), "the \(shell) script lacks \(command)") }
    }

    @Test("in bash, socle <Tab> offers the commands, then plan folders, CSV files, import kinds and theme names")
    func bashCompletes() throws {
        let bash = try #require(Isolation.program("bash"), "bash is not installed")
        let sandbox = try Sandbox(copyExample: false)
        let script = sandbox.root.appendingPathComponent("socle.bash")
        try runSocle(["--generate-completion-script", "bash"], in: sandbox).stdout.write(to: script)
        let files = FileManager.default
        try files.createDirectory(at: sandbox.root.appendingPathComponent("mareva"), withIntermediateDirectories: true)
        try Data().write(to: sandbox.root.appendingPathComponent("schemes.csv"))
        try Data().write(to: sandbox.root.appendingPathComponent("notes.txt"))
        // What bash offers after `line` (the last word is the one being completed), in the
        // sandbox's folder, with socle on the PATH for the completions it computes itself.
        func complete(_ line: String) throws -> [String] {
            let script = """
                source \(shellQuoted(script.path)); cd \(shellQuoted(sandbox.root.path)); \
                read -ra COMP_WORDS <<< \(shellQuoted(line)); \(line.hasSuffix(" ") ? "COMP_WORDS+=('');" : "") \
                COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMP_LINE=\(shellQuoted(line)); COMP_POINT=${#COMP_LINE}; \
                _socle socle "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"; printf '%s\\n' "${COMPREPLY[@]}"
                """
            var environment = sandbox.environment
            environment["PATH"] = URL(fileURLWithPath: try SocleBinary.path()).deletingLastPathComponent().path
                + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
            let result = try runProgram(bash, ["--norc", "--noprofile", "-c", script], environment: environment)
            return result.out.split(separator: "\n").map(String.init).sorted()
        }
        let all = try complete("socle ")
        for command in try SubcommandNames.fromBinary() { #expect(all.contains(command), "offered: \(all)") }
        #expect(try complete("socle ex") == ["export"])
        #expect(try complete("socle show ma") == ["mareva"])
        #expect(try complete("socle import ") == ["groups", "schemes"])
        #expect(try complete("socle import schemes mareva ").contains("schemes.csv"))
        #expect(try !complete("socle import schemes mareva ").contains("notes.txt"))
        #expect(try complete("socle open --theme ") == ["default", "light", "mono", "projector"])
        #expect(try complete("socle open --theme pro") == ["projector"])
    }
}

/// The subcommands, as the binary itself describes them (`--experimental-dump-help`).
enum SubcommandNames {
    static func fromBinary() throws -> [String] {
        let sandbox = try Sandbox(copyExample: false)
        let dump = try runSocle(["--experimental-dump-help"], in: sandbox)
        let json = try JSONSerialization.jsonObject(with: dump.stdout) as? [String: Any]
        let command = json?["command"] as? [String: Any]
        let names = (command?["subcommands"] as? [[String: Any]] ?? []).compactMap { $0["commandName"] as? String }
        guard !names.isEmpty else { throw E2EFailure("socle --experimental-dump-help lists no subcommands") }
        return names.filter { $0 != "help" }
    }
}

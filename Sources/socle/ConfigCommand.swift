import ArgumentParser
import Foundation
import PlanStore
import TerminalDrawing

/// `socle config`: where the settings and the user's themes are read from, what each setting is,
/// and whether the files read: config.toml and every theme, each problem with its file and line.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the settings in use, where they are read from, and the themes available.",
        discussion: """
            Reads $XDG_CONFIG_HOME/socle/config.toml (~/.config/socle by default) and every theme, and \
            prints each setting's value (a setting the file does not give has its default). Exits 2 \
            when config.toml or one of your themes cannot be used, naming the file, line and key.
            """)

    @Flag(help: "Print the settings and themes as JSON.") var json = false

    /// What the command prints with --json.
    struct Report: Encodable {
        /// The settings in use, under config.toml's names; a setting left out is not set.
        struct Settings: Encodable {
            var theme: String?
            var backups: Int
            var user: String?
            var ascii: Bool
            var lockIdleMinutes: Int
            var sharedEditing: Bool

            enum CodingKeys: String, CodingKey {
                case theme, backups, user, ascii
                case lockIdleMinutes = "lock_idle_minutes"
                case sharedEditing = "shared_editing"
            }
        }

        struct ThemeEntry: Encodable {
            var name: String
            var origin: String
            var problem: String?
        }

        var file: String?
        var exists: Bool
        var problem: String?
        var settings: Settings
        var themes: [ThemeEntry]

        var isUsable: Bool { problem == nil && themes.allSatisfy { $0.problem == nil } }
    }

    func run() throws {
        let report = Self.report(environment: ProcessInfo.processInfo.environment)
        if json {
            try Output.json(report)
        } else {
            Self.lines(report).forEach(Output.line)
        }
        if !report.isUsable { throw ExitCode(2) }
    }

    static func report(environment: [String: String]) -> Report {
        let file = Config.file(environment: environment)
        var config = Config()
        var problem: String?
        do {
            config = try Config.load(from: file)
        } catch {
            problem = error.description
        }
        let catalog = ThemeCatalog.standard(environment: environment)
        let themes = catalog.names.map { name in
            var problem: String?
            do { _ = try catalog.load(name) } catch { problem = "\(error)" }
            return Report.ThemeEntry(name: name, origin: catalog.origin(for: name) ?? "", problem: problem)
        }
        return Report(file: file?.path, exists: file.map { FileManager.default.fileExists(atPath: $0.path) } ?? false,
                      problem: problem, settings: settings(config), themes: themes)
    }

    static func settings(_ config: Config) -> Report.Settings {
        Report.Settings(theme: config.theme, backups: config.backups, user: config.user, ascii: config.ascii,
                        lockIdleMinutes: config.lockIdleMinutes, sharedEditing: config.sharedEditing)
    }

    /// Each setting as config.toml writes it; an unset theme or user says what is used instead.
    static func settingLines(_ settings: Report.Settings) -> [(String, String)] {
        [
            ("theme", settings.theme.map { "\"\($0)\"" } ?? "(none: default or light, as the terminal's background is dark or light)"),
            ("backups", "\(settings.backups)"),
            ("user", settings.user.map { "\"\($0)\"" } ?? "(none: the login name, \(Identity.currentUser))"),
            ("ascii", "\(settings.ascii)"),
            ("lock_idle_minutes", "\(settings.lockIdleMinutes)"),
            ("shared_editing", "\(settings.sharedEditing)"),
        ]
    }

    static func lines(_ report: Report) -> [String] {
        var out = ["Settings: " + (report.file ?? "none (neither XDG_CONFIG_HOME nor HOME is set)")
            + (report.exists ? "" : " (not there: the defaults)")]
        if let problem = report.problem { out.append("  cannot be used, so the defaults are: \(problem)") }
        let settings = settingLines(report.settings)
        let width = settings.map(\.0.count).max() ?? 0
        out += settings.map { "  " + $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + " = " + $0.1 }
        out.append("Themes:")
        let nameWidth = report.themes.map(\.name.count).max() ?? 0
        for theme in report.themes {
            out.append("  " + theme.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  " + theme.origin)
            if let problem = theme.problem { out.append("    cannot be used: \(problem)") }
        }
        return out
    }
}

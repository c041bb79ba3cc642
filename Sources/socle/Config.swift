import Foundation
import TerminalDrawing
import TOMLKit
import Workbench

/// The user's settings, from `$XDG_CONFIG_HOME/socle/config.toml` (by default `~/.config/socle/config.toml`):
/// ```toml
/// theme = "projector"   # the theme to start with
/// backups = 10          # how many previous versions of a plan to keep
/// user = "Ana Moreira"  # the name written in the journal and the lock
/// ascii = false         # true: draw with ASCII only, whatever the locale says
/// lock_idle_minutes = 10  # a lock holder idle this long may be taken over (with a confirmation)
/// shared_editing = true   # false: a second session on a plan opens read-only, as before co-editing
/// [keys]                # keys rebound (docs/KEYS.md): command = "key" or a list of keys
/// quit = "Q"
/// ```
/// A missing file means the defaults. A broken one gives a ``ConfigError`` naming file, line and key.
struct Config: Hashable, Sendable {
    /// The theme to start with; nil: `default` or `light` as the terminal's background is dark or light.
    var theme: String?
    /// How many previous versions of a plan to keep (0…1000).
    var backups: Int
    /// The name written in the journal and the lock; nil for the login name.
    var user: String?
    /// Draw with ASCII only.
    var ascii: Bool
    /// Minutes without a key pressed after which a session's lock may be taken over (1…10080).
    var lockIdleMinutes: Int
    /// Whether a session may edit a plan another session of this machine has open (they merge).
    var sharedEditing: Bool
    /// The keys: the standard keymap with the `[keys]` tables applied.
    var keymap: Keymap

    init(theme: String? = nil, backups: Int = 10, user: String? = nil, ascii: Bool = false,
         lockIdleMinutes: Int = 10, sharedEditing: Bool = true, keymap: Keymap = .standard) {
        self.theme = theme
        self.backups = backups
        self.user = user
        self.ascii = ascii
        self.lockIdleMinutes = lockIdleMinutes
        self.sharedEditing = sharedEditing
        self.keymap = keymap
    }

    /// The configuration file's place (it may not exist).
    static func file(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        ConfigFolder.url(environment: environment)?.appendingPathComponent("config.toml")
    }

    /// Reads the configuration at `url`; the defaults when there is no such file.
    static func load(from url: URL?) throws(ConfigError) -> Config {
        guard let url, FileManager.default.fileExists(atPath: url.path) else { return Config() }
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ConfigError(file: url.path, message: "cannot read the file: \(error.localizedDescription)")
        }
        return try parse(text, file: url.path)
    }

    /// Reads configuration text; `file` names it in errors.
    static func parse(_ text: String, file: String) throws(ConfigError) -> Config {
        let source = TOMLSource(text: text, file: file)
        let table: TOMLTable
        do {
            table = try source.parse()
        } catch {
            throw ConfigError(file: file, line: error.line, column: error.column, message: "not valid TOML: \(error.message)")
        }
        var config = Config()
        func wrong(_ key: String, _ expected: String, _ value: TOMLValueConvertible) -> ConfigError {
            ConfigError(file: file, line: source.line(ofKey: key), key: key, message: "should be \(expected), not a \(value.typeName)")
        }
        for key in table.keys.sorted(by: { (source.line(ofKey: $0) ?? 0) < (source.line(ofKey: $1) ?? 0) }) {
            guard let value = table[key] else { continue }
            switch key {
            case "theme":
                guard let name = value.string else { throw wrong(key, "a theme name in quotes", value) }
                guard ThemeCatalog.isValidName(name) else {
                    throw ConfigError(file: file, line: source.line(ofKey: key), key: key, message: "\"\(name)\" is not a theme name")
                }
                config.theme = name
            case "backups":
                guard let count = value.int else { throw wrong(key, "a whole number", value) }
                guard (0...1000).contains(count) else {
                    throw ConfigError(file: file, line: source.line(ofKey: key), key: key, message: "should be between 0 and 1000, not \(count)")
                }
                config.backups = count
            case "user":
                guard let name = value.string else { throw wrong(key, "a name in quotes", value) }
                config.user = name.isEmpty ? nil : name
            case "ascii":
                guard let flag = value.bool else { throw wrong(key, "true or false", value) }
                config.ascii = flag
            case "lock_idle_minutes":
                guard let minutes = value.int else { throw wrong(key, "a whole number", value) }
                guard (1...10080).contains(minutes) else {
                    throw ConfigError(file: file, line: source.line(ofKey: key), key: key,
                                      message: "should be between 1 and 10080 (a week), not \(minutes)")
                }
                config.lockIdleMinutes = minutes
            case "shared_editing":
                guard let flag = value.bool else { throw wrong(key, "true or false", value) }
                config.sharedEditing = flag
            case "keys":
                config.keymap = try KeysConfig.keymap(from: value, source: source)
            default:
                throw ConfigError(file: file, line: source.line(ofKey: key), key: key,
                                  message: "unknown setting (known: theme, backups, user, ascii, lock_idle_minutes, shared_editing, [keys])")
            }
        }
        return config
    }
}

/// Why the configuration file could not be used: `file:line: key: message`.
struct ConfigError: FileProblem, Hashable, Sendable {
    let file: String
    let line: Int?
    let column: Int?
    /// The setting at fault, when the problem is in one.
    let key: String?
    let message: String

    init(file: String, line: Int? = nil, column: Int? = nil, key: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.key = key
        self.message = message
    }

    var place: FilePlace { FilePlace(file: file, line: line, column: column) }

    /// After the place: `key: message`.
    var whatIsWrong: String { (key.map { "\($0): " } ?? "") + message }
}

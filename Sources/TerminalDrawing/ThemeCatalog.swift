import BundledThemes
import Foundation

/// Finds themes by name: in the user's folder (`$XDG_CONFIG_HOME/socle/themes`, by default
/// `~/.config/socle/themes`) first, then in the themes bundled with Socle. A user's file of the
/// same name wins over the bundled one, so users can adjust a shipped theme by copying it.
public struct ThemeCatalog: Sendable {
    /// The result of loading a theme with a fallback: the theme to use, and the error to show if the
    /// one asked for could not be used.
    public struct Loaded: Sendable {
        public let theme: Theme
        public let error: ThemeError?
    }

    /// The bundled themes in their cycling order; others follow alphabetically.
    public static let shippedOrder = ["default", "light", "projector", "mono"]

    /// The user's theme folder (may not exist).
    public let userFolder: URL?
    /// The themes shipped inside the program: each one's TOML text, by name.
    public let bundled: [String: String]

    public init(userFolder: URL?, bundled: [String: String] = BundledThemes.texts) {
        self.userFolder = userFolder
        self.bundled = bundled
    }

    /// A catalog for this process: the user folder from the environment, the bundled themes.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ThemeCatalog {
        ThemeCatalog(userFolder: ConfigFolder.url(environment: environment)?.appendingPathComponent("themes"))
    }

    /// Every theme name available, shipped ones first in ``shippedOrder``, then the rest alphabetically.
    public var names: [String] {
        var found = Set(bundled.keys)
        if let userFolder {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: userFolder.path)) ?? []
            for file in files where file.hasSuffix(".toml") { found.insert(String(file.dropLast(5))) }
        }
        let shipped = Self.shippedOrder.filter(found.contains)
        return shipped + found.subtracting(shipped).sorted()
    }

    /// The name after `name` in ``names``, wrapping around: for a "next theme" key.
    public func name(after name: String) -> String {
        let all = names
        guard let i = all.firstIndex(of: name) else { return all.first ?? "default" }
        return all[(i + 1) % all.count]
    }

    /// Where theme `name` is read from: the path of the user's file if there is one, else
    /// "built-in NAME.toml" for a shipped theme; nil if neither exists. Origins in `excluding`
    /// are skipped.
    public func origin(for name: String, excluding: Set<String> = []) -> String? {
        source(for: name, excluding: excluding)?.origin
    }

    /// A theme's text still to be read: a user's file, or a theme shipped inside the program.
    private enum Source {
        case file(URL)
        case bundled(name: String, text: String)

        var origin: String {
            switch self {
            case .file(let url): url.standardizedFileURL.path
            case .bundled(let name, _): "built-in \(name).toml"
            }
        }

        func text() throws(ThemeError) -> String {
            switch self {
            case .bundled(_, let text):
                return text
            case .file(let url):
                do {
                    return try String(contentsOf: url, encoding: .utf8)
                } catch {
                    throw ThemeError(file: origin, problem: .unreadable(error.localizedDescription))
                }
            }
        }
    }

    private func source(for name: String, excluding: Set<String>) -> Source? {
        guard Self.isValidName(name) else { return nil }
        if let userFolder {
            let url = userFolder.appendingPathComponent(name + ".toml")
            let file = Source.file(url)
            if !excluding.contains(file.origin), FileManager.default.isReadableFile(atPath: url.path) { return file }
        }
        guard let text = bundled[name] else { return nil }
        let shipped = Source.bundled(name: name, text: text)
        return excluding.contains(shipped.origin) ? nil : shipped
    }

    /// Loads theme `name` with everything it inherits. `inherits = "x"` in a user's `x.toml`
    /// means the bundled `x`, so a user theme can adjust the shipped one of the same name.
    public func load(_ name: String) throws(ThemeError) -> Theme {
        try load(name, chain: [], seen: [])
    }

    /// Loads theme `name`; if it cannot be used, the `default` theme (or, failing that, the
    /// built-in one) with the error that says why, for the caller to show.
    public func loadOrFallback(_ name: String) -> Loaded {
        do {
            return Loaded(theme: try load(name), error: nil)
        } catch {
            let fallback = name == "default" ? nil : try? load("default")
            return Loaded(theme: fallback ?? .builtin, error: error)
        }
    }

    /// Loads `name`, skipping files already being loaded (`seen`), which are `chain` by name.
    private func load(_ name: String, chain: [String], seen: Set<String>) throws(ThemeError) -> Theme {
        guard let source = source(for: name, excluding: seen) else {
            let problem: ThemeError.Problem = origin(for: name) == nil ? .notFound(name) : .inheritanceCycle(chain + [name])
            throw ThemeError(file: name, problem: problem)
        }
        let path = source.origin
        let text = try source.text()
        let parsed = try ThemeParser.parse(text, file: path)
        guard let baseName = parsed.inherits else {
            return Theme(name: name, specs: parsed.specs, displayName: parsed.displayName, file: path)
        }
        let base: Theme
        do {
            base = try load(baseName, chain: chain + [name], seen: seen.union([path]))
        } catch where error.file == baseName {
            // The base itself is missing or circular: point at this file's `inherits` line.
            let line = TOMLSource(text: text, file: path).line(ofKey: "inherits")
            throw ThemeError(file: path, line: line, problem: error.problem)
        }
        return base.overlaid(with: parsed.specs, name: name, displayName: parsed.displayName, file: path)
    }

    /// Theme names are plain file names: no folders, no hidden files.
    package static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.contains("/") && !name.contains("\\")
    }
}

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
    /// The bundled theme folder.
    public let bundledFolder: URL?

    public init(userFolder: URL?, bundledFolder: URL? = BundledThemes.folder) {
        self.userFolder = userFolder
        self.bundledFolder = bundledFolder
    }

    /// A catalog for this process: the user folder from the environment, the bundled folder.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ThemeCatalog {
        ThemeCatalog(userFolder: Config.configFolder(environment: environment)?.appendingPathComponent("themes"))
    }

    /// Every theme name available, shipped ones first in ``shippedOrder``, then the rest alphabetically.
    public var names: [String] {
        var found = Set<String>()
        for folder in [userFolder, bundledFolder].compactMap({ $0 }) {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
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

    /// The file of theme `name`: the user's if there is one, else the bundled one.
    public func file(for name: String, excluding: Set<String> = []) -> URL? {
        guard Self.isValidName(name) else { return nil }
        for folder in [userFolder, bundledFolder].compactMap({ $0 }) {
            let url = folder.appendingPathComponent(name + ".toml")
            if !excluding.contains(url.standardizedFileURL.path), FileManager.default.isReadableFile(atPath: url.path) {
                return url
            }
        }
        return nil
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
        guard let url = file(for: name, excluding: seen) else {
            let problem: ThemeError.Problem = file(for: name) == nil ? .notFound(name) : .inheritanceCycle(chain + [name])
            throw ThemeError(file: name, problem: problem)
        }
        let path = url.standardizedFileURL.path
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ThemeError(file: path, problem: .unreadable(error.localizedDescription))
        }
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
    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.contains("/") && !name.contains("\\")
    }
}

import Foundation

/// Socle's configuration folder: `$XDG_CONFIG_HOME/socle` when that is set to an absolute path, else
/// `$HOME/.config/socle`; nil without either. The user's themes are in its `themes/`, the settings in
/// its `config.toml` (read by the `socle` program).
public enum ConfigFolder {
    public static func url(environment: [String: String]) -> URL? {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("socle")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".config/socle")
    }
}

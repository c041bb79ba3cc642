import Foundation

/// The theme files shipped with Socle (this folder's *.toml), as resources of the program.
public enum BundledThemes {
    /// The folder that holds the bundled theme files.
    public static var folder: URL? { Bundle.module.resourceURL }

    /// The URL of the bundled theme `name`, if it exists.
    public static func url(named name: String) -> URL? {
        Bundle.module.url(forResource: name, withExtension: "toml")
    }
}

/// The theme files shipped with Socle (this folder's *.toml), compiled into the program.
public enum BundledThemes {
    /// Each shipped theme's TOML text, by theme name (`projector` for projector.toml).
    public static let texts: [String: String] = Dictionary(uniqueKeysWithValues:
        EmbeddedFiles.texts.compactMap { file, text in
            file.hasSuffix(".toml") && !file.contains("/") ? (String(file.dropLast(5)), text) : nil
        })

    /// The text of the shipped theme `name`, if there is one.
    public static func text(named name: String) -> String? { texts[name] }
}

/// The strategy document's default templates (this folder's *.mustache files), compiled into the
/// program. A plan's own `templates/` folder may override any of them by name.
public enum BundledTemplates {
    /// Each template's text, by name without the extension (`html-page` for html-page.mustache).
    public static let texts: [String: String] = Dictionary(uniqueKeysWithValues:
        EmbeddedFiles.texts.compactMap { file, text in
            file.hasSuffix(".mustache") && !file.contains("/") ? (String(file.dropLast(9)), text) : nil
        })
}

extension BundledTemplates {
    /// Every embedded file's text by its name, for checks.
    public static var allTexts: [String: String] { EmbeddedFiles.texts }
}

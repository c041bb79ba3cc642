import BundledTemplates
import Mustache

/// The Mustache templates the document is rendered with: the ones shipped in the program, each
/// replaced by the plan's own `templates/NAME.mustache` when it has one (a country's house style).
public struct DocumentTemplates: Sendable {
    let library: MustacheLibrary
    /// The names the plan's own folder overrides.
    public let overridden: [String]

    /// The names of the shipped templates.
    public static var names: [String] { BundledTemplates.texts.keys.sorted() }

    /// The text of a shipped template.
    public static func shipped(_ name: String) -> String? { BundledTemplates.texts[name] }

    /// - Parameter overrides: template texts by name (without `.mustache`), from the plan's folder.
    public init(overrides: [String: String] = [:]) throws(DocumentError) {
        var library = MustacheLibrary()
        var texts = BundledTemplates.texts
        for (name, text) in overrides { texts[name] = text }
        for (name, text) in texts.sorted(by: { $0.key < $1.key }) {
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch {
                throw .template(name: name, detail: "\(error)")
            }
        }
        self.library = library
        overridden = overrides.keys.filter { BundledTemplates.texts[$0] != nil }.sorted()
    }

    func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}

import Foundation

extension PlanFolder {
    /// The folder where a plan keeps its own document templates (its house style).
    public static let templatesFolderName = "templates"

    public var templatesFolder: URL { url.appendingPathComponent(Self.templatesFolderName, isDirectory: true) }

    /// The plan's own document templates: each `templates/NAME.mustache`'s text by NAME; empty
    /// when the folder does not exist. A file that is not UTF-8 text is an error naming it.
    public func documentTemplates() throws -> [String: String] {
        let folder = templatesFolder
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [:] }
        var texts: [String: String] = [:]
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let path = folder.appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw TemplateFileError(path: path)
            }
            texts[String(name.dropLast(".mustache".count))] = text
        }
        return texts
    }
}

/// A template file in a plan's `templates/` folder that cannot be read as UTF-8 text.
public struct TemplateFileError: Error, CustomStringConvertible, Equatable {
    public var path: String
    public var description: String { "\(path) cannot be read as UTF-8 text; a template is a text file." }
}

import Foundation

// embed-files OUTPUT ROOT FILE...
// Writes OUTPUT, a Swift file holding each FILE's text under its path relative to ROOT, as an
// internal `enum EmbeddedFiles`. Run by the EmbedFiles build-tool plugin; never committed.

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: embed-files OUTPUT ROOT FILE...\n".utf8))
    exit(2)
}
let output = URL(fileURLWithPath: arguments[arguments.startIndex])
let root = URL(fileURLWithPath: arguments[arguments.startIndex + 1]).standardizedFileURL.path + "/"
let files = arguments.dropFirst(2).map { URL(fileURLWithPath: $0).standardizedFileURL }

var source = """
    // Generated at build time by embed-files (the EmbedFiles plugin). Do not edit.

    /// The data files of this module, compiled into the program.
    enum EmbeddedFiles {
        /// Each file's text, by its path inside the module's folder (`kibara/plan.json`).
        static let texts: [String: String] = [

    """
var literals = ""
for (index, file) in files.enumerated() {
    guard file.path.hasPrefix(root) else {
        FileHandle.standardError.write(Data("embed-files: \(file.path) is not inside \(root)\n".utf8))
        exit(1)
    }
    let name = String(file.path.dropFirst(root.count))
    guard let data = FileManager.default.contents(atPath: file.path),
          let text = String(data: data, encoding: .utf8) else {
        FileHandle.standardError.write(Data("embed-files: cannot read \(file.path) as UTF-8 text\n".utf8))
        exit(1)
    }
    source += "        \(SwiftLiteral.quoted(name)): file\(index),\n"
    literals += "\n    private static let file\(index) = \(SwiftLiteral.text(text))\n"
}
source += (files.isEmpty ? "        :\n" : "") + "    ]\n" + literals + "}\n"

// Leave an unchanged file alone, so what depends on it is not rebuilt.
if FileManager.default.contents(atPath: output.path) != Data(source.utf8) {
    do {
        try Data(source.utf8).write(to: output, options: .atomic)
    } catch {
        FileHandle.standardError.write(Data("embed-files: cannot write \(output.path): \(error)\n".utf8))
        exit(1)
    }
}

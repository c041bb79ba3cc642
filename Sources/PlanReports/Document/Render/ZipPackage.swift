import Foundation
import ZIPFoundation

/// An Office Open XML package (DOCX, XLSX): named parts zipped together in memory, with a fixed
/// date so the same content gives the same bytes.
struct ZipPackage {
    private var parts: [(String, Data)] = []

    mutating func add(_ path: String, _ text: String) { parts.append((path, Data(text.utf8))) }
    mutating func add(_ path: String, data: Data) { parts.append((path, data)) }

    func data() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let date = Date(timeIntervalSince1970: 1_577_836_800) // 2020-01-01, after the DOS epoch
        for (path, content) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(content.count), modificationDate: date,
                                 compressionMethod: .deflate) { position, size in
                content.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw DocumentError.zip }
        return data
    }
}

/// Why a document could not be made.
public enum DocumentError: Error, CustomStringConvertible, Equatable {
    /// A template (the plan's own, or a shipped one) does not parse.
    case template(name: String, detail: String)
    case zip

    public var description: String {
        switch self {
        case .template(let name, let detail): "the template \(name).mustache cannot be read: \(detail)"
        case .zip: "the document's parts could not be zipped"
        }
    }
}

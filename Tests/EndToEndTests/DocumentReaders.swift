import Foundation

/// The independent readers the document tests use: Python with html5lib, python-docx and openpyxl
/// (`.ci/run` installs them with pip), and LibreOffice (Debian's libreoffice-writer-nogui and
/// libreoffice-calc-nogui) to recalculate the workbook and convert the DOCX to PDF.
enum DocumentReaders {
    static let folder = SocleBinary.packageRoot.appendingPathComponent("Tests/EndToEndTests/DocumentReaders")

    /// The first python3 on PATH (then the system's) that imports every reader module.
    static let python: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let candidates = path.split(separator: ":").map { "\($0)/python3" } + ["/usr/bin/python3", "/usr/local/bin/python3"]
        return candidates.first { candidate in
            FileManager.default.isExecutableFile(atPath: candidate)
                && (try? runProgram(candidate, ["-c", "import docx, openpyxl, html5lib"], environment: environment))?.status == 0
        }
    }()

    /// LibreOffice's command, if installed.
    static let soffice: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let names = ["soffice", "libreoffice"]
        let candidates = path.split(separator: ":").flatMap { folder in names.map { "\(folder)/\($0)" } }
            + ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONIOENCODING"] = "utf-8"
        return environment
    }

    /// Runs reader `script` (a file of this folder) with `arguments`; returns the JSON it prints.
    static func read(_ script: String, _ arguments: [String]) throws -> [String: Any] {
        guard let python else {
            throw E2EFailure("the document tests need python3 with python-docx, openpyxl and html5lib "
                + "(pip install python-docx openpyxl html5lib; .ci/run does it)")
        }
        let result = try runProgram(python, [folder.appendingPathComponent(script).path] + arguments, environment: environment)
        guard result.status == 0, let object = try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any] else {
            throw E2EFailure("\(script) failed (\(result.status)): \(result.err)")
        }
        return object
    }
}

import Foundation
import PlanStore

/// Where the file of `socle export`, `socle document` and `socle calendar --ics` goes: standard output
/// for `-o -`, else the file `-o` names or DIR/exports/NAME, with PlanStore's rules (an existing file
/// replaced only when asked, the plan folder's own files never). Prints where it went.
enum ExportOutput {
    /// The plan folder of DIR: DIR itself, or the folder holding it when DIR is a plan.json.
    static func planFolder(of dir: String) -> URL {
        let folder = URL(fileURLWithPath: dir)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            return folder.deletingLastPathComponent()
        }
        return folder
    }

    /// Writes what `make` returns; any failure is a `Failure` (exit 2) that says why.
    static func write(named name: String, dir: String, output: String?, replacing: Bool,
                      make: () throws -> Data) throws {
        do {
            if output == "-" {
                FileHandle.standardOutput.write(try make())
                return
            }
            let written = try PlanStore.writeExport(named: name, folder: planFolder(of: dir),
                                                    to: output.map { URL(fileURLWithPath: $0) }, replacing: replacing,
                                                    make: make)
            Output.line(written.path)
        } catch {
            throw Failure(description: "socle: \(error)")
        }
    }
}

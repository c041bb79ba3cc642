import Foundation

/// Runs the real `socle` commands on one plan.json in a folder of its own and reports what went
/// wrong: a signal, an exit status other than 0, 1 or 2, a run over the budget, or any change to
/// the folder (exports go to standard output, imports are dry runs).
struct CLIRun {
    let socle: URL
    let budget: Double

    static let commands: [[String]] = [
        ["check"], ["check", "--json"], ["show"], ["show", "--json"], ["show", "--stage", "3"], ["cost"], ["cost", "--json"],
        ["coverage"], ["coverage", "--json"], ["schedule"], ["schedule", "--json"],
        ["export", "--format", "csv", "--what", "activities", "-o", "-"],
        ["export", "--format", "csv", "--what", "budget", "-o", "-"], ["export", "--format", "ics", "-o", "-"],
        ["import", "groups", "--dry-run"], ["import", "schemes", "--dry-run"],
    ]

    /// The spreadsheet rows the imports read, before mutation.
    static let csvSeed = "id,name,size,year,growth_pct,projection,type,contingencies,recipients\n"
        + "GRP-1,Renamed,12,2026,1.5,2026:100;2027:200,universal,oldAge,GRP-1:5\n,\"New, \"\"quoted\"\" group\",-5,,,,,,\n"

    /// `plan` in a folder of its own, and `csv` (the rows the imports read), through every command.
    func check(_ plan: Data, csv: Data = Data(csvSeed.utf8), runs: inout Int) -> [String] {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("socle-fuzz-\(getpid())-\(UUID().uuidString.prefix(8))")
        let folder = root.appendingPathComponent("plan")
        defer { try? FileManager.default.removeItem(at: root) }
        let csvData = csv
        let csv = root.appendingPathComponent("rows.csv")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try plan.write(to: folder.appendingPathComponent("plan.json"))
            try csvData.write(to: csv)
        } catch {
            return ["cannot prepare the folder: \(error)"]
        }
        let before = Self.snapshot(folder)
        var problems: [String] = []
        for command in Self.commands {
            var arguments = command
            if command.first == "import" {
                arguments.insert(folder.path, at: 2)
                arguments.insert(csv.path, at: 3)
            } else {
                arguments.insert(folder.path, at: 1)
            }
            runs += 1
            if let problem = run(arguments) { problems.append("socle \(command.joined(separator: " ")): \(problem)") }
            if Self.snapshot(folder) != before {
                problems.append("socle \(command.joined(separator: " ")) changed the plan folder")
                break
            }
        }
        return problems
    }

    private func run(_ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = socle
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return "cannot start: \(error)" }
        let deadline = Date().addingTimeInterval(budget)
        while process.isRunning && Date() < deadline { usleep(2_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return "still running after \(budget) s"
        }
        if process.terminationReason == .uncaughtSignal { return "killed by signal \(process.terminationStatus)" }
        return (0...2).contains(process.terminationStatus) ? nil : "exit status \(process.terminationStatus)"
    }

    /// Every file's name and bytes, for telling whether a command wrote anything.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let name = enumerator?.nextObject() as? String {
            files[name] = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) ?? Data()
        }
        return files
    }
}

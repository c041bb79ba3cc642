import Foundation
import PlanDomain
import PlanStore

/// `socle-bench import [--rows 1000,10000,100000]`: how long `socle import schemes` takes for CSV
/// files of growing size, phase by phase, so that linear growth (10 times the rows, about 10 times
/// the time) shows.
enum ImportBench {
    static func run(rows: [Int]) throws {
        #if DEBUG
        print("note: this is a debug build; use `swift run -c release socle-bench import` for real figures")
        #endif
        print("socle-bench import schemes into the example plan, seconds")
        print(pad("rows", 9) + pad("CSV", 10, right: true) + pad("read", 9, right: true) + pad("check", 9, right: true)
              + pad("save", 9, right: true) + pad("total", 9, right: true) + pad("per 1k rows", 13, right: true))
        let example = try ExamplePlan.load()
        for count in rows {
            try measure(count, into: example)
        }
        print("read = read the file (size limit, encoding); check = split it into rows, read every cell and validate the plan "
              + "with the rows; save = apply the one edit and save durably (temp file, fsync, rename, journal)")
    }

    /// A schemes CSV of `count` new schemes, every column filled.
    static func csv(rows count: Int) -> String {
        var text = "id,name,type,institution,contingencies,groups,employer_pct,insured_pct,contributors,"
            + "recipients,expenditure,year,source\n"
        text.reserveCapacity(count * 160)
        for row in 1...max(1, count) {
            text += ",\"Scheme \(row), imported\",social insurance,STK-1,oldAge;invalidity,GRP-1,60,40,\(row * 10),"
                + "GRP-1:\(row),\(row * 1000).5,2024,bench\n"
        }
        return text
    }

    private static func measure(_ count: Int, into plan: Plan) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("socle-bench-import-\(getpid())-\(count)")
        try? FileManager.default.removeItem(at: directory)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try PlanStore.create(at: directory, plan: plan)
        defer { store.close() }
        let file = directory.appendingPathComponent("schemes.csv")
        let text = csv(rows: count)
        try Data(text.utf8).write(to: file)

        let clock = ContinuousClock()
        let start = clock.now
        let read = try CSVImport.read(path: file.path)
        let afterRead = clock.now
        let result = CSVImport.run(.schemes, csv: read, into: store.plan)
        let afterCheck = clock.now
        guard result.isValid, let edit = result.edit, result.inserted == count else {
            throw BenchError(description: "the generated CSV did not import: \(result.problems.prefix(3))")
        }
        try store.save(try store.plan.applying(edit), edit: edit)
        let end = clock.now
        let total = seconds(end - start)
        print(pad(String(count), 9) + pad(String(format: "%.1f MB", Double(text.utf8.count) / 1e6), 10, right: true)
              + pad(format(seconds(afterRead - start)), 9, right: true)
              + pad(format(seconds(afterCheck - afterRead)), 9, right: true)
              + pad(format(seconds(end - afterCheck)), 9, right: true) + pad(format(total), 9, right: true)
              + pad(format(total / Double(count) * 1000), 13, right: true))
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    private static func format(_ value: Double) -> String { String(format: "%.3f", value) }

    private static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return right ? fill + text : text + fill
    }
}

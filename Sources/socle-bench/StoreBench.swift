import Foundation
import PlanDomain
import PlanStore

/// `socle-bench store [--runs N]`: how long plans of realistic sizes take to encode, decode,
/// save durably and open, and how big their files are.
enum StoreBench {
    static func run(runs: Int) throws {
        #if DEBUG
        print("note: this is a debug build; use `swift run -c release socle-bench store` for real figures")
        #endif
        print("socle-bench store: median of \(runs) runs, milliseconds")
        print(pad("plan", 14) + pad("entities", 10, right: true) + pad("plan.json", 12, right: true)
              + pad("encode", 9, right: true) + pad("decode", 9, right: true)
              + pad("save", 9, right: true) + pad("open", 9, right: true))
        let example = try ExamplePlan.load()
        try measure("example", example, runs: runs)
        try measure("example×10", ExamplePlan.scaled(example, by: 10), runs: runs)
        for scale in [1, 10] {
            try measure("generated ×\(scale)", PlanGenerator.plan(scale: scale), runs: runs)
        }
        print("""
            encode = Plan to JSON bytes; decode = JSON bytes to Plan; save = durable save (temp file, \
            fsync, backup, rename, fsync folder, journal line); open = lock + read + decode + unlock
            """)
    }

    private static func measure(_ name: String, _ plan: Plan, runs: Int) throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("socle-bench-\(getpid())-\(name.filter(\.isLetter))-\(PlanGenerator.entityCount(plan))")
        try? FileManager.default.removeItem(at: directory)
        defer { try? FileManager.default.removeItem(at: directory) }

        let store = try PlanStore.create(at: directory, plan: plan)
        let data = try PlanCodec.encode(plan)
        let encode = try median(runs) { _ = try PlanCodec.encode(plan) }
        let decode = try median(runs) { _ = try PlanCodec.decode(data, file: "plan.json") }
        let save = try median(runs) { run in
            var next = plan
            next.meta.title = "run \(run)"
            try store.save(next, edit: .set(.meta(next.meta)))
        }
        store.close()
        let open = try median(runs) { _ in try PlanStore.open(at: directory).close() }
        let size = try FileManager.default.attributesOfItem(atPath: store.folder.planFile.path)[.size] as? Int ?? 0

        print(pad(name, 14) + pad("\(PlanGenerator.entityCount(plan))", 10, right: true)
              + pad(bytes(size), 12, right: true) + pad(ms(encode), 9, right: true)
              + pad(ms(decode), 9, right: true) + pad(ms(save), 9, right: true) + pad(ms(open), 9, right: true))
    }

    private static func median(_ runs: Int, _ body: (Int) throws -> Void) rethrows -> Duration {
        let clock = ContinuousClock()
        var times: [Duration] = []
        for run in 0..<max(1, runs) {
            let start = clock.now
            try body(run)
            times.append(clock.now - start)
        }
        return times.sorted()[times.count / 2]
    }

    private static func median(_ runs: Int, _ body: () throws -> Void) rethrows -> Duration {
        try median(runs) { (_: Int) in try body() }
    }

    private static func ms(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        return String(format: "%.1f", value)
    }

    private static func bytes(_ count: Int) -> String {
        count >= 1_000_000 ? String(format: "%.2f MB", Double(count) / 1e6) : String(format: "%.0f kB", Double(count) / 1e3)
    }

    private static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return right ? fill + text : text + fill
    }
}

import Foundation
import PlanDomain
import PlanStore
import Workbench

/// `socle-bench scale`: issue 8's figures in one run, on plans generated here (the example, the
/// example ×16 and a national-size plan), side by side with jq and CPython on the same files.
/// Needs the release `socle` next to `socle-bench` (or `--socle PATH`); `bench/scale` builds both.
enum ScaleBench {
    struct Subject {
        var name: String
        var folder: URL
        var plan: Plan
        var bytes: Int
    }

    static func run(socle: String, workDir: URL?, runs: Int, keyCount: Int, parts: Set<String>? = nil) throws {
        func want(_ part: String) -> Bool { parts?.contains(part) ?? true }
        #if DEBUG
        print("note: this is a debug build; run bench/scale for real figures")
        #endif
        let root = workDir ?? FileManager.default.temporaryDirectory.appendingPathComponent("socle-scale-\(getpid())")
        try? FileManager.default.removeItem(at: root)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { if workDir == nil { try? FileManager.default.removeItem(at: root) } }
        print("socle-bench scale: \(ProcessInfo.processInfo.activeProcessorCount) cores, "
              + "load average \(loadAverage()), \(runs) runs each (median)")

        let example = try ExamplePlan.load()
        var subjects: [Subject] = []
        for (name, plan) in [("example 1x", example), ("example 16x", ExamplePlan.scaled(example, by: 16)),
                             ("national", PlanGenerator.plan(.national))] {
            subjects.append(try write(plan, name: name, under: root))
        }

        if want("plans") {
            section("Plans (generated in the repo, deterministic)")
            row(["plan", "entities", "activities", "links", "plan.json", "socle check", "findings e/w/h"],
                [13, 9, 11, 7, 10, 12, 16])
            for subject in subjects {
                let check = try ChildProcess.run([socle, "check", subject.folder.path])
                let findings = subject.plan.validate()
                let links = subject.plan.actionPlan.activities.reduce(0) { $0 + $1.dependencies.count }
                row([subject.name, "\(PlanGenerator.entityCount(subject.plan))", "\(subject.plan.actionPlan.activities.count)",
                     "\(links)", mb(subject.bytes), "exit \(exitCode(check.status))",
                     "\(findings.count(.error))/\(findings.count(.warning))/\(findings.count(.hint))"],
                    [13, 9, 11, 7, 10, 12, 16])
            }

        }
        if want("open") {
            section("Open to first drawn screen (socle in a pty at 80x24) vs jq and CPython on the same plan.json")
            let jq = ChildProcess.which("jq"), python = ChildProcess.python()
            let widths = [13, 11, 10, 10, 10, 10, 9, 9, 13, 9, 9, 9]
            row(["plan", "socle wall", "checked", "socle CPU", "socle RSS", "jq . wall", "jq CPU", "jq RSS",
                 "py json wall", "py CPU", "py RSS", "socle/jq"], widths)
            for subject in subjects {
                // Each round runs the three in turn, so that the host's speed, which moves from minute
                // to minute here, moves all three alike; socle/jq is the median of the rounds' ratios.
                let file = subject.folder.appendingPathComponent("plan.json").path
                var socleRuns: [(Double, ChildResult, checked: Double)] = []
                var jqRuns: [ChildResult] = [], pyRuns: [ChildResult] = []
                for _ in 0..<max(1, runs) {
                    socleRuns.append(try firstScreen(socle, subject.folder))
                    if let jq { jqRuns.append(try ChildProcess.run([jq, ".", file])) }
                    if let python {
                        pyRuns.append(try ChildProcess.run([python, "-c", "import json,sys; json.load(open(sys.argv[1]))", file]))
                    }
                }
                let first = socleRuns.sorted { $0.0 < $1.0 }[socleRuns.count / 2]
                let jqResult = median(jqRuns), pyResult = median(pyRuns)
                let ratios = zip(socleRuns, jqRuns).map { $0.0 / $1.wall }.sorted()
                row([subject.name, ms(first.0), ms(first.checked), ms(first.1.cpu) + "*", mib(first.1.peakKiB),
                     jqResult.map { ms($0.wall) } ?? "-", jqResult.map { ms($0.cpu) } ?? "-",
                     jqResult.map { mib($0.peakKiB) } ?? "-", pyResult.map { ms($0.wall) } ?? "-",
                     pyResult.map { ms($0.cpu) } ?? "-", pyResult.map { mib($0.peakKiB) } ?? "-",
                     ratios.isEmpty ? "-" : String(format: "%.2f", ratios[ratios.count / 2])], widths)
            }
            print("socle wall = start to the read that completes the first frame (its status line, \"checking…\" while")
            print("  the rules run in the background); checked = to the last byte, once the findings' counts are drawn")
            print("  (then 150 ms quiet);")
            print("* CPU of the whole session (open, first frame, quit on SIGTERM) from wait4; socle RSS = VmHWM after")
            print("  the first frame; jq and python RSS = /usr/bin/time %M (the peak of the program alone).")
            print("socle/jq = socle wall / jq wall in each round (the three run in turn), the median of the rounds.")
            if jq == nil { print("jq not installed: its columns are skipped (apt-get install jq).") }
            if python == nil { print("python3 not installed: its columns are skipped.") }
        }
        let national = subjects[subjects.count - 1]
        if want("output") {
            for (columns, rows) in [(80, 24), (200, 50)] {
                section("Terminal output on the national plan, Activities table, through the pty (\(columns)x\(rows))")
                try terminalOutput(socle, national.folder, columns: columns, rows: rows)
            }

        }
        if want("keys") {
            section("Key to finished frame, national plan, Activities table (in process: reducer + render + diff)")
            row(["size", "median", "p99", "worst", "cells changed (median)"], [10, 10, 10, 10, 24])
            for (columns, rows) in [(80, 24), (200, 50)] {
                let (times, cells) = keyTimes(national.plan, columns: columns, rows: rows, count: keyCount)
                row(["\(columns)x\(rows)", ms(times[times.count / 2], 3), ms(times[times.count * 99 / 100], 3),
                     ms(times.last!, 3), "\(cells)"], [10, 10, 10, 10, 24])
            }

        }
        if want("save") {
            section("Save after one edit, national plan")
            let save = try saveTime(national, runs: runs)
            let commit = try commitTimes(national, runs: max(runs, 9))
            print("commit (PlanStore.commit, the workbench's path: the edit's journal line, fsync'd) "
                  + "median \(ms(commit.commit.median, 2)) ms, worst \(ms(commit.commit.worst, 2)) ms")
            print("plan.json rewritten in the background after it (encode, temp file, fsync, checkpoint, rename): "
                  + "median \(ms(commit.rewrite.median)) ms")
            print("key to frame (80x24) while that rewrite is under way: median \(ms(commit.keys.median, 3)) ms, "
                  + "p99 \(ms(commit.keys.p99, 3)) ms, worst \(ms(commit.keys.worst, 3)) ms (\(commit.keys.count) keys)")
            print("for comparison, PlanStore.save (everything on the calling thread, as the CLI's import does): "
                  + "\(ms(save)) ms")

        }
        if want("analyses") {
            section("Analyses on the national plan (\(national.plan.actionPlan.activities.count) activities), in process")
            analyses(national.plan, runs: max(runs, 5))

        }
        if want("check") {
            section("socle check on the example scaled 1x/4x/16x/64x (the release binary, wall time)")
            row(["scale", "plan.json", "check", "check CPU", "in process", "marginal per 1x", "CPU per 1x"],
                [7, 10, 10, 10, 11, 16, 11])
            var previous: (Int, Double, Double)?
            for factor in [1, 4, 16, 64] {
                let subject = try write(ExamplePlan.scaled(example, by: factor), name: "check \(factor)x", under: root)
                let run = try median(runs) { try ChildProcess.run([socle, "check", subject.folder.path]) }
                let inProcess = try medianTime(runs) {
                    _ = try PlanStore.load(at: subject.folder).validate()
                }
                let marginal = previous.map { ms((run.wall - $0.1) / Double(factor - $0.0)) } ?? "-"
                let marginalCPU = previous.map { ms((run.cpu - $0.2) / Double(factor - $0.0)) } ?? "-"
                row(["\(factor)x", mb(subject.bytes), ms(run.wall), ms(run.cpu), ms(inProcess), marginal, marginalCPU],
                    [7, 10, 10, 10, 11, 16, 11])
                previous = (factor, run.wall, run.cpu)
                if workDir == nil { try? FileManager.default.removeItem(at: subject.folder) }
            }
            print("marginal = (check(this) - check(previous)) / (added copies of the example), ms per 1x; CPU per 1x the same")
            print("  of the child's CPU time (user + system, from wait4): less moved by other programs than the wall time")
        }
    }

    // MARK: - Parts

    static func write(_ plan: Plan, name: String, under root: URL) throws -> Subject {
        let folder = root.appendingPathComponent(name.replacingOccurrences(of: " ", with: "-"))
        try? FileManager.default.removeItem(at: folder)
        try PlanStore.create(at: folder, plan: plan).close()
        let size = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("plan.json").path)[.size] as? Int ?? 0
        return Subject(name: name, folder: folder, plan: plan, bytes: size)
    }

    /// The time to the first complete frame of `socle DIR` in an 80x24 pty, and the session's usage.
    /// The first screen: when its frame (the status line, at the bottom, comes last) has
    /// arrived, and when output stopped (the findings' counts replace "checking…").
    static func firstScreen(_ socle: String, _ folder: URL) throws -> (Double, ChildResult, checked: Double) {
        let session = try PtySession([socle, folder.path], columns: 80, rows: 24)
        let shown = session.settle(quietMs: 150) {
            contains($0, "Welcome") && (contains($0, "checking") || contains($0, "warning"))
        }
        let peak = peakKiB(session.pid)
        var result = session.finish()
        result.peakKiB = peak
        return (shown.satisfiedAt, result, shown.lastByte)
    }

    /// Bytes and write() calls for the first screen and for cursor moves in the Activities table,
    /// and the key-to-last-byte time as the user's terminal sees it.
    static func terminalOutput(_ socle: String, _ folder: URL, columns: Int, rows: Int) throws {
        // Times, bytes and memory from a plain session; write() calls to the terminal from a
        // second one under strace (it slows the program), else from /proc/PID/io.
        let session = try PtySession([socle, folder.path], columns: columns, rows: rows)
        let plain = tour(session) { writes(session.pid).calls }
        let peak = peakKiB(session.pid)
        _ = session.finish()
        var counted = plain
        var how = "write-family calls from /proc/PID/io (syscw; strace not installed)"
        if let strace = ChildProcess.which("strace") {
            let log = FileManager.default.temporaryDirectory.appendingPathComponent("socle-bench-strace-\(getpid())")
            defer { try? FileManager.default.removeItem(at: log) }
            let traced = try PtySession([strace, "-f", "-qq", "-e", "trace=write,writev", "-o", log.path, socle, folder.path],
                                        columns: columns, rows: rows)
            counted = tour(traced) { terminalWrites(log) }
            _ = traced.finish()
            how = "write()/writev() calls on the terminal (fd 1), counted by strace"
        }
        let bytes = plain.bytes.sorted(), calls = counted.calls.sorted(), times = plain.times.sorted()
        print("first screen: \(plain.firstBytes) bytes; \(counted.firstCalls) write calls until it is drawn "
              + "(terminal set-up included)")
        print("cursor move (↓/↑ ×40): median \(bytes[bytes.count / 2]) bytes (max \(bytes.last!)), "
              + "median \(calls[calls.count / 2]) write calls (max \(calls.last!))")
        print("key sent to last byte received: median \(ms(times[times.count / 2])) ms, worst \(ms(times.last!)) ms; "
              + "session peak RSS \(mib(peak))")
        print("write calls: " + how)
    }

    struct Tour {
        var firstBytes = 0, firstCalls = 0
        var bytes: [Int] = [], calls: [Int] = [], times: [Double] = []
    }

    /// The first screen, then the Activities table (stage 3, two tabs right) and 40 cursor moves,
    /// with the arrow keys as xterm sends them in keypad mode (ESC O B), as a real terminal does.
    static func tour(_ session: PtySession, writesSoFar: () -> Int) -> Tour {
        var tour = Tour()
        tour.firstBytes = session.settle(quietMs: 150) { contains($0, "Welcome") }.bytes
        tour.firstCalls = writesSoFar()
        for key in ["3", "\u{1B}OC", "\u{1B}OC"] {
            session.send(key)
            session.settle(quietMs: 100)
        }
        for index in 0..<40 {
            let before = writesSoFar()
            let sent = session.elapsed
            session.send(index % 10 == 9 ? "\u{1B}OA" : "\u{1B}OB")
            let result = session.settle(quietMs: 60)
            tour.bytes.append(result.bytes)
            tour.calls.append(writesSoFar() - before)
            tour.times.append(result.lastByte - sent)
        }
        return tour
    }

    /// Lines of an strace log that are writes to fd 1 (the terminal).
    static func terminalWrites(_ log: URL) -> Int {
        guard let text = try? String(contentsOf: log, encoding: .utf8) else { return 0 }
        return text.split(separator: "\n").filter { $0.contains("write(1,") || $0.contains("writev(1,") }.count
    }

    /// The process's peak resident memory so far (VmHWM), in KiB. (wait4's ru_maxrss of a child
    /// spawned from this large process starts at this process's size, so it cannot be used.)
    static func peakKiB(_ pid: pid_t) -> Int {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    /// Write-family system calls and bytes the process has made so far (Linux /proc/PID/io).
    static func writes(_ pid: pid_t) -> (calls: Int, bytes: Int) {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/io", encoding: .utf8) else { return (0, 0) }
        var calls = 0, bytes = 0
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: ":").map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            if parts[0] == "syscw" { calls = Int(parts[1]) ?? 0 }
            if parts[0] == "wchar" { bytes = Int(parts[1]) ?? 0 }
        }
        return (calls, bytes)
    }

    /// Milliseconds from key to finished frame for cursor moves in the Activities table.
    static func keyTimes(_ plan: Plan, columns: Int, rows: Int, count: Int) -> ([Double], Int) {
        let terminal = DiffingTerminal(columns: columns, rows: rows)
        let state = AppState(plan: plan, planName: "national", themeNames: ["default"])
        let app = App(state: state, terminal: terminal, saver: nil, themes: { _ in nil })
        for key: Key in [.char("3"), .right, .right] { app.handle(key) }
        let tour: [Key] = [.down, .down, .down, .down, .down, .down, .up, .pageDown, .down, .up]
        let clock = ContinuousClock()
        var times: [Double] = []
        let before = terminal.changedCells.count
        for index in 0..<max(10, count) {
            let start = clock.now
            app.handle(tour[index % tour.count])
            times.append(milliseconds(clock.now - start))
        }
        let cells = terminal.changedCells.dropFirst(before).sorted()
        return (times.sorted(), cells[cells.count / 2])
    }

    static func saveTime(_ subject: Subject, runs: Int) throws -> Double {
        let store = try PlanStore.open(at: subject.folder)
        defer { store.close() }
        return try medianTime(runs) {
            var next = subject.plan
            next.actionPlan.activities[0].progressPercent = Double(Int.random(in: 0...100))
            try store.save(next, edit: .update(AnyEntity(next.actionPlan.activities[0])))
        }
    }

    struct Spread {
        var median = 0.0, p99 = 0.0, worst = 0.0, count = 0
        init(_ values: [Double]) {
            let sorted = values.sorted()
            guard !sorted.isEmpty else { return }
            (median, p99, worst, count) = (sorted[sorted.count / 2], sorted[sorted.count * 99 / 100], sorted.last!,
                                           sorted.count)
        }
    }

    /// The commit of one edit (`PlanStore.commit`), the background rewrite it starts, and cursor
    /// keys through the workbench while that rewrite runs (both threads on the same cores).
    static func commitTimes(_ subject: Subject, runs: Int) throws
        -> (commit: Spread, rewrite: Spread, keys: Spread) {
        let store = try PlanStore.open(at: subject.folder)
        defer { store.close() }
        let terminal = DiffingTerminal(columns: 80, rows: 24)
        let app = App(state: AppState(plan: subject.plan, planName: "national", themeNames: ["default"]),
                      terminal: terminal, saver: nil, themes: { _ in nil })
        for key: Key in [.char("3"), .right, .right] { app.handle(key) }
        let tour: [Key] = [.down, .down, .down, .down, .down, .down, .up, .pageDown, .down, .up]
        let clock = ContinuousClock()
        var commits: [Double] = [], rewrites: [Double] = [], keys: [Double] = []
        var plan = subject.plan
        for run in 0..<runs {
            plan.actionPlan.activities[0].progressPercent = Double(run % 100)
            let start = clock.now
            try store.commit(plan, edit: .update(AnyEntity(plan.actionPlan.activities[0])))
            commits.append(milliseconds(clock.now - start))
            var index = 0
            while store.isWritingPlan {
                let keyStart = clock.now
                app.handle(tour[index % tour.count])
                keys.append(milliseconds(clock.now - keyStart))
                index += 1
                usleep(2_000)  // a fast typist: a key every few milliseconds
            }
            rewrites.append(milliseconds(clock.now - start))
            try store.flush()
        }
        return (Spread(commits), Spread(rewrites), Spread(keys))
    }

    // MARK: - Helpers

    static func median(_ runs: Int, _ body: () throws -> ChildResult) throws -> ChildResult {
        var results: [ChildResult] = []
        for _ in 0..<max(1, runs) { results.append(try body()) }
        return median(results)!
    }

    /// The run of median wall time; nil for none.
    static func median(_ results: [ChildResult]) -> ChildResult? {
        results.isEmpty ? nil : results.sorted { $0.wall < $1.wall }[results.count / 2]
    }

    static func medianTime(_ runs: Int, _ body: () throws -> Void) throws -> Double {
        let clock = ContinuousClock()
        var times: [Double] = []
        for _ in 0..<max(1, runs) {
            let start = clock.now
            try body()
            times.append(milliseconds(clock.now - start))
        }
        return times.sorted()[times.count / 2]
    }

    static func contains(_ bytes: [UInt8], _ text: String) -> Bool {
        let needle = Array(text.utf8)
        guard bytes.count >= needle.count else { return false }
        return (0...(bytes.count - needle.count)).contains { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }

    static func exitCode(_ status: Int32) -> Int32 { (status >> 8) & 0xFF }
    static func ms(_ value: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }
    static func mb(_ bytes: Int) -> String { String(format: "%.2f MB", Double(bytes) / 1e6) }
    static func mib(_ kib: Int) -> String { String(format: "%.0f MiB", Double(kib) / 1024) }

    static func loadAverage() -> String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3)
            .joined(separator: " ") ?? "unknown"
    }

    static func section(_ title: String) { print("\n## " + title) }

    static func row(_ cells: [String], _ widths: [Int]) {
        print(zip(cells, widths).enumerated().map { index, pair in pad(pair.0, pair.1, right: index > 0) }.joined(separator: " "))
    }

    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return right ? fill + text : text + fill
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `socle-bench fuzz`: feeds mutated plans (see `FuzzInput`) to the plan loader and everything
/// computed from a plan (see `FuzzTarget`), and every `cli-every`-th one to the real `socle`
/// commands. Deterministic: the same seed and count give the same inputs.
///
/// Inputs run in a child process (`socle-bench fuzz-worker`) that says which input it starts
/// before each one, so a trap (the child dies of a signal) or a hang (no word within the budget)
/// names its input; the fuzzer keeps that input as a file and goes on from the next one. A `socle`
/// command fails when it dies of a signal, exits with a status other than 0, 1 or 2, runs over the
/// budget, or changes the plan folder.
struct Fuzzer {
    var seed: UInt64
    var count: Int
    var cliEvery: Int
    var budget: Double
    var keep: URL?
    /// For testing the fuzzer itself: inputs at which the worker traps, or stops answering.
    var injected = ""
    var socle: URL?

    struct Tally {
        var inputs = 0, refused = 0, loaded = 0, crashes = 0, hangs = 0
        var cliInputs = 0, cliRuns = 0, cliFailures = 0
        var mutations: [String: Int] = [:]
    }

    static func main(_ arguments: [String]) -> Int32 {
        func value(_ flag: String) -> String? {
            arguments.firstIndex(of: flag).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
        }
        let environment = ProcessInfo.processInfo.environment
        let fuzzer = Fuzzer(
            seed: value("--seed").flatMap(UInt64.init) ?? environment["SOCLE_FUZZ_SEED"].flatMap(UInt64.init) ?? 15,
            count: value("--count").flatMap(Int.init) ?? environment["SOCLE_FUZZ_COUNT"].flatMap(Int.init) ?? 20_000,
            cliEvery: value("--cli-every").flatMap(Int.init) ?? 500,
            budget: value("--budget").flatMap(Double.init) ?? 10,
            keep: value("--keep").map { URL(fileURLWithPath: $0) },
            injected: value("--inject") ?? "",
            socle: value("--socle").map { URL(fileURLWithPath: $0) }
                ?? Optional(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
                    .appendingPathComponent("socle")).flatMap { FileManager.default.isExecutableFile(atPath: $0.path) ? $0 : nil })
        return fuzzer.run()
    }

    func run() -> Int32 {
        let corpus: FuzzCorpus
        do { corpus = try FuzzCorpus.make() } catch {
            printError("socle-bench fuzz: \(error)")
            return 2
        }
        let start = Date()
        var tally = Tally()
        var next = 0
        while next < count {
            let (reached, outcome) = runWorker(from: next, tally: &tally)
            switch outcome {
            case .finished:
                next = count
            case .crashed(let detail), .hung(let detail):
                let kind = if case .crashed = outcome { "crash" } else { "hang" }
                if kind == "crash" { tally.crashes += 1 } else { tally.hangs += 1 }
                let input = FuzzInput.make(seed: seed, index: reached, corpus: corpus)
                let file = keepCase(kind, index: reached, input: input)
                printError("socle-bench fuzz: input \(reached) (\(input.mutations.joined(separator: ", "))): \(kind)"
                           + " \(detail)\(file.map { "; kept as \($0.path)" } ?? "")")
                next = reached + 1
            }
        }
        if cliEvery > 0, let socle {
            for index in stride(from: 0, to: count, by: cliEvery) {
                let input = FuzzInput.make(seed: seed, index: index, corpus: corpus)
                tally.cliInputs += 1
                let csv = Self.csv(seed: seed, index: index)
                for problem in CLIRun(socle: socle, budget: budget).check(input.data, csv: csv, runs: &tally.cliRuns) {
                    tally.cliFailures += 1
                    let file = keepCase("cli", index: index, input: input)
                    try? csv.write(to: file?.deletingPathExtension().appendingPathExtension("csv") ?? URL(fileURLWithPath: "/dev/null"))
                    printError("socle-bench fuzz: input \(index) (\(input.mutations.joined(separator: ", "))): \(problem)"
                               + "\(file.map { "; kept as \($0.path)" } ?? "")")
                }
            }
        }
        let seconds = Date().timeIntervalSince(start)
        print("socle-bench fuzz: seed \(seed), \(tally.inputs) inputs in process in \(String(format: "%.1f", seconds)) s: "
              + "\(tally.refused) refused with an error, \(tally.loaded) loaded and analysed and drawn, "
              + "\(tally.crashes) crashes, \(tally.hangs) hangs (budget \(budget) s an input)")
        print("socle-bench fuzz: mutations: "
              + tally.mutations.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        if cliEvery > 0 {
            print(socle == nil ? "socle-bench fuzz: socle not found next to socle-bench; command runs skipped"
                  : "socle-bench fuzz: \(tally.cliInputs) inputs through \(CLIRun.commands.count) socle commands: "
                    + "\(tally.cliRuns) runs, \(tally.cliFailures) crashes, hangs, bad exit codes or writes")
        }
        return tally.crashes + tally.hangs + tally.cliFailures == 0 ? 0 : 1
    }

    /// The rows the imports of input `index` read: the seed rows with one mutation (or none, one
    /// time in four).
    static func csv(seed: UInt64, index: Int) -> Data {
        var random = SplitMix(seed: seed ^ 0x5DEE_CE66_D1CE_4E5B &+ UInt64(truncatingIfNeeded: index))
        let bytes = Array(CLIRun.csvSeed.utf8)
        guard random.int(4) != 0 else { return Data(bytes) }
        let mutation = Mutation.allCases[random.int(Mutation.allCases.count)]
        return Data(mutation.apply(to: bytes, tokens: JSONTokens(bytes), random: &random))
    }

    enum WorkerOutcome {
        case finished
        case crashed(String)
        case hung(String)
    }

    /// Runs inputs from `from` in a child until it finishes, dies or hangs; returns the input it
    /// was on.
    private func runWorker(from: Int, tally: inout Tally) -> (Int, WorkerOutcome) {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        child.arguments = ["fuzz-worker", String(seed), String(from), String(count - from), injected]
        let output = Pipe(), errors = Pipe()
        child.standardOutput = output
        child.standardError = errors
        do { try child.run() } catch { return (from, .crashed("cannot start the worker: \(error)")) }
        var reader = LineReader(fd: output.fileHandleForReading.fileDescriptor)
        var current = from
        while true {
            switch reader.next(timeout: budget) {
            case .line(let line):
                let parts = line.split(separator: " ")
                if parts.first == "start", parts.count == 3, let index = Int(parts[1]) {
                    current = index
                    tally.inputs += 1
                    for name in parts[2].split(separator: ",") { tally.mutations[String(name), default: 0] += 1 }
                } else if parts.first == "done", parts.count == 2 {
                    if parts[1] == "refused" { tally.refused += 1 } else { tally.loaded += 1 }
                } else if parts.first == "end" {
                    child.waitUntilExit()
                    return (current, .finished)
                }
            case .timeout:
                kill(child.processIdentifier, SIGKILL)
                child.waitUntilExit()
                return (current, .hung("(no result in \(budget) s)"))
            case .end:
                child.waitUntilExit()
                let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                let last = stderr.split(separator: "\n").suffix(3).joined(separator: " | ")
                return (current, .crashed("(worker ended with \(child.terminationReason == .uncaughtSignal ? "signal" : "status") "
                                          + "\(child.terminationStatus)): \(last)"))
            }
        }
    }

    private func keepCase(_ kind: String, index: Int, input: FuzzInput) -> URL? {
        guard let keep else { return nil }
        try? FileManager.default.createDirectory(at: keep, withIntermediateDirectories: true)
        let file = keep.appendingPathComponent("\(kind)-seed\(seed)-input\(index).json")
        return (try? input.data.write(to: file)) != nil ? file : nil
    }

    /// `socle-bench fuzz-worker SEED FROM COUNT`: runs inputs in process, saying "start I MUTATIONS" before
    /// and "done refused|loaded" after each, and "end" at the end.
    static func worker(_ arguments: [String]) -> Int32 {
        guard arguments.count == 3 || arguments.count == 4, let seed = UInt64(arguments[0]), let from = Int(arguments[1]),
              let count = Int(arguments[2]), let corpus = try? FuzzCorpus.make() else { return 2 }
        let out = FileHandle.standardOutput
        for index in from..<(from + count) {
            let input = FuzzInput.make(seed: seed, index: index, corpus: corpus)
            out.write(Data("start \(index) \(input.mutations.joined(separator: ","))\n".utf8))
            // `--inject crash:I,hang:J` makes the worker fail on purpose, to test that the fuzzer
            // catches both.
            let injected = arguments.count == 4 ? arguments[3].split(separator: ",") : []
            if injected.contains("crash:\(index)"[...]) { fatalError("injected crash at input \(index)") }
            if injected.contains("hang:\(index)"[...]) { while true { sleep(1) } }
            let outcome = FuzzTarget.run(input.data, walk: index)
            out.write(Data("done \(outcome.rawValue)\n".utf8))
        }
        out.write(Data("end\n".utf8))
        return 0
    }

    /// `socle-bench fuzz-replay [--socle PATH] [--budget SECONDS] FILE...`: runs kept inputs through
    /// the same in-process path (a trap ends the process: run it as a child) and, with `--socle`,
    /// through every command. Exits 1 when a command fails.
    static func replay(_ arguments: [String]) -> Int32 {
        var files = arguments, socle: URL?, budget = 10.0
        if let at = files.firstIndex(of: "--socle"), at + 1 < files.count {
            socle = URL(fileURLWithPath: files[at + 1])
            files.removeSubrange(at...(at + 1))
        }
        if let at = files.firstIndex(of: "--budget"), at + 1 < files.count {
            budget = Double(files[at + 1]) ?? budget
            files.removeSubrange(at...(at + 1))
        }
        var failures = 0, runs = 0
        for (index, file) in files.enumerated() {
            guard let data = FileManager.default.contents(atPath: file) else {
                printError("socle-bench fuzz-replay: cannot read \(file)")
                return 2
            }
            printError("socle-bench fuzz-replay: \(file)")
            print("\(file): \(FuzzTarget.run(data, walk: index * 3).rawValue)")
            guard let socle else { continue }
            // A case kept from the commands has the rows its imports read beside it.
            let rows = FileManager.default.contents(atPath: (file as NSString).deletingPathExtension + ".csv")
            for problem in CLIRun(socle: socle, budget: budget).check(data, csv: rows ?? Data(CLIRun.csvSeed.utf8),
                                                                      runs: &runs) {
                failures += 1
                print("\(file): \(problem)")
            }
        }
        if socle != nil { print("socle-bench fuzz-replay: \(files.count) files, \(runs) command runs, \(failures) failures") }
        return failures == 0 ? 0 : 1
    }
}

/// Lines from a pipe, with a time limit for each.
struct LineReader {
    enum Result { case line(String), timeout, end }
    let fd: Int32
    private var buffer: [UInt8] = []

    init(fd: Int32) { self.fd = fd }

    mutating func next(timeout: Double) -> Result {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeSubrange(...newline)
                return .line(line)
            }
            let left = deadline.timeIntervalSinceNow
            if left <= 0 { return .timeout }
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(left * 1000, 1000)) + 1)
            if ready < 0 && errno != EINTR { return .end }
            if ready <= 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count <= 0 { return .end }
            buffer += chunk[..<count]
        }
    }
}

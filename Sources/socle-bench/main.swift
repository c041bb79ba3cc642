import Foundation
import PlanStore

let usage = """
    usage: socle-bench store [--runs N]     time loading and saving the example and larger plans
           socle-bench keys [--count N]     time from key press to finished frame on the example plan
           socle-bench schedule [--runs N]  time the critical-path schedule of 10,000 activities
           socle-bench import [--rows 1000,10000,100000]
                                            time `socle import schemes` for CSV files of these sizes
           socle-bench scale [--socle PATH] [--keep DIR] [--runs N] [--keys N] [--only open,output,keys,save,analyses,check]
                                            issue 8's figures: open, keys, output, save, check
                                            scaling, on the example, ×16 and a national-size plan
           socle-bench analyses [--runs N] [--full [--serial]]
                                            the analyses on the national plan only, in process (--full: only
                                            the full pass, as many runs as asked: for a profiler;
                                            --serial: every step on one thread)
           socle-bench save-loop DIR        save new versions of the plan in DIR until killed
           socle-bench import-loop DIR      import a groups CSV into the plan in DIR until killed
           socle-bench fuzz [--count N] [--seed S] [--cli-every K] [--budget SECONDS] [--keep DIR] [--socle PATH]
                                            feed N mutated plans to the loader, the analyses, the screens and,
                                            one in K, the socle commands; keep failing inputs in DIR
           socle-bench fuzz-replay [--socle PATH] FILE...  run kept inputs through the same path again
           socle-bench fuzz-input SEED INDEX                 write one input to standard output
    """

let arguments = Array(CommandLine.arguments.dropFirst())

/// The whole number after `flag`, or `fallback`.
func option(_ flag: String, _ fallback: Int) -> Int {
    guard let index = arguments.firstIndex(of: flag), index + 1 < arguments.count,
          let value = Int(arguments[index + 1]) else { return fallback }
    return value
}

/// Runs one benchmark, turning a failure into a message and exit status 1.
func bench(_ name: String, _ body: () throws -> Void) {
    do {
        try body()
    } catch {
        printError("socle-bench \(name): \(error)")
        exit(1)
    }
}

switch arguments.first {
case "store": bench("store") { try StoreBench.run(runs: option("--runs", 7)) }
case "keys": bench("keys") { try KeyBench.run(count: option("--count", 1000)) }
case "schedule": bench("schedule") { try ScheduleBench.run(runs: option("--runs", 21)) }
case "import":
    let rows = arguments.firstIndex(of: "--rows").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
        .map { $0.split(separator: ",").compactMap { Int($0) } } ?? [1000, 10000, 100000]
    bench("import") { try ImportBench.run(rows: rows) }
case "scale":
    let socle = arguments.firstIndex(of: "--socle").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
        ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("socle").path
    let keep = arguments.firstIndex(of: "--keep").flatMap { $0 + 1 < arguments.count ? URL(fileURLWithPath: arguments[$0 + 1]) : nil }
    bench("scale") { try ScaleBench.run(socle: socle, workDir: keep, runs: option("--runs", 3), keyCount: option("--keys", 500),
                                        parts: arguments.firstIndex(of: "--only").flatMap { $0 + 1 < arguments.count ? Set(arguments[$0 + 1].split(separator: ",").map(String.init)) : nil }) }
case "analyses":
    let plan = PlanGenerator.plan(.national)
    if arguments.contains("--full") {
        ScaleBench.fullPass(plan, runs: option("--runs", 50), serial: arguments.contains("--serial"))
    } else {
        ScaleBench.analyses(plan, runs: option("--runs", 7))
    }
case "save-loop" where arguments.count == 2:
    exit(SaveLoop.run(arguments[1]))
case "fuzz-input" where arguments.count == 3:
    // One input, to look at or to feed to socle by hand: socle-bench fuzz-input SEED INDEX > plan.json
    guard let seed = UInt64(arguments[1]), let index = Int(arguments[2]), let corpus = try? FuzzCorpus.make() else { exit(2) }
    let input = FuzzInput.make(seed: seed, index: index, corpus: corpus)
    printError("mutations: \(input.mutations.joined(separator: ", "))")
    FileHandle.standardOutput.write(input.data)
    exit(0)
case "fuzz": exit(Fuzzer.main(Array(arguments.dropFirst())))
case "fuzz-worker": exit(Fuzzer.worker(Array(arguments.dropFirst())))
case "fuzz-replay": exit(Fuzzer.replay(Array(arguments.dropFirst())))
case "import-loop" where arguments.count == 2:
    exit(ImportLoop.run(arguments[1]))
default:
    printError(usage)
    exit(2)
}

import Foundation

let usage = """
    usage: socle-bench store [--runs N]   time loading and saving generated plans
           socle-bench keys [--count N]   time from key press to finished frame on the example plan
           socle-bench save-loop DIR      save new versions of the plan in DIR until killed
           socle-bench schedule [--runs N]  time the critical-path schedule of 10,000 activities
    """

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "store":
    var runs = 7
    if let flag = arguments.firstIndex(of: "--runs"), flag + 1 < arguments.count, let value = Int(arguments[flag + 1]) {
        runs = value
    }
    do {
        try StoreBench.run(runs: runs)
    } catch {
        printError("socle-bench store: \(error)")
        exit(1)
    }
case "keys":
    var count = 1000
    if let flag = arguments.firstIndex(of: "--count"), flag + 1 < arguments.count, let value = Int(arguments[flag + 1]) {
        count = value
    }
    do {
        try KeyBench.run(count: count)
    } catch {
        printError("socle-bench keys: \(error)")
        exit(1)
    }
case "schedule":
    var runs = 21
    if let flag = arguments.firstIndex(of: "--runs"), flag + 1 < arguments.count, let value = Int(arguments[flag + 1]) {
        runs = value
    }
    do {
        try ScheduleBench.run(runs: runs)
    } catch {
        printError("socle-bench schedule: \(error)")
        exit(1)
    }
case "save-loop" where arguments.count == 2:
    exit(SaveLoop.run(arguments[1]))
default:
    printError(usage)
    exit(2)
}

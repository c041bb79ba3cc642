import Foundation
import Testing

/// The fuzz suite (issue 15): `socle-bench fuzz` runs mutated plans through the loader, the
/// analyses, the screens and the `socle` commands in child processes, and keeps any input that
/// crashed, hung or wrote to its folder under Tests/Fuzz/cases. CI runs a bounded number of
/// inputs; `SOCLE_FUZZ_COUNT=20000 SOCLE_FUZZ_SEED=7 swift test --filter FuzzTests` (or
/// `swift run socle-bench fuzz --count N --seed S`) runs as many as one likes.
@Suite(.serialized) struct FuzzTests {
    static let casesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/cases")

    static var count: Int { ProcessInfo.processInfo.environment["SOCLE_FUZZ_COUNT"].flatMap(Int.init) ?? 1_000 }
    static var seed: String { ProcessInfo.processInfo.environment["SOCLE_FUZZ_SEED"] ?? "15" }

    /// Runs socle-bench and waits for it without holding a thread: a test's synchronous wait holds
    /// one of the cooperative pool's threads (one per core) for the whole run, and with the kill
    /// tests holding another, every async test in the process stood still for as long.
    private func run(_ arguments: [String]) async throws -> (status: Int32, output: String) {
        let executable = try #require(benchExecutable(), "socle-bench must be built next to the tests")
        let socle = executable.deletingLastPathComponent().appendingPathComponent("socle")
        try #require(FileManager.default.isExecutableFile(atPath: socle.path), "socle must be built next to the tests")
        let folder = TemporaryFolder("fuzz-output")
        let log = folder.sub("output")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments + ["--socle", socle.path]
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        try handle.close()
        while process.isRunning { try await Task.sleep(for: .milliseconds(100)) }
        return (process.terminationStatus, try String(contentsOf: log, encoding: .utf8))
    }

    /// Every crash, hang (over 20 s for one input, in a debug build on a busy machine) and write
    /// fails the test, and the input is kept as a file to commit with its fix.
    @Test(.timeLimit(.minutes(30)))
    func mutatedPlansNeverCrashHangOrWrite() async throws {
        let (status, output) = try await run(["fuzz", "--count", String(Self.count), "--seed", Self.seed,
                                        "--cli-every", "200", "--budget", "20", "--keep", Self.casesFolder.path])
        print(output)
        #expect(status == 0, "\(output)")
        #expect(output.contains("\(Self.count) inputs in process"))
        #expect(output.contains(", 0 crashes, 0 hangs"))
    }

    /// The inputs kept so far (those of issue 15, and any the fuzzer finds) run clean through the
    /// in-process path and every command.
    @Test(.timeLimit(.minutes(10)))
    func everyKeptInputRunsCleanly() async throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.casesFolder.path)
            .filter { $0.hasSuffix(".json") }.sorted().map { Self.casesFolder.appendingPathComponent($0).path }
        #expect(files.count >= 13)
        let (status, output) = try await run(["fuzz-replay", "--budget", "20"] + files)
        #expect(status == 0, "\(output)")
        #expect(output.contains("\(files.count) files"))
        #expect(output.contains(" 0 failures"))
    }
}

extension FuzzTests {
    /// The fuzzer itself: a trap and a hang in the worker are each reported as a failure naming
    /// the input, the input is kept, and the run goes on after it.
    @Test(.timeLimit(.minutes(5)))
    func theFuzzerCatchesACrashAndAHangAndGoesOn() async throws {
        let keep = FileManager.default.temporaryDirectory.appendingPathComponent("socle-fuzz-self-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: keep) }
        let (status, output) = try await run(["fuzz", "--count", "8", "--seed", "3", "--cli-every", "0", "--budget", "3",
                                        "--inject", "crash:2,hang:5", "--keep", keep.path])
        #expect(status == 1, "\(output)")
        #expect(output.contains("input 2 ("), "\(output)")
        #expect(output.contains("crash"))
        #expect(output.contains("input 5 ("))
        #expect(output.contains("hang (no result in 3.0 s)"))
        #expect(output.contains("8 inputs in process"), "the run went on after both: \(output)")
        #expect(output.contains(", 1 crashes, 1 hangs"))
        let kept = try FileManager.default.contentsOfDirectory(atPath: keep.path).sorted()
        #expect(kept == ["crash-seed3-input2.json", "hang-seed3-input5.json"])
    }
}

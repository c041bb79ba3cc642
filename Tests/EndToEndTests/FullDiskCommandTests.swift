import Foundation
import PlanDomain
import PlanStore
import Testing

/// Issue 15, item 7, through the real binary: `socle import` on a full disk used to exit 0 with a
/// fragment of its journal line left behind. It now exits 2 with the reason, and the plan and the
/// journal are as they were. Needs root to mount a tmpfs; skipped, saying so, elsewhere.
@Suite struct FullDiskCommandTests {
    /// Runs a system tool through env (mount, umount); true when it exited 0.
    @discardableResult
    private static func tool(_ arguments: [String]) -> Bool {
        (try? runProgram("/usr/bin/env", arguments, environment: ProcessInfo.processInfo.environment))?.status == 0
    }

    @Test func anImportOnAFullDiskFailsClearlyAndChangesNothing() throws {
        let mount = FileManager.default.temporaryDirectory.appendingPathComponent("socle-e2e-disk-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: mount, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: mount) }
        guard getuid() == 0, Self.tool(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mount.path]) else {
            print("skipped: mounting a tmpfs is not permitted here")
            return
        }
        defer { Self.tool(["umount", mount.path]) }
        let plan = mount.appendingPathComponent("kibara")
        try FileManager.default.copyItem(at: CoverageAndImportCommandTests.root.appendingPathComponent("examples/kibara"),
                                         to: plan)
        let csv = FileManager.default.temporaryDirectory.appendingPathComponent("socle-e2e-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: csv) }
        try Data("id,size\nGRP-1,123456\n".utf8).write(to: csv)
        // Fill the disk, then free room for the lock and a new plan.json and nothing more: the old
        // order of a save (plan first) then failed on the journal line and exited 0 all the same.
        let before = try Data(contentsOf: plan.appendingPathComponent("plan.json"))
        let filler = mount.appendingPathComponent("filler").path
        #expect(FileManager.default.createFile(atPath: filler, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: filler))
        let chunk = Data(repeating: 0x2E, count: 4096)
        var size = 0
        while (try? handle.write(contentsOf: chunk)) != nil { size += chunk.count }
        try handle.truncate(atOffset: UInt64(max(0, size - ((before.count + 4095) / 4096 + 1) * 4096)))
        try? handle.close()

        let result = try CoverageAndImportCommandTests.run(["import", "groups", plan.path, csv.path])
        #expect(result.status == 2, "\(result.out)\(result.err)")
        #expect(result.err.lowercased().contains("no space left on device"), "\(result.err)")
        #expect(!result.out.contains("Imported into"))
        #expect(try Data(contentsOf: plan.appendingPathComponent("plan.json")) == before)
        let journal = (try? Data(contentsOf: plan.appendingPathComponent("journal.jsonl"))) ?? Data()
        #expect(journal.isEmpty, "the journal holds \(journal.count) bytes of a failed import")
    }
}

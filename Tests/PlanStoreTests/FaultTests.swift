import Foundation
import PlanDomain
import Testing
@testable import PlanStore

/// A small tmpfs of a given size mounted for one test, unmounted when the value goes away (see also
/// `withTmpfs`). Mounting needs root
/// (or a user namespace); where it is not permitted the tests that need it are skipped and say so.
final class SmallDisk {
    let url: URL

    static let available: Bool = {
        guard let probe = SmallDisk(kibibytes: 64) else { return false }
        _ = probe
        return true
    }()

    static let skipMessage: Comment = "mounting a tmpfs is not permitted here (needs root): full-disk and read-only mount tests skipped"

    init?(kibibytes: Int) {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("socle-tests-\(getpid())-disk-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        guard getuid() == 0, shell(["mount", "-t", "tmpfs", "-o", "size=\(kibibytes)k", "tmpfs", url.path]) else {
            try? FileManager.default.removeItem(at: url)
            return nil
        }
    }

    deinit {
        shell(["umount", url.path])
        try? FileManager.default.removeItem(at: url)
    }

    func remount(readOnly: Bool) -> Bool {
        shell(["mount", "-o", readOnly ? "remount,ro" : "remount,rw", url.path])
    }

    /// Fills the disk with `filler`, then frees `pages` pages of 4 KiB.
    func fill(leaving pages: Int) throws {
        let filler = url.appendingPathComponent("filler").path
        unlink(filler)
        let fd = open(filler, O_WRONLY | O_CREAT, 0o644)
        guard fd >= 0 else { throw PlanStoreError.io(operation: "create", path: filler, errno: errno) }
        defer { close(fd) }
        let chunk = [UInt8](repeating: 0x2E, count: 4096)
        var size = 0
        while true {
            let written = chunk.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written <= 0 { break }
            size += written
        }
        _ = ftruncate(fd, off_t(max(0, size - pages * 4096)))
    }

    func emptyFiller() { unlink(url.appendingPathComponent("filler").path) }
}

@Suite(.serialized) struct FaultTests {
    /// Saves on a disk with 0, 1, 2 ... pages free: the journal line, the temporary plan or the
    /// backup runs out of space at every point in turn. Each save either succeeds or throws a
    /// clear error; plan.json always holds the last saved plan, the journal exactly the saved
    /// edits with no fragment (a line cut short by ENOSPC used to stay and read as "not a journal
    /// entry" while the save reported success), and the plan reopens as saved.
    @Test(.enabled(if: SmallDisk.available, SmallDisk.skipMessage))
    func aFullDiskFailsTheSaveClearlyAndLosesNothing() throws {
        let disk = try #require(SmallDisk(kibibytes: 512))
        let url = disk.url.appendingPathComponent("plan")
        let store = try PlanStore.create(at: url, plan: samplePlan())
        var confirmed = store.plan
        var saves = 0, failures = 0, journalFailures = 0
        let long = String(repeating: "A vision that takes several pages of the disk. ", count: 220)
        for pages in 0..<16 {
            try disk.fill(leaving: pages)
            do {
                try store.apply(.set(.vision("\(pages): \(long)")))
                confirmed = store.plan
                saves += 1
            } catch {
                failures += 1
                if "\(error)".contains(Journal.fileName) { journalFailures += 1 }
                #expect("\(error)".lowercased().contains("no space left on device"), "\(pages) pages: \(error)")
                #expect(store.plan == confirmed)
            }
            let journal = (try? Data(contentsOf: store.folder.journalFile)) ?? Data()
            #expect(journal.isEmpty || journal.last == UInt8(ascii: "\n"), "\(pages) pages: the journal ends in a fragment")
            let contents = try store.journal()
            #expect(contents.skipped.isEmpty, "\(pages) pages: \(contents.skipped)")
            #expect(contents.entries.count == saves)
            #expect(try PlanStore.load(at: url) == confirmed, "\(pages) pages: plan.json is not the last saved plan")
            if saves > 0 {
                #expect(contents.entries.last?.after == PlanFingerprint.of(try Data(contentsOf: store.folder.planFile)))
            }
        }
        #expect(failures >= 3, "the disk never ran out: \(saves) saves")
        #expect(journalFailures >= 1, "the journal line never ran out of space")
        #expect(saves >= 1, "no save fitted even with 16 free pages")
        disk.emptyFiller()
        try store.apply(.set(.vision("after the disk was freed")))
        store.close()
        let reopened = try PlanStore.open(at: url)
        #expect(reopened.recoveryNotes.isEmpty)
        #expect(reopened.plan.strategy.vision == "after the disk was freed")
        print("full disk: \(failures + saves) saves on a nearly full disk, \(failures) failed with ENOSPC "
              + "(\(journalFailures) writing the journal line, \(failures - journalFailures) writing plan.json), \(saves) succeeded")
    }

    /// A plan folder on a read-only mount opens read-only; saving is refused with a reason and
    /// writes nothing; a session that was editing when the folder turned read-only gets a clear
    /// error, keeps its plan in memory, and nothing saved is lost.
    @Test(.enabled(if: SmallDisk.available, SmallDisk.skipMessage))
    func aReadOnlyFolderIsNeverWrittenAndLosesNothing() throws {
        let disk = try #require(SmallDisk(kibibytes: 1024))
        let url = disk.url.appendingPathComponent("plan")
        let editing = try PlanStore.create(at: url, plan: samplePlan())
        try editing.apply(.set(.vision("saved before the folder turned read-only")))
        let saved = editing.plan
        #expect(disk.remount(readOnly: true))
        defer { _ = disk.remount(readOnly: false) }
        let before = try snapshot(url)

        #expect(throws: PlanStoreError.self) { try editing.apply(.set(.vision("not saved"))) }
        #expect(editing.plan == saved)

        let other = try PlanStore.open(at: url, pid: 1)
        #expect(other.mode.isReadOnly)
        #expect(other.plan == saved)
        #expect(throws: PlanStoreError.self) { try other.apply(.set(.vision("not saved either"))) }
        #expect(try snapshot(url) == before)
        #expect(try PlanStore.load(at: url) == saved)
    }
}

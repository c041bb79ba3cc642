import Foundation
import PlanDomain
import Testing
@testable import PlanStore

/// Runs a command; true when it exited 0.
@discardableResult
func shell(_ arguments: [String]) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
}

/// Runs `body` with a small tmpfs mounted at the existing folder `url`, unmounted after. Where
/// mounting is not permitted it says so and runs nothing.
func withTmpfs(at url: URL, _ body: () throws -> Void) rethrows {
    guard shell(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", url.path]) else {
        print("skipped: mounting a tmpfs is not permitted here")
        return
    }
    defer { shell(["umount", url.path]) }
    try body()
}

/// The read-only reason says what makes the plan read-only, so the user knows what to fix.
@Suite("Read-only reasons", .serialized)
struct ReadOnlyReasonTests {
    @Test func anImmutablePlanFileIsNamedSo() throws {
        let folder = TemporaryFolder("immutable")
        let url = folder.sub("plan")
        try PlanStore.create(at: url, plan: samplePlan()).close()
        let plan = PlanFolder(url).planFile.path
        guard shell(["chattr", "+i", plan]) else {
            print("skipped: chattr +i is not permitted here")
            return
        }
        defer { shell(["chattr", "-i", plan]) }
        let store = try PlanStore.open(at: url)
        defer { store.close() }
        #expect(store.mode == .readOnly(.immutable("plan.json")))
        #expect(ReadOnlyReason.immutable("plan.json").description
            == "plan.json is immutable (its i attribute, shown by lsattr; chattr -i, as root, removes it)")
    }

    @Test func anImmutableFolderIsNamedSo() throws {
        let folder = TemporaryFolder("immutable-folder")
        let url = folder.sub("plan")
        try PlanStore.create(at: url, plan: samplePlan()).close()
        guard shell(["chattr", "+i", url.path]) else {
            print("skipped: chattr +i is not permitted here")
            return
        }
        defer { shell(["chattr", "-i", url.path]) }
        let store = try PlanStore.open(at: url)
        defer { store.close() }
        #expect(store.mode == .readOnly(.immutable("the plan folder")))
    }

    @Test func aReadOnlyMountIsNamedSo() throws {
        let folder = TemporaryFolder("ro-mount")
        let mount = folder.sub("mnt")
        try FileManager.default.createDirectory(at: mount, withIntermediateDirectories: true)
        try withTmpfs(at: mount) {
            let url = mount.appendingPathComponent("plan")
            try PlanStore.create(at: url, plan: samplePlan()).close()
            guard shell(["mount", "-o", "remount,ro", mount.path]) else {
                Issue.record("could not remount the tmpfs read-only")
                return
            }
            let store = try PlanStore.open(at: url)
            defer { store.close() }
            #expect(store.mode == .readOnly(.readOnlyFileSystem))
            #expect("\(ReadOnlyReason.readOnlyFileSystem)".hasPrefix("the plan folder is on a read-only file system"))
        }
    }
}

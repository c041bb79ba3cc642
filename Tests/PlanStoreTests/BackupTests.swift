import Foundation
import PlanDomain
import Testing
@testable import PlanStore

@Suite struct BackupTests {
    @Test func rotationKeepsTheLastN() throws {
        let folder = TemporaryFolder()
        let clock = SteppingClock()
        let store = try PlanStore.create(at: folder.sub("plan"), plan: samplePlan(title: "v0"), backupsToKeep: 4,
                                         clock: clock.read)
        for version in 1...7 {
            let result = try store.save(samplePlan(title: "v\(version)"))
            #expect(result.backup?.lastPathComponent.hasSuffix("-\(version).json") == true)
        }
        let backups = try store.backupFiles()
        // The clock was read by create (its lock; plan.json is written without a save), then once per save.
        #expect(backups.map(\.lastPathComponent) == [
            "plan-20250601T000400Z-4.json", "plan-20250601T000500Z-5.json",
            "plan-20250601T000600Z-6.json", "plan-20250601T000700Z-7.json",
        ])
        let titles = try backups.map { try PlanStore.load(at: $0).meta.title }
        #expect(titles == ["v3", "v4", "v5", "v6"])
        #expect(try PlanStore.load(at: folder.sub("plan")).meta.title == "v7")
    }

    @Test func numbersKeepCountingWhenTheClockStandsStill() throws {
        let folder = TemporaryFolder()
        let store = try PlanStore.create(at: folder.sub("plan"), plan: samplePlan(), clock: { fixedDate })
        for version in 1...12 { try store.save(samplePlan(title: "v\(version)")) }
        let names = try store.backupFiles().map(\.lastPathComponent)
        #expect(names.count == 10)
        #expect(names.first == "plan-20250601T000000Z-3.json")
        #expect(names.last == "plan-20250601T000000Z-12.json")
    }

    @Test func otherFilesInBackupsAreLeftAlone() throws {
        let folder = TemporaryFolder()
        let store = try PlanStore.create(at: folder.sub("plan"), plan: samplePlan(), backupsToKeep: 1)
        let note = store.folder.backupsFolder.appendingPathComponent("README.txt")
        try Data("keep me".utf8).write(to: note)
        for version in 1...3 { try store.save(samplePlan(title: "v\(version)")) }
        #expect(try store.backupFiles().count == 1)
        #expect(try Data(contentsOf: note) == Data("keep me".utf8))
    }

    @Test func zeroKeepsNoBackups() throws {
        let folder = TemporaryFolder()
        let store = try PlanStore.create(at: folder.sub("plan"), plan: samplePlan(), backupsToKeep: 0)
        let result = try store.save(samplePlan(title: "v1"))
        #expect(result.backup == nil)
        #expect(try store.backupFiles().isEmpty)
    }

    @Test func aDeletedBackupsFolderIsMadeAgain() throws {
        let folder = TemporaryFolder()
        let store = try PlanStore.create(at: folder.sub("plan"), plan: samplePlan(title: "v0"))
        try FileManager.default.removeItem(at: store.folder.backupsFolder)
        try store.save(samplePlan(title: "v1"))
        #expect(try store.backupFiles().map { try PlanStore.load(at: $0).meta.title } == ["v0"])
    }
}

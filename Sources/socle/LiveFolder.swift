import Foundation
import PlanDomain
import PlanStore
import Workbench

/// The workbench's view of the other sessions on its plan folder (see `LiveSession`): this
/// session's presence file, kept up to date as it moves; the others', read when the folder's
/// watcher says something changed; and, for a session that only looks (read-only, following,
/// presenting), the plan read again when another session saved it.
final class LiveFolder: LiveSession {
    let registry: SessionRegistry
    let watcher: FolderWatcher
    let folder: PlanFolder
    /// Whether this session reads plan.json again when it changes (it does not write it).
    let reloads: Bool
    /// The store of a session that edits: what others save is taken in through it.
    let store: PlanStore?
    private var others: [Presence] = []
    private var planStatus: PlanFileStatus
    private var lastLook = Date()

    init(folder: PlanFolder, presence: Presence, reloads: Bool, store: PlanStore? = nil, useKernel: Bool = true) {
        self.folder = folder
        self.store = store
        self.registry = SessionRegistry(folder: folder.url, me: presence)
        self.watcher = FolderWatcher(folder: folder, useKernel: useKernel)
        self.reloads = reloads
        self.planStatus = PlanFileStatus(folder)
        try? registry.announce()
    }

    /// The descriptor the terminal waits on beside the keyboard, when the kernel can tell.
    var descriptor: Int32? { watcher.descriptor }

    func waitMs(_ state: AppState) -> Int {
        // Without the kernel's word, look every half second; with it, wake only for the watcher, or,
        // while others are shown, every 5 seconds to notice one that ended without a word (a crash).
        if watcher.descriptor == nil { return FolderWatcher.pollInterval }
        return others.isEmpty ? -1 : 5000
    }

    func changes(_ state: AppState) -> [Action] {
        registry.refresh()
        let changed = watcher.changed()
        let now = Date()
        guard changed || now.timeIntervalSince(lastLook) >= 5 else { return [] }
        lastLook = now
        var actions: [Action] = []
        let found = registry.others(now: now)
        if found != others || found != state.others {
            others = found
            actions.append(.othersChanged(found))
        }
        if let store, !reloads, changed, !state.isReadOnly {
            do {
                if let others = try store.catchUp() { actions.append(.othersSaved(others)) }
            } catch {
                actions.append(.reloadFailed(String(describing: error)))
            }
        }
        if reloads, changed {
            let status = PlanFileStatus(folder)
            if status != planStatus, let plan = try? PlanStore.load(at: folder.url) {
                planStatus = status
                actions.append(.reloaded(plan))
            }
        }
        return actions
    }

    func moved(_ state: AppState) {
        let activity: Presence.Activity = state.slide != nil ? .presenting
            : state.following != nil ? .following : state.isReadOnly ? .viewing : .editing
        registry.move(stage: state.stage.rawValue, tab: state.tab, tabTitle: state.section.title,
                      row: state.list.selected, activity: activity, following: .some(state.following))
    }

    func leave() {
        registry.leave()
    }
}

/// plan.json's size and modification time, to tell a new version from the one read.
struct PlanFileStatus: Equatable {
    var size: UInt64?
    var modified: Date?

    init(_ folder: PlanFolder) {
        let attributes = try? FileManager.default.attributesOfItem(atPath: folder.planFile.path)
        size = (attributes?[.size] as? NSNumber)?.uint64Value
        modified = attributes?[.modificationDate] as? Date
    }
}

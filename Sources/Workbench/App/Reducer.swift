import PlanDomain

/// The one function that changes the workbench's state. Views only read it.
public enum Reducer {
    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .opened(let size, let today):
            state.size = size
            if let today { state.today = today }
            offerRecovery(&state)
            return []
        case .resized(let columns, let rows):
            state.size = TerminalSize(columns: columns, rows: rows)
            clampList(&state)
            return []
        case .recoveryPrepared:
            state.refresh()
            clampList(&state)
            return []
        case .analysed(let analysis):
            state.receive(analysis)
            return []
        case .planNotWritten(let problem):
            state.notice = Notice("plan.json could not be written (\(problem)); your changes are safe in the journal "
                + "and are written on quit or on the next open.", .warning)
            return []
        case .exported(let outcome):
            exported(&state, outcome)
            return []
        case .othersChanged(let others):
            return othersChanged(&state, others)
        case .reloaded(let plan):
            return reloaded(&state, plan)
        case .savedMerging(let plan, let conflicts, let others, let renumbered):
            return savedMerging(&state, plan, conflicts: conflicts, others: others, renumbered: renumbered)
        case .othersSaved(let others):
            return othersSaved(&state, others)
        case .reloadFailed(let reason):
            state.notice = Notice("Could not read what others saved: \(reason)", .warning)
            return []
        case .saved:
            state.saveState = .saved
            state.unsavedEdits = []
            if state.quitAfterSave {
                state.quitting = true
                return [.quit]
            }
            return []
        case .saveFailed(let reason):
            state.saveState = .failed(reason)
            state.quitAfterSave = false
            state.notice = Notice("Not saved: \(reason). Your change is kept here; \(state.keymap.label(.retrySave, in: .editing)) tries again.", .error)
            return []
        case .lockLost, .heartbeatFailed, .recoveryKept, .recoveryNotKept, .recoveryNotRemoved, .holderChecked,
             .tookOver, .takeOverFailed:
            return session(&state, action)
        case .click(let target):
            return click(&state, target)
        case .imported(let outcome):
            return imported(&state, outcome)
        case .key(let key):
            if case .resize(let columns, let rows) = key {
                return reduce(&state, .resized(columns: columns, rows: rows))
            }
            if key == .terminate { return terminate(&state) }
            // Ctrl-C quits from anywhere, asking first only when changes are not saved.
            if state.keymap.command(for: key, in: [.global]) == .quit { return askQuit(&state) }
            if state.overlay != nil {
                let effects = overlayKey(&state, key)
                offerRecovery(&state)
                showNextConflict(&state)
                return effects
            }
            if state.slide != nil { return slideKey(&state, key) }
            if state.following != nil { return followingKey(&state, key) }
            state.notice = nil
            return mainKey(&state, key)
        }
    }

    static func layout(_ state: AppState) -> Layout { Layout(columns: state.size.columns, rows: state.size.rows) }

    static func clampList(_ state: inout AppState) {
        var list = state.list
        list.clamp(count: state.rowCount, visible: layout(state).listHeight)
        state.list = list
    }

    private static func mainKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard let command = state.keymap.command(for: key, in: [.main, .editing]) else {
            if case .char(let c) = key {
                state.notice = Notice("\(c) does nothing here; \(state.keymap.label(.help, in: .main)) shows the keys.", .warning)
            }
            return []
        }
        switch command {
        case .up, .down, .pageUp, .pageDown, .top, .bottom:
            move(&state, command)
        case .left:
            if state.focus == .rail || state.tab == 0 { state.focus = .rail } else { switchTab(&state, by: -1) }
        case .right:
            if state.focus == .rail { state.focus = .panel } else { switchTab(&state, by: 1) }
        case .nextPanel, .previousPanel:
            state.focus = state.focus == .rail ? .panel : .rail
        case .stage(let stage):
            state.stage = stage
            state.focus = .panel
            clampList(&state)
        case .search:
            guard case .table = state.section else {
                state.notice = Notice("Search works in lists; this tab has none.", .warning)
                break
            }
            state.overlay = .search(TextInput(state.list.filter))
        case .sort:
            sort(&state)
        case .findings:
            state.overlay = .findings(ListState())
        case .help:
            state.overlay = .help(scroll: 0)
        case .cycleTheme:
            return cycleTheme(&state)
        case .quit:
            return askQuit(&state)
        case .takeOver:
            guard state.isReadOnly else {
                state.notice = Notice("This session holds the plan already.")
                break
            }
            return [.checkHolder]
        case .suspend:
            return [.suspend]
        case .follow:
            return askFollow(&state)
        case .export:
            openExport(&state)
        case .zoom where state.section == .panel(.gantt):
            zoomGantt(&state)
        case .scrollBack, .scrollForward, .zoom, .mode:
            var list = state.list
            switch command {
            case .scrollBack: list.offset -= 1
            case .scrollForward: list.offset += 1
            case .zoom: list.zoom += 1
            default: list.mode += 1
            }
            state.list = list
            clampAnalysis(&state)
        case .open, .add, .delete, .undo, .redo, .retrySave, .importCSV:
            return edit(&state, command)
        default:
            break
        }
        return []
    }

    private static func move(_ state: inout AppState, _ command: Command) {
        if state.focus == .rail {
            let stages = Stage.allCases.count
            let delta = command == .up || command == .pageUp ? -1 : 1
            let next = command == .top ? 0 : command == .bottom ? stages - 1 : state.stage.rawValue + delta
            state.stage = Stage(rawValue: min(max(next, 0), stages - 1))!
            clampList(&state)
            return
        }
        var list = state.list
        let page = layout(state).listHeight
        switch command {
        case .up: list.selected -= 1
        case .down: list.selected += 1
        case .pageUp: list.selected -= page; list.scroll -= page
        case .pageDown: list.selected += page; list.scroll += page
        case .top: list.selected = 0
        default: list.selected = state.rowCount - 1
        }
        list.clamp(count: state.rowCount, visible: page)
        state.list = list
    }

    static func switchTab(_ state: inout AppState, by delta: Int) {
        let count = Section.tabs(of: state.stage).count
        state.tab = min(max(state.tab + delta, 0), count - 1)
        clampList(&state)
    }

    private static func sort(_ state: inout AppState) {
        guard case .table(let kind) = state.section else { return }
        var list = state.list
        let columns = kind.columns
        if let current = list.sort {
            list.sort = current.ascending ? (current.column, false)
                : (current.column + 1 < columns.count ? (current.column + 1, true) : nil)
        } else {
            list.sort = (0, true)
        }
        state.list = list
        if let sort = list.sort {
            state.notice = Notice("Sorted by \(columns[sort.column].title.lowercased()), \(sort.ascending ? "ascending" : "descending").")
        } else {
            state.notice = Notice("Back to plan order.")
        }
    }

    static func cycleTheme(_ state: inout AppState) -> [Effect] {
        guard !state.themeNames.isEmpty else { return [] }
        let index = state.themeNames.firstIndex(of: state.themeName) ?? -1
        state.themeName = state.themeNames[(index + 1) % state.themeNames.count]
        state.notice = Notice("Theme: \(state.themeName)")
        return [.setTheme(state.themeName)]
    }

    private static func click(_ state: inout AppState, _ target: HitTarget) -> [Effect] {
        switch target {
        case .stage(let stage):
            state.overlay = nil
            state.stage = stage
            state.focus = .panel
            clampList(&state)
        case .tab(let index):
            state.tab = min(index, Section.tabs(of: state.stage).count - 1)
            state.focus = .panel
            clampList(&state)
        case .row(let index):
            var list = state.list
            list.selected = index
            list.clamp(count: state.rowCount, visible: layout(state).listHeight)
            state.list = list
            state.focus = .panel
        case .formField(let index):
            guard case .form(var form) = state.overlay else { break }
            form.commitInput(form.focused)
            form.focused = index
            state.overlay = .form(form)
        }
        return []
    }
}

import PlanDomain
import PlanFormat
import PlanStore

/// The top line: the program, the country and the plan's title.
enum HeaderView {
    /// `following`: the name of the session this one follows (follow mode), which the line names first.
    static func draw(_ canvas: inout Canvas, meta: PlanMeta, following: String? = nil, layout: Layout) {
        canvas.fill(layout.header, role: .title)
        let years = Figures.yearRange(meta.firstYear, meta.lastYear)
        let title = meta.title.contains(years) ? meta.title : "\(meta.title) \(years)"
        var text = " Socle  \(meta.country.name) · \(title)"
        if let name = following {
            text = " Following \(name) · \(meta.country.name) · \(title)"
        }
        canvas.put(DisplayWidth.truncate(text, to: layout.columns - 1, ellipsis: canvas.glyphs.ellipsis),
                   x: 0, y: 0, role: .title)
    }
}

/// The stage rail: every stage with its completeness.
enum RailView {
    /// `progress` has one entry per stage; `current` is the stage shown.
    static func draw(_ frame: inout Frame, progress stages: [StageProgress], current: Stage, layout: Layout) {
        let rail = layout.rail
        let glyphs = frame.canvas.glyphs
        frame.canvas.put(" STAGES", x: rail.x, y: rail.y, role: .heading)
        let spacing = rail.height >= 24 ? 3 : 2
        for stage in Stage.allCases {
            let y = rail.y + 2 + stage.rawValue * spacing
            guard y + 1 < rail.maxY else { break }
            let progress = stages[stage.rawValue]
            let active = stage == current
            let mark: Character
            let markRole: Role
            switch progress.status {
            case .complete: (mark, markRole) = (glyphs.check, .railDone)
            case .partial: (mark, markRole) = (glyphs.bullet, .railPartial)
            case .notStarted: (mark, markRole) = (glyphs.isUnicode ? "○" : "o", .rail)
            }
            let role: Role = active ? .railActive : .rail
            frame.canvas.fill(Rect(x: rail.x, y: y, width: rail.width, height: 1), role: role)
            var x = rail.x
            x += frame.canvas.put(active ? glyphs.arrowRight.description : " ", x: x, y: y, role: role)
            x += frame.canvas.put("\(stage.rawValue) ", x: x, y: y, role: role)
            x += frame.canvas.put(String(mark), x: x, y: y, role: active ? role : markRole)
            frame.canvas.put(" " + stage.title, x: x, y: y, role: role, maxWidth: rail.maxX - x)
            let done = progress.done.count
            let total = progress.items.count
            let count = " \(done)/\(total)"
            let barWidth = max(3, rail.width - 5 - count.count)
            frame.canvas.fill(Rect(x: rail.x + 4, y: y + 1, width: barWidth, height: 1), role: .gaugeEmpty,
                              with: glyphs.isUnicode ? glyphs.blockLight : ".")
            frame.canvas.put(glyphs.bar(progress.fraction, width: barWidth), x: rail.x + 4, y: y + 1,
                             role: progress.status == .complete ? .railDone : .gaugeFill,
                             maxWidth: Int((progress.fraction * Double(barWidth)).rounded(.up)))
            frame.canvas.put(count, x: rail.x + 4 + barWidth, y: y + 1, role: .muted)
            frame.regions.append(HitRegion(rect: Rect(x: rail.x, y: y, width: rail.width, height: 2),
                                           target: .stage(stage)))
        }
    }
}

/// The bottom line: plan, save state, lock, findings, and the keys that matter here.
enum StatusView {
    /// What the status line draws.
    struct Model {
        var planName: String
        var access: Access
        var saveState: SaveState
        var errorCount: Int
        var warningCount: Int
        /// The rules are still running in the background: the counts are not known yet.
        var analysesPending: Bool
        var notice: Notice?
        /// Whether an overlay is on screen, and whether it is a form: over them the notice stays short.
        var overlay: Bool
        var form: Bool
        /// The keys that matter here (none over an overlay, which lists its own).
        var hints: [(String, String)]
        /// The other sessions in the plan, and who holds it when this session is read-only (its reason
        /// names them, so the others are not listed again).
        var others: [Presence]
        var lockHolder: String?
        /// Follow mode: whom this screen follows, and where they are ("stage 3 Strategy › Costs, live").
        var following: String?
        var followPlace: [String]

        init(_ state: AppState) {
            planName = state.planName
            access = state.access
            saveState = state.saveState
            errorCount = state.errorCount
            warningCount = state.warningCount
            analysesPending = state.analysesPending
            notice = state.notice
            overlay = state.overlay != nil
            if case .form = state.overlay { form = true } else { form = false }
            hints = Self.hints(state)
            others = state.others
            lockHolder = state.lockHolder
            following = state.following
            if let name = state.following {
                let stage = "stage \(state.stage.rawValue)"
                let tab = " › \(state.section.title)"
                followPlace = Reducer.followed(state) == nil ? ["waiting for \(name) to open the plan", "waiting for \(name)"]
                    : [stage + " \(state.stage.title)" + tab + ", live", stage + " \(state.stage.title)" + tab, stage + tab]
            } else {
                followPlace = []
            }
        }
    }

    /// Plan name, save state and counts, each with its role, before the notice or the hints.
    static func leading(_ status: Model) -> [(String, Role)] {
        let name = DisplayWidth.truncate(" \(status.planName) ", to: 24)
        let (saveText, saveRole): (String, Role) = switch (status.access, status.saveState) {
        case (.readOnly, _): ("READ-ONLY", .statusWarning)
        case (_, .saved): ("saved", .statusOK)
        case (_, .saving): ("saving…", .status)
        case (_, .failed): ("SAVE FAILED", .statusError)
        }
        let errors = status.errorCount
        let warnings = status.warningCount
        if status.analysesPending {
            // The rules run in the background after an open or a change; their counts follow.
            return [(name, .status), ("│ ", .status), (saveText, saveRole), (" │ ", .status),
                    ("checking…", .status), (" │ ", .status)]
        }
        return [(name, .status), ("│ ", .status), (saveText, saveRole), (" │ ", .status),
                (counted(errors, "error"), errors > 0 ? .statusError : .status),
                (" " + counted(warnings, "warning"), warnings > 0 ? .statusWarning : .status),
                (" │ ", .status)]
    }

    /// Draws on the layout's status line, whatever its size.
    static func draw(_ canvas: inout Canvas, model status: Model, layout: Layout) {
        canvas.clipped(to: layout.status) { drawClipped(&$0, status: status, layout: layout) }
    }

    private static func drawClipped(_ canvas: inout Canvas, status: Model, layout: Layout) {
        let rect = layout.status
        canvas.fill(rect, role: .status)
        if let name = status.following {
            drawFollowing(&canvas, status: status, name: name, rect: rect)
            return
        }
        var x = rect.x
        var parts = leading(status)
        if status.lockHolder == nil, let others = Reducer.othersText(status.others, room: rect.width - width(of: parts) - 3),
           width(of: parts) + DisplayWidth.of(others) >= rect.width - 2 {
            // Who else is in the plan matters more than the folder's name (the header names the plan).
            parts.replaceSubrange(0..<2, with: [(" ", .status)])
        }
        for (text, role) in parts { x += canvas.put(text, x: x, y: rect.y, role: role) }
        let room = rect.maxX - x - 1
        if let notice = status.notice, !showsLongNotice(status, layout), !showsNoticeInForm(status, layout) {
            let role = noticeRole(notice)
            canvas.put(DisplayWidth.truncate(notice.text, to: room, ellipsis: canvas.glyphs.ellipsis),
                       x: x, y: rect.y, role: role)
        } else {
            // A read-only session names the lock's holder in its reason instead.
            if status.lockHolder == nil, let others = Reducer.othersText(status.others, room: room - 3) {
                // Who else is in the plan, and where: before the keys, which may be cut for it.
                x += canvas.put(DisplayWidth.truncate(others, to: room, ellipsis: canvas.glyphs.ellipsis),
                                x: x, y: rect.y, role: .statusOK)
                // A bar only before something: a reason, or a key that fits after it.
                let fits = status.hints.first.map { x + 3 + DisplayWidth.of($0.0) + 1 + DisplayWidth.of($0.1) <= rect.maxX - 1 }
                if status.access != .readWrite || fits == true {
                    x += canvas.put(" │ ", x: x, y: rect.y, role: .status)
                }
            }
            if case .readOnly(let reason) = status.access {
                // Who holds the plan matters more than key hints; it is cut to fit, never dropped.
                canvas.put(reason, x: x, y: rect.y, role: .statusWarning, maxWidth: rect.maxX - x - 1)
            } else {
                drawHints(&canvas, hints: status.hints, x: x, y: rect.y, room: rect.maxX - x - 1)
            }
        }
    }

    private static func width(of parts: [(String, Role)]) -> Int {
        parts.reduce(0) { $0 + DisplayWidth.of($1.0) }
    }

    /// Follow mode: whom this screen follows and where they are, and how to stop.
    private static func drawFollowing(_ canvas: inout Canvas, status: Model, name: String, rect: Rect) {
        var x = rect.x + canvas.put(" FOLLOWING \(name) ", x: rect.x, y: rect.y, role: .statusOK)
        x += canvas.put("│ ", x: x, y: rect.y, role: .status)
        if let notice = status.notice {
            canvas.put(DisplayWidth.truncate(notice.text, to: rect.maxX - x - 1, ellipsis: canvas.glyphs.ellipsis),
                       x: x, y: rect.y, role: noticeRole(notice))
            return
        }
        let hints = status.hints
        let hintsWidth = hints.reduce(0) { $0 + DisplayWidth.of($1.0) + DisplayWidth.of($1.1) + 3 }
        let room = max(0, rect.maxX - x - hintsWidth - 4)
        // The longest wording that fits beside the keys ("stage 3 Action plan › Gantt, live" … "stage 3 › Gantt").
        let place = status.followPlace.first { DisplayWidth.of($0) <= room } ?? status.followPlace.last ?? ""
        x += canvas.put(DisplayWidth.truncate(place, to: room, ellipsis: canvas.glyphs.ellipsis), x: x, y: rect.y,
                        role: .status)
        x += canvas.put(" │ ", x: x, y: rect.y, role: .status)
        drawHints(&canvas, hints: hints, x: x, y: rect.y, room: rect.maxX - x - 1)
    }

    /// A notice longer than the status line is written in full on lines of its own above it,
    /// wrapped, rather than only cut on the status line; it goes with the next key like any notice.
    static func drawLongNotice(_ canvas: inout Canvas, model status: Model, layout: Layout) {
        // Over a form or dialog the notice stays on the status line: what it says is shown there too
        // (a refused field has its reason under it), and the dialog's own lines stay readable.
        guard showsLongNotice(status, layout), let notice = status.notice else { return }
        let text = notice.text
        let role = noticeRole(notice)
        let rect = layout.status
        let lines = TextWrap.lines(text, width: rect.width - 2).prefix(max(1, layout.rows / 3))
        let top = rect.y - lines.count
        canvas.hline(x: rect.x, y: top - 1, length: rect.width, role: .status)
        for (offset, line) in lines.enumerated() {
            let y = top + offset
            canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: .status)
            canvas.put(line, x: rect.x + 1, y: y, role: role)
        }
    }

    /// Whether the notice is written in full above the status line, which then shows the keys
    /// instead of the same words cut short.
    static func showsLongNotice(_ status: Model, _ layout: Layout) -> Bool {
        guard !status.overlay, let notice = status.notice else { return false }
        return DisplayWidth.of(notice.text) > noticeRoom(status, layout)
    }

    /// Whether a form is open and the notice is too long for the status line: the form then writes
    /// it in full above its buttons (``FormView``), where it does not cover the form's own lines.
    static func showsNoticeInForm(_ status: Model, _ layout: Layout) -> Bool {
        guard status.form, let notice = status.notice else { return false }
        return DisplayWidth.of(notice.text) > noticeRoom(status, layout)
    }

    static func noticeRole(_ notice: Notice) -> Role {
        switch notice.tone {
        case .info: .status
        case .warning: .statusWarning
        case .error: .statusError
        }
    }

    /// The columns left for a notice after the plan name, save state and counts.
    static func noticeRoom(_ status: Model, _ layout: Layout) -> Int {
        layout.status.maxX - layout.status.x - leading(status).reduce(0) { $0 + DisplayWidth.of($1.0) } - 1
    }

    static func drawHints(_ canvas: inout Canvas, hints: [(String, String)], x start: Int, y: Int, room: Int) {
        var x = start
        for (key, words) in hints {
            let width = DisplayWidth.of(key) + 1 + DisplayWidth.of(words) + 2
            guard x + width - 2 <= start + room else { break }
            x += canvas.put(key, x: x, y: y, role: .key)
            x += canvas.put(" " + words + "  ", x: x, y: y, role: .status)
        }
    }
}

extension StatusView.Model {
    /// The keys that matter where the user is, as the status line shows them.
    static func hints(_ state: AppState) -> [(String, String)] {
        // A form or dialog lists its own keys; the panel's (q quit, ? help) would be typed into it.
        guard state.overlay == nil else { return [] }
        if state.following != nil {
            return state.keymap.hints([KeyHint(.follow, words: "stop following"), KeyHint(.quit, words: "quit")],
                                      in: [.following])
        }
        var list: [KeyHint] = []
        switch state.section {
        case .overview: list = [KeyHint(.open, words: "go to item")]
        case .table(let kind):
            list = [KeyHint(.open, words: "edit"), KeyHint(.add, words: "add"), KeyHint(.delete, words: "delete"),
                    KeyHint(.search, words: "search")]
            if kind.isImportable { list.append(KeyHint(.importCSV, words: "import")) }
        case .record(let form):
            list = form == .document ? [KeyHint(.open, words: "edit"), KeyHint(.export, words: "write")]
                : [KeyHint(.open, words: "edit")]
        case .panel(let panel): list = panel.hints
        }
        if !state.undoStack.isEmpty { list.append(KeyHint(.undo, words: "undo")) }
        if state.errorCount + state.warningCount > 0 { list.append(KeyHint(.findings, words: "findings")) }
        list += [KeyHint(.help, words: "help"), KeyHint(.quit, words: "quit")]
        return state.keymap.hints(list, in: [.main, .editing])
    }
}

import PlanDomain

/// The top line: the program, the country and the plan's title.
enum HeaderView {
    static func draw(_ canvas: inout Canvas, state: AppState, layout: Layout) {
        canvas.fill(layout.header, role: .title)
        let meta = state.plan.meta
        let years = "\(meta.firstYear)–\(meta.lastYear)"
        let title = meta.title.contains(years) ? meta.title : "\(meta.title) \(years)"
        let text = " Socle  \(meta.country.name) · \(title)"
        canvas.put(text, x: 0, y: 0, role: .title, maxWidth: layout.columns - 1)
    }
}

/// The stage rail: every stage with its completeness.
enum RailView {
    static func draw(_ frame: inout Frame, state: AppState, layout: Layout) {
        let rail = layout.rail
        let glyphs = frame.canvas.glyphs
        frame.canvas.put(" STAGES", x: rail.x, y: rail.y, role: .heading)
        let spacing = rail.height >= 24 ? 3 : 2
        for stage in Stage.allCases {
            let y = rail.y + 2 + stage.rawValue * spacing
            guard y + 1 < rail.maxY else { break }
            let progress = state.progress[stage.rawValue]
            let active = stage == state.stage
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
    static func draw(_ canvas: inout Canvas, state: AppState, layout: Layout) {
        let rect = layout.status
        canvas.fill(rect, role: .status)
        var x = rect.x
        x += canvas.put(" \(state.planName) ", x: x, y: rect.y, role: .status, maxWidth: 24)
        let (saveText, saveRole): (String, Role) = switch (state.access, state.saveState) {
        case (.readOnly, _): ("READ-ONLY", .statusWarning)
        case (_, .saved): ("saved", .statusOK)
        case (_, .saving): ("saving…", .status)
        case (_, .failed): ("SAVE FAILED", .statusError)
        }
        x += canvas.put("│ ", x: x, y: rect.y, role: .status)
        x += canvas.put(saveText, x: x, y: rect.y, role: saveRole)
        x += canvas.put(" │ ", x: x, y: rect.y, role: .status)
        let errors = state.errorCount
        let warnings = state.warningCount
        x += canvas.put(counted(errors, "error"), x: x, y: rect.y,
                        role: errors > 0 ? .statusError : .status)
        x += canvas.put(" " + counted(warnings, "warning"), x: x, y: rect.y,
                        role: warnings > 0 ? .statusWarning : .status)
        x += canvas.put(" │ ", x: x, y: rect.y, role: .status)
        let room = rect.maxX - x - 1
        if let notice = state.notice {
            let role: Role = switch notice.tone {
            case .info: .status
            case .warning: .statusWarning
            case .error: .statusError
            }
            canvas.put(notice.text, x: x, y: rect.y, role: role, maxWidth: room)
        } else if case .readOnly(let reason) = state.access {
            // Who holds the plan matters more than key hints; it is cut to fit, never dropped.
            canvas.put(reason, x: x, y: rect.y, role: .statusWarning, maxWidth: rect.maxX - x - 1)
        } else {
            drawHints(&canvas, hints: hints(state), x: x, y: rect.y, room: room)
        }
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

    static func hints(_ state: AppState) -> [(String, String)] {
        var list: [(String, String)] = []
        switch state.section {
        case .overview: list = [("Enter", "go to item")]
        case .table(let kind):
            list = [("Enter", "edit"), ("a", "add"), ("d", "delete"), ("/", "search")]
            if kind.isImportable { list.append(("i", "import")) }
        case .record: list = [("Enter", "edit")]
        case .panel(let panel): list = panel.hints
        }
        if !state.undoStack.isEmpty { list.append(("u", "undo")) }
        if state.errorCount + state.warningCount > 0 { list.append(("f", "findings")) }
        list += [("?", "help"), ("q", "quit")]
        return list
    }
}

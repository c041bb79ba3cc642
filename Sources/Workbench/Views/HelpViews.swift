import PlanDomain

/// The keys, from the keymap table, grouped by where they apply.
enum HelpView {
    static func lines() -> [(key: String, text: String, heading: Bool)] {
        var lines: [(String, String, Bool)] = []
        for context in KeyContext.allCases {
            lines.append(("", context.rawValue, true))
            var seen: Set<String> = []
            for binding in Keymap.bindings where binding.context == context {
                if case .stage = binding.command {
                    if seen.insert("stage").inserted { lines.append(("0 … 6", "Go to a stage", false)) }
                    continue
                }
                lines.append((Keymap.keyNames(binding), binding.help, false))
            }
            if context == .form {
                for (keys, text) in Keymap.textEditingHelp { lines.append((keys, text, false)) }
            }
            lines.append(("", "", false))
        }
        lines.append(("", "Every confirmed change is saved at once; undo works after saving too.", false))
        return lines
    }

    static func draw(_ canvas: inout Canvas, scroll: Int, layout: Layout) {
        let rect = layout.dialog(width: 76, height: layout.rows - 2)
        let inside = OverlayView.dialog(&canvas, rect, title: "Keys — any other key closes this")
        let all = lines()
        let top = min(scroll, max(0, all.count - inside.height))
        if top + inside.height < all.count {
            let more = " \(canvas.glyphs.arrowDown) more: j or PgDn "
            canvas.put(more, x: rect.maxX - DisplayWidth.of(more) - 2, y: rect.maxY - 1, role: .dialogTitle)
        }
        for (offset, line) in all.dropFirst(top).prefix(inside.height).enumerated() {
            let y = inside.y + offset
            if line.heading {
                canvas.put(line.text, x: inside.x + 1, y: y, role: .heading, attributes: .bold)
            } else {
                canvas.put(line.key, x: inside.x + 3, y: y, role: .key, maxWidth: 20)
                canvas.put(line.text, x: inside.x + 24, y: y, role: .dialog, maxWidth: inside.width - 25)
            }
        }
    }
}

/// Every validation finding; Enter jumps to its place.
enum FindingsView {
    static func draw(_ canvas: inout Canvas, findings: [Finding], list: ListState, layout: Layout) {
        let rect = layout.form
        let inside = OverlayView.dialog(&canvas, rect, title: "Findings: \(findings.count) — Enter goes there, Esc closes")
        if findings.isEmpty {
            canvas.put("No findings: the plan passes every check.", x: inside.x + 1, y: inside.y + 1, role: .ok)
            return
        }
        let rows = inside.height
        var state = list
        state.clamp(count: findings.count, visible: rows)
        for row in 0..<rows {
            let index = state.scroll + row
            guard index < findings.count else { break }
            let finding = findings[index]
            let y = inside.y + row
            let selected = index == state.selected
            let role: Role = selected ? .tableSelected : .dialog
            canvas.fill(Rect(x: inside.x, y: y, width: inside.width, height: 1), role: role)
            let tag = DisplayWidth.pad(finding.severity.label, to: 8)
            let tagRole: Role = selected ? role : (finding.severity == .error ? .error : finding.severity == .warning ? .warning : .hint)
            var x = inside.x + 1
            x += canvas.put(tag, x: x, y: y, role: tagRole)
            canvas.put("\(finding.message)  (\(finding.location))", x: x, y: y, role: role, maxWidth: inside.maxX - x - 1)
        }
    }
}

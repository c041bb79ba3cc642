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

    static let title = "Keys — j k PgUp PgDn scroll · any other key closes"

    /// The help of an open form (F1 there): each field with what it is for and the format it
    /// takes, then the keys that work in a form.
    static func formLines(_ form: FormState) -> [(key: String, text: String, heading: Bool)] {
        var lines: [(String, String, Bool)] = [("", "The fields", true)]
        for field in form.spec.fields {
            var parts = [field.help.isEmpty ? nil : field.help, field.kind.format(form.numbers).map { "Format: " + $0 }]
                .compactMap { $0 }.map { $0.hasSuffix(".") ? $0 : $0 + "." }
            if parts.isEmpty {
                switch field.kind {
                case .references: parts = ["Enter opens the list; Space ticks each one that applies."]
                case _ where field.kind.isPicked: parts = ["Enter opens the list to choose from."]
                default: parts = ["Free text."]
                }
            }
            lines.append((field.label, parts.joined(separator: " "), false))
        }
        lines.append(("", "", false))
        lines.append(("", KeyContext.form.rawValue, true))
        for binding in Keymap.bindings where binding.context == .form {
            lines.append((Keymap.keyNames(binding), binding.help, false))
        }
        for (keys, text) in Keymap.textEditingHelp { lines.append((keys, text, false)) }
        return lines
    }

    static func formTitle(_ form: FormState) -> String { "Help: \(form.title) — j k scroll · any other key closes" }

    /// The help as display rows for the dialog's inside width: long descriptions wrap under their
    /// own column, never cut; a key or label too long for its column gets a line of its own.
    struct Row {
        enum Kind { case heading, binding, note }
        var kind: Kind
        var key: String
        var text: String
    }

    static let keyWidth = 20

    static func rows(_ lines: [(key: String, text: String, heading: Bool)], width: Int) -> [Row] {
        var rows: [Row] = []
        for line in lines {
            if line.heading || line.key.isEmpty {
                for part in TextWrap.lines(line.text, width: max(10, width - 2)) {
                    rows.append(Row(kind: line.heading ? .heading : .note, key: "", text: part))
                }
                continue
            }
            var key = line.key
            if DisplayWidth.of(key) > keyWidth {
                rows.append(Row(kind: .binding, key: key, text: ""))
                key = ""
            }
            for (number, part) in TextWrap.lines(line.text, width: max(10, width - 25)).enumerated() {
                rows.append(Row(kind: .binding, key: number == 0 ? key : "", text: part))
            }
        }
        return rows
    }

    static func rect(_ layout: Layout) -> Rect { layout.dialog(width: 76, height: layout.rows - 2) }

    /// The furthest `lines` scroll at this size.
    static func maxScroll(_ layout: Layout, lines: [(key: String, text: String, heading: Bool)] = lines()) -> Int {
        let inside = rect(layout).inset(by: 1)
        return max(0, rows(lines, width: inside.width).count - inside.height)
    }

    /// The scroll position after `key` in a help dialog, or nil when the key closes it.
    static func scrolled(_ scroll: Int, by key: Key, layout: Layout,
                         lines: [(key: String, text: String, heading: Bool)] = lines()) -> Int? {
        let last = maxScroll(layout, lines: lines)
        let page = max(1, rect(layout).height - 3)
        switch key {
        case .down, .char("j"): return min(last, scroll + 1)
        case .up, .char("k"): return max(0, scroll - 1)
        case .pageDown, .char(" "): return min(last, scroll + page)
        case .pageUp: return max(0, scroll - page)
        case .home, .char("g"): return 0
        case .end, .char("G"): return last
        default: return nil
        }
    }

    static func draw(_ canvas: inout Canvas, scroll: Int, layout: Layout,
                     lines: [(key: String, text: String, heading: Bool)] = lines(), title: String = title) {
        let rect = rect(layout)
        let inside = OverlayView.dialog(&canvas, rect, title: title)
        let all = rows(lines, width: inside.width)
        let top = max(0, min(scroll, all.count - inside.height))
        if top + inside.height < all.count {
            let more = " \(canvas.glyphs.arrowDown) more: j or PgDn "
            canvas.put(more, x: rect.maxX - DisplayWidth.of(more) - 2, y: rect.maxY - 1, role: .dialogTitle)
        }
        if top > 0 {
            let back = " \(canvas.glyphs.arrowUp) k or PgUp "
            canvas.put(back, x: rect.x + 2, y: rect.maxY - 1, role: .dialogTitle)
        }
        for (offset, line) in all.dropFirst(top).prefix(inside.height).enumerated() {
            let y = inside.y + offset
            switch line.kind {
            case .heading:
                canvas.put(line.text, x: inside.x + 1, y: y, role: .heading, attributes: .bold, maxWidth: inside.width - 2)
            case .note:
                canvas.put(line.text, x: inside.x + 1, y: y, role: .dialog, maxWidth: inside.width - 2)
            case .binding:
                let keyRoom = line.text.isEmpty ? inside.width - 4 : keyWidth
                canvas.put(line.key, x: inside.x + 3, y: y, role: .key, maxWidth: keyRoom)
                canvas.put(line.text, x: inside.x + 24, y: y, role: .dialog, maxWidth: inside.width - 25)
            }
        }
    }
}

/// Every validation finding, one a line; the selected one is shown in full below the list, wrapped.
enum FindingsView {
    /// Lines kept under the list for the selected finding in full.
    static let detailLines = 5

    static func listRows(_ layout: Layout) -> Int { max(1, layout.form.height - 2 - detailLines - 1) }

    static func draw(_ canvas: inout Canvas, findings: [Finding], list: ListState, layout: Layout) {
        let rect = layout.form
        let inside = OverlayView.dialog(&canvas, rect, title: "Findings: \(findings.count) — Enter goes there, Esc closes")
        if findings.isEmpty {
            canvas.put("No findings: the plan passes every check.", x: inside.x + 1, y: inside.y + 1, role: .ok)
            return
        }
        let rows = listRows(layout)
        var state = list
        state.clamp(count: findings.count, visible: rows)
        let ellipsis = canvas.glyphs.ellipsis
        for row in 0..<rows {
            let index = state.scroll + row
            guard index < findings.count else { break }
            let finding = findings[index]
            let y = inside.y + row
            let selected = index == state.selected
            let role: Role = selected ? .tableSelected : .dialog
            canvas.fill(Rect(x: inside.x, y: y, width: inside.width, height: 1), role: role)
            var x = inside.x + 1
            x += canvas.put(DisplayWidth.pad(finding.severity.label, to: 8), x: x, y: y,
                            role: selected ? role : severityRole(finding.severity))
            canvas.put(DisplayWidth.truncate(finding.message, to: inside.maxX - x - 1, ellipsis: ellipsis),
                       x: x, y: y, role: role)
        }
        if findings.count > rows {
            let position = " \(state.selected + 1)/\(findings.count) "
            canvas.put(position, x: rect.maxX - DisplayWidth.of(position) - 2, y: inside.y + rows, role: .muted)
        }
        // The selected finding in full: its message wrapped, then where it is.
        let ruleY = inside.y + rows
        canvas.hline(x: inside.x, y: ruleY, length: inside.width - (findings.count > rows ? 10 : 0), role: .dialogBorder)
        guard state.selected < findings.count else { return }
        let finding = findings[state.selected]
        let width = inside.width - 2
        var text = TextWrap.lines(finding.message, width: width)
        text += TextWrap.lines("Where: \(finding.location)", width: width)
        let room = inside.maxY - ruleY - 1
        for (offset, line) in text.prefix(room).enumerated() {
            let last = offset == room - 1 && text.count > room
            canvas.put(last ? DisplayWidth.truncate(line + " " + ellipsis, to: width, ellipsis: ellipsis) : line,
                       x: inside.x + 1, y: ruleY + 1 + offset, role: line.hasPrefix("Where: ") ? .muted : .dialog)
        }
    }

    private static func severityRole(_ severity: Severity) -> Role {
        switch severity {
        case .error: .error
        case .warning: .warning
        case .hint: .hint
        }
    }
}

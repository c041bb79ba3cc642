import PlanDomain

/// The keys, from the keymap table, grouped by where they apply; rebound keys say so.
enum HelpView {
    static func lines(_ keys: Keymap) -> [(key: String, text: String, heading: Bool)] {
        var lines: [(String, String, Bool)] = []
        for section in KeyReference.sections(keys) where !section.rows.isEmpty {
            lines.append(("", section.context.title, true))
            for row in section.rows { lines.append((row.keys, row.text, false)) }
            lines.append(("", "", false))
        }
        if keys.bindings.contains(where: \.isRebound) {
            lines.append(("", "Keys marked \"rebound\" or \"unbound\" were changed by [keys] in config.toml.", false))
        }
        lines.append(("", "Every confirmed change is saved at once; undo works after saving too.", false))
        return lines
    }

    static func title(_ keys: Keymap) -> String {
        "Keys — \(keys.label([.down, .up, .pageUp, .pageDown], in: [.help])) scroll · any other key closes"
    }

    /// The help of an open form (F1 there): each field with what it is for and the format it
    /// takes, then the keys that work in a form and in its fields.
    static func formLines(_ form: FormState, keys: Keymap) -> [(key: String, text: String, heading: Bool)] {
        var lines: [(String, String, Bool)] = [("", "The fields", true)]
        let open = keys.label(.toggle, in: .form)
        for field in form.spec.fields {
            var parts = [field.help.isEmpty ? nil : field.help, field.kind.format(form.numbers).map { "Format: " + $0 }]
                .compactMap { $0 }.map { $0.hasSuffix(".") ? $0 : $0 + "." }
            if parts.isEmpty {
                switch field.kind {
                case .references: parts = ["\(open) opens the list; \(keys.label(.toggle, in: .picker)) ticks each one that applies."]
                case _ where field.kind.isPicked: parts = ["\(open) opens the list to choose from."]
                default: parts = ["Free text."]
                }
            }
            lines.append((field.label, parts.joined(separator: " "), false))
        }
        // The form's keys, then those of its typed fields, under one heading.
        lines.append(("", "", false))
        lines.append(("", KeyContext.form.title, true))
        let long = form.spec.fields.contains { $0.kind.isMultilineText }
        for section in KeyReference.sections(keys, contexts: long ? [.form, .textArea, .text] : [.form, .text]) {
            for row in section.rows { lines.append((row.keys, row.text, false)) }
        }
        return lines
    }

    static func formTitle(_ form: FormState, keys: Keymap) -> String {
        "Help: \(form.title) — \(keys.label([.down, .up], in: [.help])) scroll · any other key closes"
    }

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

    /// What PgDn scrolls by: the rows shown, less one kept for context.
    static func pageRows(_ layout: Layout) -> Int { max(1, rect(layout).inset(by: 1).height - 1) }

    /// The furthest `lines` scroll at this size.
    static func maxScroll(_ layout: Layout, lines: [(key: String, text: String, heading: Bool)]) -> Int {
        let inside = rect(layout).inset(by: 1)
        return max(0, rows(lines, width: inside.width).count - inside.height)
    }

    /// The scroll position after `command` (the help context's, for the key pressed) in a help
    /// dialog, or nil when the key closes it.
    static func scrolled(_ scroll: Int, by command: Command?, layout: Layout,
                         lines: [(key: String, text: String, heading: Bool)]) -> Int? {
        let last = maxScroll(layout, lines: lines)
        let page = pageRows(layout)
        switch command {
        case .down: return min(last, scroll + 1)
        case .up: return max(0, scroll - 1)
        case .pageDown: return min(last, scroll + page)
        case .pageUp: return max(0, scroll - page)
        case .top: return 0
        case .bottom: return last
        default: return nil
        }
    }

    static func draw(_ canvas: inout Canvas, scroll: Int, layout: Layout, keys: Keymap,
                     lines: [(key: String, text: String, heading: Bool)]? = nil, title: String? = nil) {
        let rect = rect(layout)
        let inside = OverlayView.dialog(&canvas, rect, title: title ?? self.title(keys))
        let all = rows(lines ?? self.lines(keys), width: inside.width)
        let top = max(0, min(scroll, all.count - inside.height))
        if top + inside.height < all.count {
            let more = " \(canvas.glyphs.arrowDown) more: \(keys.label(.down, in: .help)) or \(keys.label(.pageDown, in: .help)) "
            canvas.put(more, x: rect.maxX - DisplayWidth.of(more) - 2, y: rect.maxY - 1, role: .dialogTitle)
        }
        if top > 0 {
            let back = " \(canvas.glyphs.arrowUp) \(keys.label(.up, in: .help)) or \(keys.label(.pageUp, in: .help)) "
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

    static func draw(_ canvas: inout Canvas, findings: [Finding], list: ListState, layout: Layout, keys: Keymap) {
        let rect = layout.form
        let inside = OverlayView.dialog(&canvas, rect, title: "Findings: \(findings.count) — \(keys.label(.open, in: .findings)) goes there, \(keys.label(.cancel, in: .findings)) closes")
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
        // The rule under the list, with the position in it when the list scrolls ("38774/38774" whole).
        let ruleY = inside.y + rows
        let position = findings.count > rows ? " \(state.selected + 1)/\(findings.count) " : ""
        let positionX = rect.maxX - DisplayWidth.of(position) - 2
        canvas.hline(x: inside.x, y: ruleY, length: position.isEmpty ? inside.width : positionX - inside.x, role: .dialogBorder)
        if !position.isEmpty { canvas.put(position, x: positionX, y: ruleY, role: .muted) }
        // The selected finding in full: its message wrapped, then where it is.
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

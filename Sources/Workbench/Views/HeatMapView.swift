import PlanDomain
import PlanReports

/// The coverage heat map: contingencies as rows, population groups as columns. Each cell shows a
/// shade for its band (so the bands read without colour), its figure, `*` where the assessor's
/// rating or figure replaces the computed one and `!` where the cell is a gap; it is drawn in the
/// band's `coverage.*` role. `<` `>` move across groups (scrolling when they do not all fit), the
/// arrows move down the contingencies, and the selected cell is explained below the legend.
enum HeatMapView {
    static let labelWidth = 13
    static let cellWidth = 7

    /// What the heat map draws: the matrix (computed once per plan), the selected cell, and what the
    /// detail under it names.
    @dynamicMemberLookup
    struct Model: PanelModel {
        let context: PanelContext
        let matrix: CoverageMatrix
        /// The key that opens the selected cell, as the keymap names it.
        let openKey: String

        init(_ state: AppState) {
            context = PanelContext(state)
            matrix = state.coverageMatrix
            openKey = state.keymap.label(.open, in: .editing)
        }

        /// The selected contingency (row) and group (column: `<` `>` move the list's offset).
        var row: Int { context.list.selected }
        var column: Int { context.list.offset }
    }

    /// Draws within `area`, whatever its size.
    static func draw(_ frame: inout Frame, model: Model, area: Rect) {
        frame.clipped(to: area) { drawClipped(&$0, model: model, area: area) }
    }

    private static func drawClipped(_ frame: inout Frame, model: Model, area: Rect) {
        let matrix = model.matrix
        guard area.width > 0, area.height > 0 else { return }
        guard !matrix.groups.isEmpty else {
            frame.canvas.putWrapped("No population groups yet: add them in the Groups tab, and the schemes that cover them.",
                             x: area.x + 1, y: area.y + 1, role: .muted, width: area.width - 2)
            return
        }
        let row = min(max(model.row, 0), matrix.contingencies.count - 1)
        let column = min(max(model.column, 0), matrix.groups.count - 1)
        // Each group gets a slot of 8 columns, wider (up to 12) when they all fit: the shade then fills more.
        let room = area.width - 1 - labelWidth
        let slot = matrix.groups.count * (cellWidth + 1) <= room ? min(12, room / matrix.groups.count) : cellWidth + 1
        let visible = max(1, room / slot)
        let first = column < visible ? 0 : column - visible + 1
        let shown = Array(first..<min(matrix.groups.count, first + visible))
        let glyphs = frame.canvas.glyphs

        // Headings: the group ids, then their names cut to the cell.
        var x = area.x + 1 + labelWidth
        frame.canvas.put("Coverage", x: area.x + 1, y: area.y, role: .tableHeader)
        frame.canvas.put("in \(matrix.year)", x: area.x + 1, y: area.y + 1, role: .muted)
        for index in shown {
            let group = matrix.groups[index]
            let role: Role = index == column ? .heading : .tableHeader
            frame.canvas.put(DisplayWidth.pad(group.id, to: slot - 1, ellipsis: glyphs.ellipsis), x: x, y: area.y, role: role)
            frame.canvas.put(DisplayWidth.pad(group.name, to: slot - 1, ellipsis: glyphs.ellipsis), x: x, y: area.y + 1,
                             role: index == column ? .normal : .muted)
            x += slot
        }
        if first > 0 { frame.canvas.put(String(glyphs.arrowLeft), x: area.x + labelWidth, y: area.y, role: .muted) }
        if shown.last.map({ $0 < matrix.groups.count - 1 }) == true {
            frame.canvas.put(String(glyphs.arrowRight), x: min(x - 1, area.maxX - 1), y: area.y, role: .muted)
        }

        // The matrix.
        for (r, contingency) in matrix.contingencies.enumerated() {
            let y = area.y + 2 + r
            guard y < area.maxY else { break }
            frame.canvas.put(DisplayWidth.pad(contingency.shortLabel, to: labelWidth - 1), x: area.x + 1, y: y,
                             role: r == row ? .heading : .normal)
            var x = area.x + 1 + labelWidth
            for index in shown {
                let group = matrix.groups[index]
                guard let cell = matrix.cell(contingency, group.id) else { continue }
                let text = cellText(cell, isGap: cell.gap != nil, glyphs: glyphs, numbers: model.figures.numbers, width: slot - 1)
                let selected = r == row && index == column
                let attributes: TextAttributes = selected ? (model.focused ? [.reverse, .bold] : [.underline]) : []
                frame.canvas.put(text, x: x, y: y, role: role(cell), attributes: attributes)
                x += slot
            }
            frame.regions.append(HitRegion(rect: Rect(x: area.x, y: y, width: area.width, height: 1), target: .row(r)))
        }

        // The legend, then the selected cell.
        var y = area.y + 2 + matrix.contingencies.count
        let legend: [(String, String, Role)] = CoverageBand.allCases.map { band in
            (band == .none ? "0" : String(glyphs.shades[CoverageBand.allCases.firstIndex(of: band)!]),
             band == .none ? "none" : shortRange(band), role(band))
        } + [("n/a", "not applicable", .muted), ("*", "assessor's figure", .normal), ("!", "gap", .warning)]
        y += Legend.draw(&frame.canvas, legend, area: Rect(x: area.x + 1, y: y, width: area.width - 2, height: 2))
        guard y < area.maxY, let cell = matrix.cell(matrix.contingencies[row], matrix.groups[column].id) else { return }
        HeatMapDetail.draw(&frame.canvas, cell: cell, gap: matrix.gap(cell.contingency, cell.groupId), plan: model.plan,
                           numbers: model.figures.numbers, openKey: model.openKey,
                           area: Rect(x: area.x + 1, y: y, width: area.width - 2, height: area.maxY - y))
    }

    /// `width` (at least 7) columns: the band's shade, the figure, `*` and `!`: "▒  48*!", "░ 9.8 !",
    /// "  n/a  "; a wider cell repeats the shade.
    static func cellText(_ cell: CoverageCell, isGap: Bool, glyphs: Glyphs, numbers: NumberConvention,
                         width: Int = cellWidth) -> String {
        let shade: Character = cell.band.map { glyphs.shades[CoverageBand.allCases.firstIndex(of: $0)!] } ?? " "
        let figure = DisplayWidth.pad(CoverageCellText.figure(cell, numbers), to: 4, alignment: .right)
        return String(repeating: shade, count: max(1, width - 6)) + figure
            + (cell.isOverridden && !cell.isNotApplicable ? "*" : " ") + (isGap ? "!" : " ")
    }

    static func role(_ cell: CoverageCell) -> Role {
        cell.band.map(role) ?? .muted
    }

    static func role(_ band: CoverageBand) -> Role {
        Role.coverageBands[CoverageBand.allCases.firstIndex(of: band)!]
    }

    /// "<33%", "33-67%", "67-90%", "90%+".
    static func shortRange(_ band: CoverageBand) -> String {
        let (a, b, c) = (Int(CoverageBand.partialFrom), Int(CoverageBand.highFrom), Int(CoverageBand.fullFrom))
        switch band {
        case .none: return "0%"
        case .low: return "<\(a)%"
        case .partial: return "\(a)-\(b)%"
        case .high: return "\(b)-\(c)%"
        case .full: return "\(c)%+"
        }
    }
}

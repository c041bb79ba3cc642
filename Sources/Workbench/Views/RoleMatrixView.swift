import PlanDomain

/// Who does what for each measure. The first view gives each measure's lead per function (`*` a
/// strategy-wide lead, "none" a missing one, which is a finding); the second the whole matrix of
/// institutions by functions, L lead, S support, C consulted, I informed.
enum RoleMatrixView {
    @dynamicMemberLookup
    struct Model: PanelModel {
        let context: PanelContext
        let matrix: RolesMatrix
        /// The whole matrix of institutions (`m`), else each measure's leads.
        let full: Bool

        init(_ state: AppState, full: Bool) {
            context = PanelContext(state)
            matrix = state.rolesMatrix
            self.full = full
        }
    }

    static func draw(_ frame: inout Frame, model: Model, area: Rect) {
        let plan = model.plan
        let matrix = model.matrix
        let full = model.full
        guard !matrix.blocks.isEmpty else {
            frame.canvas.putWrapped("No measures yet: the roles matrix shows who leads each function of each measure.",
                             x: area.x + 1, y: area.y + 1, role: .muted, width: area.width - 2)
            return
        }
        let functions = RolesMatrix.functions
        let first = full ? "Institution" : "Measure"
        let grid = Grid([GridColumn(title: first, width: 8, flexible: true)]
            + functions.map { GridColumn(title: abbreviation($0), width: 6) }, width: area.width - 2)
        grid.header(&frame.canvas, x: area.x + 1, y: area.y)
        let legend: [(String, String, Role)] = full
            ? [("L", "lead", .heading), ("S", "support", .normal), ("C", "consulted", .muted), ("I", "informed", .muted),
               ("L*", "strategy-wide lead", .heading), ("none", "no lead (a finding)", .warning)]
            : [("*", "strategy-wide lead", .normal), ("none", "no lead (a finding)", .warning)]
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 2)
        Legend.draw(&frame.canvas, legend, area: Rect(x: area.x + 1, y: area.maxY - 1, width: area.width - 2, height: 1))
        if full {
            let lines = RoleMatrixRows.lines(matrix)
            let wide = (grid.fitted.first?.1 ?? 0) >= 30
            Grid.rows(&frame, grid: grid, count: lines.count, list: model.list, focused: model.focused,
                      area: body) { index in
                line(lines[index], plan: plan, functions: functions, names: wide)
            }
        } else {
            Grid.rows(&frame, grid: grid, count: matrix.blocks.count, list: model.list, focused: model.focused,
                      area: body) { index in
                leads(matrix.blocks[index], plan: plan, functions: functions)
            }
        }
    }

    static func leads(_ block: RolesMatrix.Block, plan: Plan, functions: [InstitutionFunction]) -> GridRow {
        var texts = [measureName(block, plan: plan)]
        var roles: [Int: Role] = [:]
        for (index, function) in functions.enumerated() {
            let leads = block.leads[function] ?? []
            if leads.isEmpty {
                texts.append(block.missingLeads.contains(function) ? "none" : "")
                roles[index + 1] = .warning
                continue
            }
            var text = plan.shortName(leads[0]) + (leads.count > 1 ? "+\(leads.count - 1)" : "")
            if block.inheritedLeads.contains(function) { text += "*" }
            texts.append(text)
        }
        return GridRow(texts: texts, roles: roles)
    }

    /// One line of the full matrix; `names` adds the institutions' full names to their acronyms.
    static func line(_ line: RoleMatrixRows.Line, plan: Plan, functions: [InstitutionFunction], names: Bool) -> GridRow {
        switch line {
        case .heading(let block):
            return GridRow(texts: [measureName(block, plan: plan)], roles: [0: .heading], span: true)
        case .institution(let row, _), .inherited(let row, _):
            var inherited = false
            if case .inherited = line { inherited = true }
            var roles: [Int: Role] = [0: inherited ? .muted : .normal]
            var name = plan.shortName(row.institutionId)
            if names, let stakeholder = plan.entity(Stakeholder.self, id: row.institutionId), name != stakeholder.name {
                name = DisplayWidth.pad(name, to: 7) + " " + stakeholder.name
            }
            var texts = ["  " + name + (inherited ? " (whole strategy)" : "")]
            for (index, function) in functions.enumerated() {
                guard let involvement = row.involvement(function) else {
                    texts.append("")
                    continue
                }
                texts.append("  " + String(involvement.letter) + (inherited ? "*" : ""))
                roles[index + 1] = involvement == .lead ? .heading : involvement == .support ? .normal : .muted
            }
            return GridRow(texts: texts, roles: roles)
        case .missing(let block):
            let names = block.missingLeads.map { $0.label.lowercased() }.joined(separator: ", ")
            var texts = ["  no lead for " + names]
            var roles: [Int: Role] = [0: .warning]
            for (index, function) in functions.enumerated() {
                texts.append(block.missingLeads.contains(function) ? " none" : "")
                roles[index + 1] = .warning
            }
            return GridRow(texts: texts, roles: roles)
        }
    }

    static func measureName(_ block: RolesMatrix.Block, plan: Plan) -> String {
        guard let id = block.measureId else { return "Whole strategy" }
        return "\(id) \(plan.name(.measure, id))"
    }

    static func abbreviation(_ function: InstitutionFunction) -> String {
        switch function {
        case .policy: "Policy"
        case .regulation: "Regul."
        case .financing: "Fin."
        case .administration: "Deliv."
        case .monitoring: "Monit."
        }
    }
}

import PlanDomain
import PlanFormat

/// The action plan's budget, spread over each activity's days and summed by year, by responsible
/// institution or by funding source (`m`): a table with a bar for each line.
enum BudgetPanelView {
    @dynamicMemberLookup
    struct Model: PanelModel {
        let context: PanelContext
        let budget: BudgetBreakdown
        let grouping: BudgetGrouping

        init(_ state: AppState) {
            context = PanelContext(state)
            budget = state.budgetBreakdown
            grouping = BudgetGrouping(mode: state.list.mode)
        }
    }

    static func draw(_ frame: inout Frame, model: Model, area: Rect) {
        let plan = model.plan
        let budget = model.budget
        let grouping = model.grouping
        let currency = plan.meta.currency
        let figures = model.figures
        let total = Double(budget.total.total)
        var heading = "\(currency) \(figures.count(total)) in all, \(grouping.label)"
        if budget.total.undated > 0 { heading += "; \(figures.count(budget.total.undated)) without dates" }
        frame.canvas.put(heading, x: area.x + 1, y: area.y, role: .heading, maxWidth: area.width - 2)
        let hint = "m: year / institution / source"
        if area.width - DisplayWidth.of(heading) > DisplayWidth.of(hint) + 4 {
            frame.canvas.put(hint, x: area.maxX - DisplayWidth.of(hint) - 1, y: area.y, role: .muted)
        }
        typealias C = PanelTable.Column
        var lines: [(String, BudgetBreakdown.Line)]
        var columns: [C]
        switch grouping {
        case .year:
            lines = budget.years.map { year in
                (String(year), BudgetBreakdown.Line(key: String(year), byYear: [year: budget.total.byYear[year] ?? 0]))
            }
            if budget.total.undated > 0 { lines.append(("No dates", .init(key: "", undated: budget.total.undated))) }
            columns = [C(title: "Year", width: 8)]
        case .institution:
            lines = budget.byInstitution.map { line in
                (line.key.isEmpty ? "No institution" : plan.name(.stakeholder, line.key), line)
            }
            columns = [C(title: "Institution", width: 16, flexible: true)]
        case .source:
            lines = budget.bySource.map { line in (FinancingSource(rawValue: line.key)?.label ?? line.key, line) }
            columns = [C(title: "Funding source", width: 16, flexible: true)]
        }
        let perYear = grouping != .year
        if perYear { columns += budget.years.map { C(title: String($0), width: 8, right: true, priority: 3) } }
        // The total column is as wide as its largest exact figure, so totals are never abbreviated.
        let totalWidth = max(9, DisplayWidth.of(figures.count(total)))
        columns += [C(title: currency, width: totalWidth, right: true), C(title: "Share", width: 6, right: true),
                    C(title: "", width: 10, flexible: true, priority: 2)]
        let largest = Double(lines.map(\.1.total).max() ?? 0)
        var table = PanelTable(columns: columns, rows: [])
        let barColumn = columns.count - 1
        let barWidth = table.fitted(width: area.width - 2).first { $0.0 == barColumn }?.1 ?? 0
        table.rows = lines.map { name, line in
            var cells = [PanelTable.Cell(name)]
            if perYear { cells += budget.years.map { line.byYear[$0].map { PanelView.amount(Double($0), figures) } ?? .init("") } }
            let amount = Double(line.total)
            cells += [PanelView.amount(amount, figures), .init(total > 0 ? figures.percent(100 * amount / total) : ""),
                      .init(frame.canvas.glyphs.bar(largest > 0 ? amount / largest : 0, width: barWidth), .chartBar1)]
            return cells
        }
        table.draw(&frame, context: model.context, area: area.inset(top: 2))
    }
}

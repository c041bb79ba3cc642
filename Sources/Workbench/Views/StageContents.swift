import PlanDomain
import PlanReports

/// A stage's tabs as text, as the workbench shows them: each record tab's fields and each table tab's
/// rows with the columns that fit. `socle show` prints them through ``PlanSummary``.
public enum StageContents {
    /// The record and table tabs of `stage` that have something to show, `width` columns wide.
    public static func blocks(_ stage: Stage, plan: Plan, width: Int, numbers: NumberConvention) -> [SummaryBlock] {
        tabBlocks(stage, plan: plan, width: width, numbers: numbers) + ProcessSummary.blocks(stage, plan: plan, width: width, numbers: numbers)
    }

    private static func tabBlocks(_ stage: Stage, plan: Plan, width: Int, numbers: NumberConvention) -> [SummaryBlock] {
        Section.tabs(of: stage).compactMap { tab -> SummaryBlock? in
            switch tab {
            case .panel(let panel):
                let reports = panel.reports(plan: plan, numbers: numbers).filter { $0.empty == nil }
                guard let first = reports.first else { return nil }
                return .table(title: panel.title + " — " + first.title, count: first.rows.count,
                              lines: reports.enumerated().flatMap { index, report in
                                  (index == 0 ? [] : ["", report.title]) + report.lines(width: width)
                              })
            case .overview:
                return nil
            case .record(let form):
                let fields = form.spec.fields.map { field in
                    SummaryField(label: field.label, value: FieldListView.describe(field, subject: .plan(plan), plan: plan, numbers: numbers))
                }
                return .record(title: form.spec.title, fields: fields)
            case .table(let kind):
                let entities = plan.entities(kind)
                guard !entities.isEmpty else { return nil }
                return .table(title: kind.tabTitle, count: entities.count,
                              lines: table(kind, entities, plan: plan, width: width, numbers: numbers))
            }
        }
    }

    /// A table as aligned text lines, with the columns that fit.
    public static func table(_ kind: EntityKind, _ entities: [any PlanEntity], plan: Plan, width: Int,
                             numbers: NumberConvention) -> [String] {
        let columns = kind.columns
        let fitted = TableView.fit(columns, width: width)
        func line(_ cells: [String]) -> String {
            zip(fitted, cells).map { fit, text in
                DisplayWidth.pad(text.replacingNewlines, to: fit.1,
                                 alignment: columns[fit.0].alignment == .right ? .right : .left)
            }.joined(separator: "  ").trimmingTrailingSpaces
        }
        var lines = [line(fitted.map { columns[$0.0].title })]
        let abbreviated = fitted.map { columns[$0.0].abbreviates(entities, in: plan, numbers: numbers, width: $0.1) }
        for entity in entities {
            lines.append(line(fitted.enumerated().map { slot, fit in
                columns[fit.0].text(of: entity, in: plan, numbers: numbers, abbreviated: abbreviated[slot])
            }))
        }
        return lines
    }
}

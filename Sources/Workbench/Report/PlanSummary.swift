import PlanDomain

/// The plain-text summary `socle show` prints: the plan, then each stage with what is done and
/// missing, its records and its tables. Plan text is made safe for a terminal by the caller.
public enum PlanSummary {
    /// The summary with numbers in `numbers` (by default the plan's number format, else 1,234.5).
    public static func render(_ plan: Plan, stage: Stage? = nil, width: Int = 100, numbers: NumberConvention? = nil) -> String {
        let numbers = numbers ?? plan.meta.numberFormat ?? .commaPoint
        var out: [String] = []
        let meta = plan.meta
        out.append("\(meta.title)")
        out.append("\(meta.country.name) (\(meta.country.code)) · currency \(meta.currency) · base year \(meta.baseYear)"
            + " · horizon \(meta.firstYear)–\(meta.lastYear)")
        if !meta.authors.isEmpty { out.append("Authors: " + meta.authors.joined(separator: ", ")) }
        let findings = plan.validate(numbers: numbers)
        let counts = Severity.allCases.map { severity in findings.filter { $0.severity == severity }.count }
        out.append("Checks: \(counted(counts[0], "error")), \(counted(counts[1], "warning")), \(counted(counts[2], "hint"))"
            + " (socle check lists them)")
        for current in Stage.allCases where stage == nil || stage == current {
            out.append("")
            out += section(plan, current, width: width, numbers: numbers)
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func section(_ plan: Plan, _ stage: Stage, width: Int, numbers: NumberConvention) -> [String] {
        let progress = plan.progress(stage)
        var out = ["\(stage.rawValue) \(stage.title.uppercased()) — \(progress.done.count) of \(progress.items.count) done",
                   "  \(stage.guidingQuestion)"]
        for item in progress.missing { out.append("  missing: \(item.label)") }
        for tab in Section.tabs(of: stage) {
            switch tab {
            case .overview, .panel:
                continue
            case .record(let form):
                out.append("")
                out.append("  \(form.spec.title)")
                let spec = form.spec
                let labelWidth = spec.fields.map { DisplayWidth.of($0.label) }.max() ?? 10
                for field in spec.fields {
                    let value = FieldListView.describe(field, subject: .plan(plan), plan: plan, numbers: numbers)
                    guard !value.isEmpty else { continue }
                    out.append("    " + DisplayWidth.pad(field.label, to: labelWidth) + "  " + value)
                }
            case .table(let kind):
                let entities = plan.entities(kind)
                guard !entities.isEmpty else { continue }
                out.append("")
                out.append("  \(kind.tabTitle) (\(entities.count))")
                out += table(kind, entities, plan: plan, width: width - 4, numbers: numbers).map { "    " + $0 }
            }
        }
        return out
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

extension String {
    var trimmingTrailingSpaces: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}

import PlanDomain

/// The fields of one form and what the form edits.
///
/// Specs are built from code (``EntityKind/form``, ``RecordForm/spec``), never changed: two are the
/// same form when their titles and their fields' keys and labels are.
public struct FormSpec: Equatable {
    public let title: String
    public let fields: [FormField]

    public init(_ title: String, _ fields: [FormField]) {
        self.title = title
        self.fields = fields
    }

    public static func == (a: FormSpec, b: FormSpec) -> Bool {
        a.title == b.title && a.fields.map(\.key) == b.fields.map(\.key) && a.fields.map(\.label) == b.fields.map(\.label)
    }

    /// Findings about something a form does not edit directly, and the field that changes it:
    /// a scenario's cost follows from its measures; a measure's roles are led by its lead institution.
    static let findingFieldAliases: [String: String] = ["cost": "measures", "roles": "lead institution"]

    /// The field a finding's `Location.field` concerns, so its error shows under that field.
    public func fieldIndex(forFinding name: String?) -> Int? {
        guard let name else { return nil }
        let key = fields.contains { $0.key == name } ? name : Self.findingFieldAliases[name] ?? name
        return fields.firstIndex { $0.key == key }
    }
}

/// The forms of the plan's single-valued parts; their fields read and write the plan itself,
/// and confirming turns the difference into `.set` edits (`Plan.recordEdit(to:)`).
public enum RecordForm: String, CaseIterable, Sendable {
    case details, mandate, economy, vision, timetable

    public var stage: Stage {
        switch self {
        case .details, .mandate: .foundations
        case .economy: .stocktake
        case .vision: .strategy
        case .timetable: .actionPlan
        }
    }

    public var spec: FormSpec {
        typealias F = Fields<Plan>
        switch self {
        case .details:
            return FormSpec("Plan details", [
                F.text("Country", \.meta.country.name),
                F.text("ISO code", \.meta.country.code, help: "ISO 3166 code, e.g. CI"),
                F.text("Title", \.meta.title),
                F.text("Currency", \.meta.currency, help: "ISO 4217 code, e.g. XOF"),
                F.year("Base year", \.meta.baseYear),
                F.year("First year", \.meta.firstYear),
                F.year("Last year", \.meta.lastYear),
                F.text("Language", \.meta.language, help: "BCP 47 tag, e.g. fr"),
                F.choice("Number format", \.meta.numberFormat, help: "How numbers are written and typed; empty: each user's locale"),
                F.textList("Authors", \.meta.authors),
            ])
        case .mandate:
            return FormSpec("Mandate", [
                F.text("Authority", \.foundations.mandate.authority,
                       help: "Who mandated the work"),
                F.text("Instrument", \.foundations.mandate.instrument, help: "By which act"),
                F.date("Date", \.foundations.mandate.date),
                F.text("Summary", \.foundations.mandate.summary, multiline: true),
                F.reference("Lead ministry", \.foundations.leadMinistryId, to: .stakeholder),
            ])
        case .economy:
            return FormSpec("Economic inputs", [
                F.number("GDP (base year)", \.stocktake.economy.gdp.baseValue),
                F.number("GDP growth", \.stocktake.economy.gdp.growthPercent, unit: "% a year"),
                F.yearValues("GDP by year", \.stocktake.economy.gdp.yearly),
                F.number("Government expenditure", \.stocktake.economy.governmentExpenditure.baseValue),
                F.number("Expenditure growth", \.stocktake.economy.governmentExpenditure.growthPercent,
                         unit: "% a year"),
                F.yearValues("Expenditure by year", \.stocktake.economy.governmentExpenditure.yearly),
                F.number("Inflation", \.stocktake.economy.inflation.baseValue, unit: "% a year"),
                F.yearValues("Inflation by year", \.stocktake.economy.inflation.yearly),
                F.number("Poverty line", \.stocktake.economy.povertyLine.baseValue,
                         unit: "a year per person"),
                F.number("Poverty line growth", \.stocktake.economy.povertyLine.growthPercent,
                         unit: "% a year"),
                F.number("Minimum wage", \.stocktake.economy.minimumWage.baseValue, unit: "a year"),
                F.number("Minimum wage growth", \.stocktake.economy.minimumWage.growthPercent,
                         unit: "% a year"),
                F.percent("Fiscal-space ceiling (% of GDP)", \.stocktake.economy.fiscalSpaceCeilingPercentOfGDP,
                          key: "fiscal-space ceiling"),
                F.percent("Coverage threshold", \.stocktake.coverageThresholdPercent, key: "coverage threshold",
                          help: "Coverage below this share of a group is a gap"),
            ])
        case .vision:
            return FormSpec("Vision", [F.text("Vision", \.strategy.vision, multiline: true)])
        case .timetable:
            return FormSpec("Timetable", [
                F.date("Start date", \.actionPlan.startDate, key: "start date",
                       help: "Activities without a fixed start are scheduled from this day"),
            ])
        }
    }
}

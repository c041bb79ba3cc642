import PlanDomain

/// The fields of one form and what the form edits.
public struct FormSpec {
    public let title: String
    public let fields: [FormField]

    public init(_ title: String, _ fields: [FormField]) {
        self.title = title
        self.fields = fields
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
                F.text("Country", \.meta.country.name, key: "plan details"),
                F.text("ISO code", \.meta.country.code, key: "plan details", help: "ISO 3166 code, e.g. CI"),
                F.text("Title", \.meta.title, key: "plan details"),
                F.text("Currency", \.meta.currency, key: "plan details", help: "ISO 4217 code, e.g. XOF"),
                F.year("Base year", \.meta.baseYear, key: "plan details"),
                F.year("First year", \.meta.firstYear, key: "plan details"),
                F.year("Last year", \.meta.lastYear, key: "plan details"),
                F.text("Language", \.meta.language, key: "plan details", help: "BCP 47 tag, e.g. fr"),
                F.choice("Number format", \.meta.numberFormat, key: "plan details",
                         help: "How numbers are written and typed; empty: each user's locale"),
                F.textList("Authors", \.meta.authors, key: "plan details"),
            ])
        case .mandate:
            return FormSpec("Mandate", [
                F.text("Authority", \.foundations.mandate.authority, key: "mandate",
                       help: "Who mandated the work"),
                F.text("Instrument", \.foundations.mandate.instrument, key: "mandate", help: "By which act"),
                F.date("Date", \.foundations.mandate.date, key: "mandate"),
                F.text("Summary", \.foundations.mandate.summary, key: "mandate", multiline: true),
                F.reference("Lead ministry", \.foundations.leadMinistryId, to: .stakeholder),
            ])
        case .economy:
            return FormSpec("Economic inputs", [
                F.number("GDP (base year)", \.stocktake.economy.gdp.baseValue, key: "economy"),
                F.number("GDP growth", \.stocktake.economy.gdp.growthPercent, key: "economy", unit: "% a year"),
                F.yearValues("GDP by year", \.stocktake.economy.gdp.yearly, key: "economy"),
                F.number("Government expenditure", \.stocktake.economy.governmentExpenditure.baseValue, key: "economy"),
                F.number("Expenditure growth", \.stocktake.economy.governmentExpenditure.growthPercent,
                         key: "economy", unit: "% a year"),
                F.yearValues("Expenditure by year", \.stocktake.economy.governmentExpenditure.yearly, key: "economy"),
                F.number("Inflation", \.stocktake.economy.inflation.baseValue, key: "economy", unit: "% a year"),
                F.yearValues("Inflation by year", \.stocktake.economy.inflation.yearly, key: "economy"),
                F.number("Poverty line", \.stocktake.economy.povertyLine.baseValue, key: "economy",
                         unit: "a year per person"),
                F.number("Poverty line growth", \.stocktake.economy.povertyLine.growthPercent, key: "economy",
                         unit: "% a year"),
                F.number("Minimum wage", \.stocktake.economy.minimumWage.baseValue, key: "economy", unit: "a year"),
                F.number("Minimum wage growth", \.stocktake.economy.minimumWage.growthPercent, key: "economy",
                         unit: "% a year"),
                F.percent("Fiscal-space ceiling (% of GDP)", \.stocktake.economy.fiscalSpaceCeilingPercentOfGDP,
                          key: "economy"),
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

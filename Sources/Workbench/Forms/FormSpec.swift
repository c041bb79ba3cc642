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
        a.title == b.title && a.fields.map(\.id) == b.fields.map(\.id) && a.fields.map(\.label) == b.fields.map(\.label)
    }

    /// The field a finding's `Location.field` concerns, so its error shows under that field: the field
    /// itself, or for a value that follows from another field (a scenario's cost), that field.
    public func fieldIndex(forFinding field: FieldID?) -> Int? {
        guard let field else { return nil }
        return fields.firstIndex { $0.id == field }
            ?? fields.firstIndex { $0.id.owner == field.owner && $0.id.key == field.editedThrough }
    }
}

/// The forms of the plan's single-valued parts; their fields read and write the plan itself,
/// and confirming turns the difference into `.set` edits (`Plan.recordEdit(to:)`).
public typealias RecordForm = RecordKind

extension RecordKind {
    public var spec: FormSpec {
        switch self {
        case .details:
            typealias F = Fields<Plan, RecordKind.DetailsField>
            return FormSpec("Plan details", [
                F.text(.country, "Country", \.meta.country.name),
                F.text(.isoCode, "ISO code", \.meta.country.code, help: "ISO 3166 code, e.g. CI"),
                F.text(.title, "Title", \.meta.title),
                F.text(.currency, "Currency", \.meta.currency, help: "ISO 4217 code, e.g. XOF"),
                F.year(.baseYear, "Base year", \.meta.baseYear),
                F.year(.firstYear, "First year", \.meta.firstYear),
                F.year(.lastYear, "Last year", \.meta.lastYear),
                F.text(.language, "Language", \.meta.language, help: "BCP 47 tag, e.g. fr"),
                F.choice(.numberFormat, "Number format", \.meta.numberFormat,
                       help: "How numbers are written and typed; empty: each user's locale"),
                F.textList(.authors, "Authors", \.meta.authors),
            ])
        case .mandate:
            typealias F = Fields<Plan, RecordKind.MandateField>
            return FormSpec("Mandate", [
                F.text(.authority, "Authority", \.foundations.mandate.authority,
                       help: "Who mandated the work"),
                F.text(.instrument, "Instrument", \.foundations.mandate.instrument, help: "By which act"),
                F.date(.date, "Date", \.foundations.mandate.date),
                F.text(.summary, "Summary", \.foundations.mandate.summary, multiline: true),
                F.reference(.leadMinistry, "Lead ministry", \.foundations.leadMinistryId, to: .stakeholder),
                F.choices(.c102Parts, "C102 parts accepted", \.foundations.standards.c102Parts,
                          help: "Parts II (medical care) to X (survivors)"),
                F.year(.c102, "C102 ratified", \.foundations.standards.c102Year, help: "Year; empty: not ratified"),
                F.year(.c121, "C121 ratified", \.foundations.standards.c121Year, help: "Employment injury"),
                F.year(.c128, "C128 ratified", \.foundations.standards.c128Year,
                       help: "Invalidity, old age, survivors"),
                F.year(.c130, "C130 ratified", \.foundations.standards.c130Year, help: "Medical care, sickness"),
                F.year(.c168, "C168 ratified", \.foundations.standards.c168Year, help: "Unemployment"),
                F.year(.c183, "C183 ratified", \.foundations.standards.c183Year, help: "Maternity protection"),
                F.flag(.r202, "Builds on R202", \.foundations.standards.r202Recognised,
                       help: "Social protection floors"),
                F.flag(.r204, "Builds on R204", \.foundations.standards.r204Recognised,
                       help: "Transition to the formal economy"),
            ])
        case .economy:
            typealias F = Fields<Plan, RecordKind.EconomyField>
            return FormSpec("Economic inputs", [
                F.number(.gdpBaseYear, "GDP (base year)", \.stocktake.economy.gdp.baseValue),
                F.number(.gdpGrowth, "GDP growth", \.stocktake.economy.gdp.growthPercent, unit: "% a year"),
                F.yearValues(.gdpByYear, "GDP by year", \.stocktake.economy.gdp.yearly),
                F.number(.governmentExpenditure, "Government expenditure",
                         \.stocktake.economy.governmentExpenditure.baseValue),
                F.number(.expenditureGrowth, "Expenditure growth",
                         \.stocktake.economy.governmentExpenditure.growthPercent,
                         unit: "% a year"),
                F.yearValues(.expenditureByYear, "Expenditure by year",
                             \.stocktake.economy.governmentExpenditure.yearly),
                F.number(.inflation, "Inflation", \.stocktake.economy.inflation.baseValue, unit: "% a year"),
                F.yearValues(.inflationByYear, "Inflation by year", \.stocktake.economy.inflation.yearly),
                F.number(.povertyLine, "Poverty line", \.stocktake.economy.povertyLine.baseValue,
                         unit: "a year per person"),
                F.number(.povertyLineGrowth, "Poverty line growth", \.stocktake.economy.povertyLine.growthPercent,
                         unit: "% a year"),
                F.number(.minimumWage, "Minimum wage", \.stocktake.economy.minimumWage.baseValue, unit: "a year"),
                F.number(.minimumWageGrowth, "Minimum wage growth", \.stocktake.economy.minimumWage.growthPercent,
                         unit: "% a year"),
                F.percent(.fiscalSpaceCeiling, "Fiscal-space ceiling (% of GDP)",
                          \.stocktake.economy.fiscalSpaceCeilingPercentOfGDP),
                F.percent(.coverageThreshold, "Coverage threshold", \.stocktake.coverageThresholdPercent,
                          help: "Coverage below this share of a group is a gap"),
            ])
        case .vision:
            typealias F = Fields<Plan, RecordKind.VisionField>
            return FormSpec("Vision", [F.text(.vision, "Vision", \.strategy.vision, multiline: true)])
        case .document:
            typealias F = Fields<Plan, RecordKind.DocumentField>
            return FormSpec("Strategy document", [
                F.text(.version, "Version", \.documentVersion, help: "The version the title page shows, e.g. Draft 2 or 1.0"),
            ] + RecordKind.DocumentField.allCases.compactMap { field in
                field.section.map { section in
                    F.text(field, section.label, \.[narrative: section], multiline: true, help: section.prompt)
                }
            })
        case .timetable:
            typealias F = Fields<Plan, RecordKind.TimetableField>
            return FormSpec("Timetable", [
                F.date(.startDate, "Start date", \.actionPlan.startDate,
                       help: "Activities without a fixed start are scheduled from this day"),
            ])
        }
    }
}

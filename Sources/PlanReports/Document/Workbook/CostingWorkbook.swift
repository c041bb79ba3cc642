import Foundation
import PlanDomain

/// The costing workbook, laid out as Rapid Assessment Protocol users know it: the assumptions on
/// one sheet, one sheet per scenario whose every figure is a live formula on the assumptions
/// (beneficiaries = eligible population x take-up, benefits, administration, total, % of GDP, % of
/// government expenditure), then the action plan, its budget by year and source, and the results
/// framework. Recalculated, the scenario sheets give the figures of `socle cost --json`.
public struct CostingWorkbook {
    let plan: Plan
    let model: CostModel
    /// The workbook's labels, from the document's vocabulary table. The sheet names stay English so
    /// formulas and scripts find them.
    let w: DocumentWords
    static let assumptionsSheet = "Assumptions"

    public init(plan: Plan) {
        self.plan = plan
        model = CostModel(plan: plan)
        w = DocumentWords(language: plan.meta.language)
    }

    /// Where each measure's inputs sit on the assumptions sheet.
    struct MeasureRows {
        var eligible: Int, takeUp: Int, benefit: Int, rate: Int, basis: AdministrativeBasis
        var shares: [(FinancingSource, Int)]
        /// A contributory measure's contribution side; its financing follows from it, not from shares.
        var contribution: ContributionRows?
    }

    /// Where a contributory measure's insurable earnings (a series) and its three contribution
    /// rates (percent of insurable earnings) sit on the assumptions sheet.
    struct ContributionRows {
        var earnings: Int, employer: Int, worker: Int, state: Int
    }

    /// The assumptions sheet covers the base year too, where an indexed benefit starts.
    var assumptionYears: [Int] {
        guard let years = plan.meta.years else { return [] }
        return Array(min(plan.meta.baseYear, years.lowerBound)...years.upperBound)
    }

    func assumptionColumn(_ year: Int) -> Int { 3 + year - (assumptionYears.first ?? year) }

    public func data() throws -> Data {
        var assumptions = SheetWriter(name: Self.assumptionsSheet)
        let (economyRows, measureRows) = writeAssumptions(&assumptions)
        var sheets = [assumptions]
        var usedNames: Set<String> = [Self.assumptionsSheet]
        for scenario in plan.costScenarios {
            let name = Self.sheetName(scenario.name, used: &usedNames)
            sheets.append(scenarioSheet(scenario, name: name, economy: economyRows, measures: measureRows))
        }
        for extra in [actionPlanSheet(), budgetSheet(), resultsSheet()] {
            var sheet = extra
            sheet = SheetWriter(renaming: sheet, to: Self.sheetName(sheet.name, used: &usedNames))
            sheets.append(sheet)
        }
        return try WorkbookPackage(sheets: sheets, title: plan.meta.title).data()
    }

    /// A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ], unique.
    static func sheetName(_ wanted: String, used: inout Set<String>) -> String {
        var base = String(wanted.map { ":\\/?*[]".contains($0) ? "-" : $0 }.prefix(31))
            .trimmingCharacters(in: CharacterSet(charactersIn: "' "))
        if base.isEmpty { base = "Sheet" }
        var name = base, counter = 2
        while used.contains(name.lowercased()) || used.contains(name) {
            let suffix = " (\(counter))"
            name = String(base.prefix(31 - suffix.count)) + suffix
            counter += 1
        }
        used.insert(name)
        used.insert(name.lowercased())
        return name
    }

    // MARK: Assumptions

    struct EconomyRows { var gdp: Int, spending: Int, inflation: Int, povertyLine: Int, minimumWage: Int }

    private func writeAssumptions(_ sheet: inout SheetWriter) -> (EconomyRows, [EntityID: MeasureRows]) {
        let years = assumptionYears
        sheet.text(1, 1, "\(plan.meta.country.name): \(plan.meta.title)", .title)
        sheet.text(2, 1, w("Assumptions of the costing. Change a figure in a blue cell: the scenario sheets follow. Amounts in %@, nominal.", plan.meta.currency))
        sheet.yearHeader(w("Assumption"), unit: w("Unit"), years: years, column: assumptionColumn, yearWidth: 15)

        var row = 5
        sheet.text(row, 1, w("Economy"), .bold)
        row += 1
        let economy = EconomyRows(gdp: row, spending: row + 1, inflation: row + 2, povertyLine: row + 3, minimumWage: row + 4)
        let base = plan.meta.baseYear, economyInputs = plan.stocktake.economy
        series(&sheet, row: economy.gdp, "GDP", plan.meta.currency, years.map { model.gdp(in: $0) })
        series(&sheet, row: economy.spending, "Government expenditure", plan.meta.currency,
               years.map { model.governmentExpenditure(in: $0) })
        series(&sheet, row: economy.inflation, w("Inflation"), w("%"), years.map { model.inflationPercent(in: $0) }, .inputDecimal)
        series(&sheet, row: economy.povertyLine, "Poverty line (a year, per person)", plan.meta.currency,
               years.map { economyInputs.povertyLine.value(in: $0, baseYear: base) }, .inputDecimal)
        series(&sheet, row: economy.minimumWage, "Minimum wage (a year)", plan.meta.currency,
               years.map { economyInputs.minimumWage.value(in: $0, baseYear: base) }, .inputDecimal)
        row += 6

        var measures: [EntityID: MeasureRows] = [:]
        for measure in plan.strategy.measures where model.problem(with: measure) == nil {
            sheet.text(row, 1, measure.name, .bold)
            sheet.text(row, 2, measure.id)
            row += 1
            let shareRow: Int? = [.shareOfPovertyLine, .shareOfMinimumWage].contains(measure.benefit.indexation) ? row + 4 : nil
            var rows = MeasureRows(eligible: row, takeUp: row + 1, benefit: row + 2, rate: row + 3,
                                   basis: measure.administrativeBasis, shares: [])
            series(&sheet, row: rows.eligible, w("Eligible population"), w("persons"),
                   years.map { model.eligiblePopulation(measure, in: $0) ?? 0 })
            series(&sheet, row: rows.takeUp, w("Take-up"), w("% of eligible"), years.map { model.takeUpPercent(measure, in: $0) },
                   .inputDecimal)
            benefitRow(&sheet, row: rows.benefit, measure: measure, economy: economy, shareRow: shareRow)
            sheet.text(rows.rate, 1, w("Administrative rate (%@)", measure.administrativeBasis.label.lowercased()))
            sheet.text(rows.rate, 2, w("%"))
            sheet.number(rows.rate, 3, measure.administrativeRatePercent, .inputDecimal)
            row += 4
            if let shareRow {
                let reference = measure.benefit.indexation == .shareOfPovertyLine ? "the poverty line" : "the minimum wage"
                sheet.text(shareRow, 1, w("Benefit as a share of %@", w(reference)))
                sheet.text(shareRow, 2, w("%"))
                sheet.number(shareRow, 3, measure.benefit.referenceSharePercent, .inputDecimal)
                row += 1
            }
            if years.contains(where: { model.contributions(of: measure, in: $0) != nil }) {
                rows.contribution = contributionRows(&sheet, row: &row, measure: measure, years: years)
            } else {
                shareRows(&sheet, row: &row, measure: measure, rows: &rows)
            }
            measures[measure.id] = rows
            row += 1
        }
        return (economy, measures)
    }

    /// A contributory measure's insurable earnings year by year and its contribution rates.
    private func contributionRows(_ sheet: inout SheetWriter, row: inout Int, measure: Measure, years: [Int]) -> ContributionRows {
        let terms = measure.contribution
        let rows = ContributionRows(earnings: row, employer: row + 1, worker: row + 2, state: row + 3)
        series(&sheet, row: rows.earnings, w("Insurable earnings"), plan.meta.currency,
               years.map { model.contributions(of: measure, in: $0)?.insurableEarnings ?? 0 })
        for (line, label, rate) in [(rows.employer, "Employers' contribution rate", terms.employerRatePercent),
                                    (rows.worker, "Workers' contribution rate", terms.workerRatePercent),
                                    (rows.state, "State contribution rate", terms.stateRatePercent)] {
            sheet.text(line, 1, w(label))
            sheet.text(line, 2, w("% of insurable earnings"))
            sheet.number(line, 3, rate, .inputDecimal)
        }
        row += 4
        return rows
    }

    /// A tax-financed measure's financing shares, one row per source it uses.
    private func shareRows(_ sheet: inout SheetWriter, row: inout Int, measure: Measure, rows: inout MeasureRows) {
        for source in FinancingSource.allCases where measure.financing.share(of: source) != 0 {
            sheet.text(row, 1, w("Financed by %@", source.label.lowercased()))
            sheet.text(row, 2, w("% of total"))
            sheet.number(row, 3, measure.financing.share(of: source), .inputDecimal)
            rows.shares.append((source, row))
            row += 1
        }
    }

    private func series(_ sheet: inout SheetWriter, row: Int, _ label: String, _ unit: String, _ values: [Double],
                        _ style: SheetWriter.Style = .input) {
        sheet.text(row, 1, label)
        sheet.text(row, 2, unit)
        for (index, value) in values.enumerated() { sheet.number(row, 3 + index, value, style) }
    }

    /// The benefit per beneficiary as a formula: indexed to inflation, on the previous year and the
    /// year's inflation from the base-year amount; a share of the poverty line or the minimum wage,
    /// on that share and the reference's row; fixed, the base-year amount.
    private func benefitRow(_ sheet: inout SheetWriter, row: Int, measure: Measure, economy: EconomyRows, shareRow: Int?) {
        let inflationRow = economy.inflation
        let years = assumptionYears
        sheet.text(row, 1, w("Annual benefit per beneficiary (%@)", measure.benefit.indexation.label.lowercased()))
        sheet.text(row, 2, plan.meta.currency)
        let base = plan.meta.baseYear
        for year in years {
            let column = assumptionColumn(year), value = model.annualBenefit(measure, in: year)
            switch measure.benefit.indexation {
            case .inflation where year > base:
                sheet.formula(row, column, "\(SheetWriter.ref(row, column - 1))*(1+\(SheetWriter.ref(inflationRow, column))/100)",
                              cached: value, .decimal)
            case .inflation where year < base:
                sheet.formula(row, column, "\(SheetWriter.ref(row, column + 1))/(1+\(SheetWriter.ref(inflationRow, column + 1))/100)",
                              cached: value, .decimal)
            case .shareOfPovertyLine, .shareOfMinimumWage:
                let reference = measure.benefit.indexation == .shareOfPovertyLine ? economy.povertyLine : economy.minimumWage
                sheet.formula(row, column, "$C$\(shareRow ?? row)/100*\(SheetWriter.ref(reference, column))", cached: value, .decimal)
            case .fixed where year != base:
                sheet.formula(row, column, "\(SheetWriter.ref(row, assumptionColumn(base)))", cached: value, .decimal)
            default:
                sheet.number(row, column, value, .inputDecimal)
            }
        }
    }
}

import PlanDomain

extension CostingWorkbook {
    /// One scenario: for each measure, beneficiaries, benefits, administration and total as
    /// formulas on the assumptions; then the package's totals, its shares of GDP and of government
    /// expenditure, and its financing by source.
    func scenarioSheet(_ scenario: Scenario, name: String, economy: EconomyRows, measures: [EntityID: MeasureRows]) -> SheetWriter {
        var sheet = SheetWriter(name: name)
        let years = model.years
        let cost = plan.costs(scenario: scenario)
        let a = Self.assumptionsSheet
        let column: (Int) -> Int = { 3 + $0 - (years.first ?? $0) }
        sheet.text(1, 1, w("Scenario: %@", scenario.name), .title)
        sheet.text(2, 1, scenario.description.isEmpty ? "Every figure is a formula on the Assumptions sheet."
                    : scenario.description + " Every figure is a formula on the Assumptions sheet.")
        sheet.yearHeader(w("Line"), unit: w("Unit"), years: years, column: column, yearWidth: 16)

        var row = 5
        var totals: [ScenarioRows] = []
        var seen: Set<EntityID> = []
        for id in scenario.measureIds where seen.insert(id).inserted {
            guard let measure = plan.entity(Measure.self, id: id) else { continue }
            guard let input = measures[id], let costed = cost.measures.first(where: { $0.id == id }) else {
                sheet.text(row, 1, "\(measure.name): not costed (\(model.problem(with: measure)?.description ?? "no figures"))")
                row += 2
                continue
            }
            sheet.text(row, 1, measure.name, .bold)
            let contributory = input.contribution != nil
            let lines = (beneficiaries: row + 1, benefits: row + 2, contributions: contributory ? row + 3 : 0,
                         administration: row + (contributory ? 4 : 3), total: row + (contributory ? 5 : 4))
            sheet.text(lines.beneficiaries, 1, w("Beneficiaries = eligible population x take-up"))
            sheet.text(lines.beneficiaries, 2, w("persons"))
            sheet.text(lines.benefits, 1, w("Benefits = beneficiaries x annual benefit"))
            if contributory {
                sheet.text(lines.contributions, 1, w("Contributions = insurable earnings x (employers' + workers' + state rates)"))
            }
            sheet.text(lines.administration, 1, w("Administration"))
            sheet.text(lines.total, 1, w("Total = benefits + administration"))
            for label in [lines.benefits, lines.contributions, lines.administration, lines.total] where label > 0 {
                sheet.text(label, 2, plan.meta.currency)
            }
            let rate = SheetWriter.ref(sheet: a, input.rate, 3)
            for year in years {
                let c = column(year), ac = assumptionColumn(year)
                let figures = costed.year(year)
                sheet.formula(lines.beneficiaries, c,
                              "\(SheetWriter.ref(sheet: a, input.eligible, ac))*\(SheetWriter.ref(sheet: a, input.takeUp, ac))/100",
                              cached: figures?.beneficiaries ?? 0)
                sheet.formula(lines.benefits, c, "\(SheetWriter.ref(lines.beneficiaries, c))*\(SheetWriter.ref(sheet: a, input.benefit, ac))",
                              cached: figures?.benefits ?? 0)
                if let terms = input.contribution {
                    let rates = [terms.employer, terms.worker, terms.state].map { SheetWriter.ref(sheet: a, $0, 3) }
                    sheet.formula(lines.contributions, c,
                                  "\(SheetWriter.ref(sheet: a, terms.earnings, ac))*(\(rates.joined(separator: "+")))/100",
                                  cached: figures?.contributions?.total ?? 0)
                }
                let benefits = SheetWriter.ref(lines.benefits, c)
                let administration = switch input.basis {
                case .grossSpending: "\(benefits)*\(rate)/(100-\(rate))"
                case .contributions: contributory ? "\(SheetWriter.ref(lines.contributions, c))*\(rate)/100" : "0"
                case .benefits: "\(benefits)*\(rate)/100"
                }
                sheet.formula(lines.administration, c, administration, cached: figures?.administration ?? 0)
                sheet.formula(lines.total, c, "\(benefits)+\(SheetWriter.ref(lines.administration, c))",
                              cached: figures?.total ?? 0, .boldWhole)
            }
            totals.append(ScenarioRows(lines.benefits, lines.administration, lines.total, lines.beneficiaries, lines.contributions, input))
            row = lines.total + 2
        }

        sheet.text(row, 1, w("Package: %@", scenario.name), .bold)
        let package = (beneficiaries: row + 1, benefits: row + 2, administration: row + 3, total: row + 4, gdp: row + 5,
                       spending: row + 6)
        sheet.text(package.beneficiaries, 1, w("Beneficiaries (benefit receipts)"))
        sheet.text(package.beneficiaries, 2, w("persons"))
        sheet.text(package.benefits, 1, w("Benefits"))
        sheet.text(package.administration, 1, w("Administration"))
        sheet.text(package.total, 1, w("Total cost"), .bold)
        sheet.text(package.gdp, 1, w("% of GDP"), .bold)
        sheet.text(package.spending, 1, w("% of government expenditure"), .bold)
        for label in [package.benefits, package.administration, package.total] { sheet.text(label, 2, plan.meta.currency) }
        sheet.text(package.gdp, 2, w("%"))
        sheet.text(package.spending, 2, w("%"))
        func sum(_ rows: [Int], _ c: Int) -> String {
            rows.isEmpty ? "0" : rows.map { SheetWriter.ref($0, c) }.joined(separator: "+")
        }
        for year in years {
            let c = column(year), ac = assumptionColumn(year)
            let figures = cost.year(year)
            sheet.formula(package.beneficiaries, c, sum(totals.map(\.beneficiaries), c), cached: figures?.beneficiaries)
            sheet.formula(package.benefits, c, sum(totals.map(\.benefits), c), cached: figures?.benefits)
            sheet.formula(package.administration, c, sum(totals.map(\.administration), c), cached: figures?.administration)
            sheet.formula(package.total, c, sum(totals.map(\.total), c), cached: figures?.total, .boldWhole)
            let gdp = SheetWriter.ref(sheet: a, economy.gdp, ac), spending = SheetWriter.ref(sheet: a, economy.spending, ac)
            sheet.formula(package.gdp, c, "IF(\(gdp)>0,\(SheetWriter.ref(package.total, c))/\(gdp)*100,\"\")",
                          cached: figures?.percentOfGDP, .boldDecimal)
            sheet.formula(package.spending, c, "IF(\(spending)>0,\(SheetWriter.ref(package.total, c))/\(spending)*100,\"\")",
                          cached: figures?.percentOfGovernmentExpenditure, .boldDecimal)
        }
        row = package.spending + 2
        sheet.text(row, 1, w("Financing by source"), .bold)
        row += 1
        for source in FinancingSource.allCases where cost.sources.contains(source) {
            sheet.text(row, 1, source.label)
            sheet.text(row, 2, plan.meta.currency)
            for year in years {
                let c = column(year)
                let parts = totals.compactMap { financing(of: $0, by: source, year: year, column: c) }
                sheet.formula(row, c, parts.isEmpty ? "0" : parts.joined(separator: "+"), cached: cost.year(year)?.financing[source] ?? 0)
            }
            row += 1
        }
        return sheet
    }

    /// Every activity, with dates as dates and budgets as numbers.
    func actionPlanSheet() -> SheetWriter {
        var sheet = SheetWriter(name: "Action plan")
        let schedule = plan.schedule()
        let headers = ["Id", "Activity", "Measure", "Responsible", "Partners", "Start", "End", "Float (days)", "Critical",
                       "Budget (\(plan.meta.currency))", "Source", "Status", "Progress %"]
        for (index, header) in headers.enumerated() { sheet.text(1, index + 1, header, .header) }
        for (index, width) in [9.0, 50, 30, 14, 20, 12, 12, 10, 9, 16, 20, 14, 11].enumerated() { sheet.width(index + 1, width) }
        sheet.freeze(rows: 1, columns: 2)
        for (index, activity) in plan.actionPlan.activities.enumerated() {
            let row = index + 2
            let scheduled = schedule[activity.id]
            let institution: (EntityID) -> String = { id in
                plan.entity(Stakeholder.self, id: id).map { $0.acronym.isEmpty ? $0.name : $0.acronym } ?? id
            }
            sheet.text(row, 1, activity.id)
            sheet.text(row, 2, activity.name)
            sheet.text(row, 3, activity.measureId.map { plan.name(.measure, $0) } ?? "")
            sheet.text(row, 4, activity.responsibleId.map(institution) ?? "")
            sheet.text(row, 5, activity.partnerIds.map(institution).joined(separator: ", "))
            sheet.date(row, 6, scheduled?.earlyStart)
            sheet.date(row, 7, scheduled?.earlyFinish)
            if let scheduled { sheet.number(row, 8, Double(scheduled.totalFloat)) }
            sheet.text(row, 9, scheduled?.critical == true ? "yes" : "")
            sheet.number(row, 10, activity.budget)
            sheet.text(row, 11, activity.fundingSource.label)
            sheet.text(row, 12, activity.status.label)
            sheet.number(row, 13, activity.progressPercent, .decimal)
        }
        return sheet
    }

    /// The action plan's budget by year and funding source.
    func budgetSheet() -> SheetWriter {
        var sheet = SheetWriter(name: "Budget by year")
        let budget = plan.budgetBreakdown(plan.schedule())
        sheet.text(1, 1, w("Source"), .header)
        for (index, year) in budget.years.enumerated() { sheet.number(1, index + 2, Double(year), .header) }
        let totalColumn = budget.years.count + 2
        sheet.text(1, totalColumn, w("Total"), .header)
        sheet.width(1, 30)
        for index in 0...budget.years.count { sheet.width(index + 2, 16) }
        for (index, line) in budget.bySource.enumerated() {
            let row = index + 2
            sheet.text(row, 1, FinancingSource(rawValue: line.key)?.label ?? line.key)
            for (yearIndex, year) in budget.years.enumerated() { sheet.number(row, yearIndex + 2, Double(line.byYear[year] ?? 0)) }
            sheet.formula(row, totalColumn, "SUM(\(SheetWriter.ref(row, 2)):\(SheetWriter.ref(row, totalColumn - 1)))",
                          cached: Double(line.total - line.undated), .boldWhole)
        }
        let totalRow = budget.bySource.count + 2
        sheet.text(totalRow, 1, w("Total"), .bold)
        for column in 2...totalColumn where !budget.bySource.isEmpty {
            let cached = column == totalColumn ? Double(budget.total.total - budget.total.undated)
                : Double(budget.total.byYear[budget.years[column - 2]] ?? 0)
            sheet.formula(totalRow, column, "SUM(\(SheetWriter.ref(2, column)):\(SheetWriter.ref(totalRow - 1, column)))",
                          cached: cached, .boldWhole)
        }
        return sheet
    }

    /// The results framework: one row per indicator, baseline and targets by year as numbers.
    func resultsSheet() -> SheetWriter {
        var sheet = SheetWriter(name: "Results framework")
        let indicators = plan.monitoring.indicators
        let years = Array(Set(indicators.flatMap { $0.targets.map(\.year) })).sorted()
        let headers = ["Outcome", "Indicator", "Unit", "Baseline", "Baseline year"] + years.map(String.init)
            + ["Source", "Frequency", "Who reports"]
        for (index, header) in headers.enumerated() { sheet.text(1, index + 1, header, .header) }
        sheet.width(1, 40)
        sheet.width(2, 44)
        sheet.freeze(rows: 1, columns: 2)
        for (index, indicator) in indicators.enumerated() {
            let row = index + 2
            sheet.text(row, 1, plan.entity(Outcome.self, id: indicator.outcomeId)?.statement ?? "")
            sheet.text(row, 2, indicator.name)
            sheet.text(row, 3, indicator.unit)
            if let baseline = indicator.baseline { sheet.number(row, 4, baseline, .decimal) }
            if let year = indicator.baselineYear { sheet.number(row, 5, Double(year), .plain) }
            for (yearIndex, year) in years.enumerated() {
                if let target = indicator.targets.first(where: { $0.year == year }) { sheet.number(row, 6 + yearIndex, target.value, .decimal) }
            }
            let after = 6 + years.count
            sheet.text(row, after, indicator.source)
            sheet.text(row, after + 1, indicator.frequency.label)
            sheet.text(row, after + 2, indicator.responsibleId.map { plan.name(.stakeholder, $0) } ?? "")
        }
        return sheet
    }

    /// A measure's lines on a scenario sheet.
    struct ScenarioRows {
        var benefits: Int, administration: Int, total: Int, beneficiaries: Int
        /// The contributions line of a contributory measure, 0 otherwise.
        var contributions: Int
        var rows: MeasureRows

        init(_ benefits: Int, _ administration: Int, _ total: Int, _ beneficiaries: Int, _ contributions: Int, _ rows: MeasureRows) {
            (self.benefits, self.administration, self.total, self.beneficiaries) = (benefits, administration, total, beneficiaries)
            (self.contributions, self.rows) = (contributions, rows)
        }
    }

    /// What `source` pays of a measure's total in column `c`, as a formula; nil when it pays nothing.
    /// (`c` is `year`'s column on the scenario sheet.) A tax-financed measure: its share of the total. A contributory one, as `CostModel` does:
    /// employers and workers pay their contributions (scaled down to the cost when contributions
    /// exceed it, the surplus going to reserves); general revenue pays the state's contribution and
    /// any deficit.
    func financing(of entry: ScenarioRows, by source: FinancingSource, year: Int, column c: Int) -> String? {
        let a = Self.assumptionsSheet
        let total = SheetWriter.ref(entry.total, c)
        guard let terms = entry.rows.contribution else {
            return entry.rows.shares.first { $0.0 == source }.map { "\(total)*\(SheetWriter.ref(sheet: a, $0.1, 3))/100" }
        }
        let all = SheetWriter.ref(entry.contributions, c)
        let earnings = SheetWriter.ref(sheet: a, terms.earnings, assumptionColumn(year))
        func paid(_ rate: Int) -> String { "\(earnings)*\(SheetWriter.ref(sheet: a, rate, 3))/100" }
        switch source {
        case .employerContributions: return "IF(\(all)>\(total),\(paid(terms.employer))*\(total)/\(all),\(paid(terms.employer)))"
        case .insuredContributions: return "IF(\(all)>\(total),\(paid(terms.worker))*\(total)/\(all),\(paid(terms.worker)))"
        case .generalRevenue:
            return "IF(\(all)>\(total),\(paid(terms.state))*\(total)/\(all),\(paid(terms.state))+\(total)-\(all))"
        default: return nil
        }
    }
}

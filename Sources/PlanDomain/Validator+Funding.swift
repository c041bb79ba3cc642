extension Validator {
    /// The pledge register, the budget appropriations, and the timetable for commitment they make
    /// with the costed plan. `schedule` is the action plan's (nil without activities).
    mutating func checkFunding(schedule: Schedule?) {
        let years = plan.meta.years
        for pledge in plan.actionPlan.pledges { checkPledge(pledge, horizon: years) }
        for appropriation in plan.actionPlan.appropriations {
            let id = appropriation.id
            reference(appropriation.measureId, .measure, from: Location(id, Appropriation.Field.measure))
            if !(appropriation.amount > 0) {
                add(.warning, .appropriationAmount, Location(id, Appropriation.Field.amount),
                    "Budget appropriation \(id) (\(appropriation.source.label), \(appropriation.year)) has no amount.")
            }
            if let years, !years.contains(appropriation.year) {
                add(.warning, .appropriationYear, Location(id, Appropriation.Field.year),
                    "Budget appropriation \(id) is for \(appropriation.year), outside the plan's horizon"
                        + " \(plan.meta.firstYear)-\(plan.meta.lastYear); it is not counted.")
            }
        }
        let scenarios = plan.strategy.scenarios
        let financed = scenarios.filter(\.financed)
        if financed.isEmpty && scenarios.count > 1 {
            add(.hint, .fundingScenario, Location(scenarios[0].id, Scenario.Field.financed),
                "The plan has \(scenarios.count) scenarios and none is marked as financed by the action plan,"
                    + " so the funding gap is worked out for the first, \(name(scenarios[0])). Mark the one adopted.")
        } else if financed.count > 1 {
            add(.warning, .fundingScenario, Location(financed[1].id, Scenario.Field.financed),
                "\(financed.count) scenarios are marked as financed; the funding gap is worked out for the first,"
                    + " \(name(financed[0])). Mark only the one adopted.")
        }
        // The budget by year worked out alongside, when it is there by now (not waited for).
        let timetable = plan.fundingTimetable(schedule: schedule, budgetByYear: sharedBudget?.known?.total.byYear)
        let here = Location(stage: .actionPlan, kind: .appropriation)
        for year in timetable.years where year.lacksCommitment {
            add(.warning, .commitmentYear, here,
                "\(year.year): the plan costs \(money(year.cost)) and no budget appropriation or financial pledge"
                    + " is recorded for it.")
        }
        let short = timetable.yearsWithGap.filter { !$0.lacksCommitment }
        if let worst = short.max(by: { $0.gap < $1.gap }) {
            let list = short.map { String($0.year) }.joined(separator: ", ")
            add(.warning, .fundingGap, here,
                "The costed plan is not fully funded in \(list): the largest gap is \(money(worst.gap)) in \(worst.year)"
                    + " (\(money(worst.cost)) needed, \(money(worst.ownRevenue + worst.committed)) from contributions,"
                    + " appropriations and pledges).")
        }
    }

    private mutating func checkPledge(_ pledge: Pledge, horizon: ClosedRange<Int>?) {
        let id = pledge.id
        reference(pledge.partnerId, .stakeholder, from: Location(id, Pledge.Field.partner))
        reference(pledge.measureId, .measure, from: Location(id, Pledge.Field.measure))
        reference(pledge.activityId, .activity, from: Location(id, Pledge.Field.activity))
        let partner = pledge.partnerId.map { nameOf(.stakeholder, $0) }
        let what = "Pledge \(id)" + (partner.map { " of \($0)" } ?? "")
        if pledge.partnerId == nil {
            add(.warning, .pledgePartner, Location(id, Pledge.Field.partner), "Pledge \(id) names no partner.")
        }
        switch pledge.kind {
        case .financial where !(pledge.amount > 0):
            add(.warning, .pledgeAmount, Location(id, Pledge.Field.amount), "\(what) is financial but has no amount.")
        case .technical where !(pledge.personDays > 0):
            add(.warning, .pledgeAmount, Location(id, Pledge.Field.personDays),
                "\(what) is technical but has no person-days.")
        default: break
        }
        if let years = pledge.years {
            if let horizon, !horizon.overlaps(years) {
                add(.warning, .pledgeYears, Location(id, Pledge.Field.years),
                    "\(what) covers \(years.lowerBound)-\(years.upperBound), outside the plan's horizon"
                        + " \(horizon.lowerBound)-\(horizon.upperBound).")
            }
        } else {
            add(.warning, .pledgeYears, Location(id, Pledge.Field.years),
                pledge.firstYear == nil || pledge.lastYear == nil
                    ? "\(what) says no years: give the first and last year it covers."
                    : "\(what) ends (\(pledge.lastYear!)) before it starts (\(pledge.firstYear!)).")
        }
        if pledge.kind == .financial, pledge.currency(in: plan) != plan.meta.currency,
           !(pledge.exchangeRate.map { $0 > 0 } ?? false) {
            add(.warning, .pledgeRate, Location(id, Pledge.Field.exchangeRate),
                "\(what) is in \(pledge.currency) with no exchange rate to \(plan.meta.currency), so the funding gap"
                    + " leaves it out.")
        }
    }

    /// An amount of the plan's currency, whole: "XKB 1,250,000".
    func money(_ value: Double) -> String { "\(plan.meta.currency) \(numbers.whole(value))" }
}

import PlanDomain

extension DocumentBuilder {
    /// Annex A: the assumptions of the costing.
    func assumptionsAnnex(_ numbering: inout Numbering) -> DocChapter? {
        let model = CostModel(plan: plan)
        var blocks: [DocBlock] = []
        let years = model.years
        if !years.isEmpty {
            let rows = years.map { year in
                [String(year), n.millions(model.gdp(in: year)), n.millions(model.governmentExpenditure(in: year)),
                 n.share(model.inflationPercent(in: year))]
            }
            blocks.append(table(&numbering, w("Economic assumptions by year"),
                [DocColumn(w("Year"), numeric: true), DocColumn(w("GDP, million %@", n.currency), numeric: true),
                 DocColumn(w("Government expenditure, million %@", n.currency), numeric: true),
                 DocColumn(w("Inflation"), numeric: true)], rows))
        }
        let groups = plan.stocktake.groups.map { group in
            [group.name, group.sex.label, n.whole(group.size), n.year(group.year ?? plan.meta.baseYear),
             n.share(group.growthPercent), group.source]
        }
        if !groups.isEmpty {
            blocks.append(table(&numbering, w("Population groups"),
                [DocColumn(w("Group")), DocColumn(w("Sex")), DocColumn(w("Persons"), numeric: true), DocColumn(w("Year"), numeric: true),
                 DocColumn(w("Growth a year"), numeric: true), DocColumn(w("Source"))], groups))
        }
        let measures = plan.strategy.measures.map { measure in
            [measure.name, name(.group, measure.targetGroupId), n.share(measure.eligibleSharePercent),
             "\(n.share(measure.takeUp.startPercent)) → \(n.share(measure.takeUp.targetPercent))",
             n.money(model.startYear(of: measure).map { model.annualBenefit(measure, in: $0) } ?? measure.benefit.annualAmount),
             n.share(measure.administrativeRatePercent)]
        }
        if !measures.isEmpty {
            blocks.append(table(&numbering, w("Parameters of the measures"),
                [DocColumn(w("Measure")), DocColumn(w("Target group")), DocColumn(w("Eligible"), numeric: true),
                 DocColumn(w("Take-up"), numeric: true), DocColumn(w("Benefit in the first year, %@", n.currency), numeric: true),
                 DocColumn(w("Administration"), numeric: true)], measures,
                note: w("The costing workbook (XLSX) holds every assumption year by year, with live formulas.")))
        }
        guard !blocks.isEmpty else { return nil }
        return chapter(numbering, w[.annexAssumptions], annex: true, [opening(numbering, blocks)])
    }

    /// Annex B: every field of each scheme.
    func schemesAnnex(_ numbering: inout Numbering) -> DocChapter? {
        guard !plan.stocktake.schemes.isEmpty else { return nil }
        let blocks: [DocBlock] = plan.stocktake.schemes.map { scheme in
            let financing = FinancingSource.allCases.filter { scheme.financing.share(of: $0) != 0 }
                .map { "\($0.label) \(n.share(scheme.financing.share(of: $0)))" }.joined(separator: ", ")
            let recipients = scheme.recipients.map { "\(name(.group, $0.groupId)): \(n.whole($0.count))" }.joined(separator: "; ")
            return .facts([
                (w("Scheme"), scheme.name), (w("Type"), scheme.type.label),
                (w("Institution"), scheme.institutionId.map { name(.stakeholder, $0) } ?? "–"),
                (w("Legal basis"), scheme.legalBasis), (w("Contingencies"), scheme.contingencies.map(\.label).joined(separator: ", ")),
                (w("Groups"), scheme.groupIds.map { name(.group, $0) }.joined(separator: ", ")),
                (w("Financing"), financing), (w("Contributors"), n.whole(scheme.contributors)),
                (w("Recipients"), recipients), (w("Benefit level"), scheme.benefitLevel),
                (w("Expenditure, %@", n.currency), n.money(scheme.expenditure)),
                (w("Administrative cost, %@", n.currency), n.money(scheme.administrativeCost)),
                (w("Year and source"), [n.year(scheme.year), scheme.source].filter { !$0.isEmpty }.joined(separator: ", ")),
            ].filter { !$0.1.isEmpty })
        }
        return chapter(numbering, w[.annexSchemes], annex: true, [opening(numbering, blocks)])
    }

    /// Annex C: the consultation log, with how the strategy took each outcome into account.
    func consultationsAnnex(_ numbering: inout Numbering) -> DocChapter? {
        guard !plan.strategy.consultations.isEmpty else { return nil }
        let rows = plan.strategy.consultations.map { consultation in
            [n.shortDay(consultation.date), consultation.participants,
             consultation.stakeholderIds.map(institution).joined(separator: ", "),
             consultation.topics, consultation.outcome, consultation.response]
        }
        return chapter(numbering, w[.annexConsultations], annex: true, [opening(numbering, [
            table(&numbering, w("Consultation log"),
                  [DocColumn(w("Date")), DocColumn(w("Participants")), DocColumn(w("Organisations")), DocColumn(w("Topics")),
                   DocColumn(w("Outcome")), DocColumn(w("How the strategy responds"))], rows),
        ])])
    }

    /// Annex D: every activity with its dates, float and budget.
    func activitiesAnnex(_ numbering: inout Numbering) -> DocChapter? {
        guard !plan.actionPlan.activities.isEmpty else { return nil }
        let rows = plan.actionPlan.activities.map { activity in
            let scheduled = schedule.activities.first { $0.id == activity.id }
            return [activity.id, activity.name, name(.measure, activity.measureId), institution(activity.responsibleId),
                    n.shortDay(scheduled?.earlyStart), n.shortDay(scheduled?.earlyFinish),
                    scheduled.map { n.whole(Double($0.totalFloat)) } ?? "–",
                    activity.dependencies.map(\.activityId).joined(separator: ", "),
                    activity.budget > 0 ? n.money(activity.budget) : "–", activity.fundingSource.label, activity.status.label]
        }
        return chapter(numbering, w[.annexActivities], annex: true, [opening(numbering, [
            table(&numbering, w("Activities of the action plan"),
                  [DocColumn(w("No.")), DocColumn(w("Activity")), DocColumn(w("Measure")), DocColumn(w("Responsible")),
                   DocColumn(w("Start")), DocColumn(w("End")), DocColumn(w("Float (days)"), numeric: true),
                   DocColumn(w("After")), DocColumn(w("Budget"), numeric: true), DocColumn(w("Source")), DocColumn(w("Status"))],
                  rows),
        ])])
    }

    /// Annex E, in a draft only: the validation findings still open.
    func findingsAnnex(_ numbering: inout Numbering) -> DocChapter? {
        guard status == .draft else { return nil }
        let findings = plan.validate(numbers: n.convention).filter { $0.severity != .hint }
        guard !findings.isEmpty else { return nil }
        return chapter(numbering, w[.annexFindings], annex: true, [opening(numbering, [
            table(&numbering, w("Errors and warnings of the plan's validation"),
                  [DocColumn(w("Severity")), DocColumn(w("Where")), DocColumn(w("Finding"))],
                  findings.map { [$0.severity.label, $0.location.description, $0.message] },
                  note: w("This annex is left out once the strategy is validated.")),
        ])])
    }
}

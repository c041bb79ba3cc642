import PlanDomain

extension DocumentBuilder {
    /// Chapter 6: capacity by function, the reforms that strengthen it, administrative costs
    /// against the ceilings.
    func administrationChapter(_ numbering: inout Numbering) -> DocChapter {
        let administration = plan.administration
        var sections = [opening(numbering, narrative(.administration))]
        let institutions = administration.capacities.map(\.institutionId).reduce(into: [EntityID]()) {
            if !$0.contains($1) { $0.append($1) }
        }
        let rows = institutions.map { id in
            [institution(id)] + AdminFunction.allCases.map { function in
                administration.capacities.first { $0.institutionId == id && $0.function == function }?.rating.label ?? "–"
            }
        }
        sections.append(section(&numbering, w[.secCapacity], rows.isEmpty ? [] : [
            table(&numbering, w("Administrative capacity by institution and function"),
                  [DocColumn(w("Institution"))] + AdminFunction.allCases.map { DocColumn($0.label) }, rows),
        ]))
        let reforms = administration.capacities.filter { !$0.activityIds.isEmpty || !$0.notes.isEmpty }
            .filter { $0.rating == .absent || $0.rating == .weak }
            .map { capacity in
                [institution(capacity.institutionId), capacity.function.label, capacity.rating.label, capacity.notes,
                 capacity.activityIds.map { name(.activity, $0) }.joined(separator: "; ")]
            }
        sections.append(section(&numbering, w[.secReforms], reforms.isEmpty ? [] : [
            table(&numbering, w("Weak functions and the activities that strengthen them"),
                  [DocColumn(w("Institution")), DocColumn(w("Function")), DocColumn(w("Today")), DocColumn(w("Notes")),
                   DocColumn(w("Activities"))], reforms),
        ]))
        let ratios = plan.adminCostRatios().map { ratio in
            [ratio.name, ratio.schemeType.label, "\(n.share(ratio.percent)) (\(ratio.basis.label.lowercased()))",
             ratio.ceiling.map { n.share($0.ceilingPercent) } ?? "–", ratio.isOverCeiling ? w("Above") : w("Within")]
        }
        sections.append(section(&numbering, w[.secAdminCosts], ratios.isEmpty ? [] : [
            table(&numbering, w("Administrative costs against the ceilings"),
                  [DocColumn(w("Scheme or measure")), DocColumn(w("Type")), DocColumn(w("Administrative cost"), numeric: true),
                   DocColumn(w("Ceiling"), numeric: true), DocColumn(w("Against the ceiling"))], ratios),
        ]))
        if !administration.services.isEmpty {
            sections.append(section(&numbering, w("Service to the people covered"), serviceBlocks(&numbering)))
        }
        return chapter(numbering, w[.chAdministration], sections)
    }

    /// Chapter 7: the results framework and its figure.
    func monitoringChapter(_ numbering: inout Numbering) -> DocChapter {
        let monitoring = plan.monitoring
        var sections = [opening(numbering, narrative(.monitoring))]
        var blocks: [DocBlock] = []
        let outcomes: [(EntityID?, String)] = monitoring.outcomes.map { ($0.id, $0.statement) } + [(nil, w("Other indicators"))]
        var rows: [[String]] = []
        var outcomeRows: Set<Int> = []
        for (outcomeId, statement) in outcomes {
            let indicators = monitoring.indicators.filter { $0.outcomeId == outcomeId }
            guard !indicators.isEmpty else { continue }
            let objective = monitoring.outcomes.first { $0.id == outcomeId }?.objectiveId.map { name(.objective, $0) }
            outcomeRows.insert(rows.count)
            rows.append([statement + (objective.map { " (\($0))" } ?? ""), "", "", "", ""])
            for indicator in indicators {
                let baseline = indicator.baseline.map { n.number($0, decimals: 1) + (indicator.baselineYear.map { " (\($0))" } ?? "") } ?? "–"
                let targets = indicator.targets.sorted { $0.year < $1.year }
                    .map { "\($0.year): \(n.number($0.value, decimals: 1))" }.joined(separator: "; ")
                rows.append([indicator.name + (indicator.unit.isEmpty ? "" : " (\(indicator.unit))"), baseline,
                             targets.isEmpty ? "–" : targets, indicator.source,
                             institution(indicator.responsibleId) + ", " + indicator.frequency.label.lowercased()])
            }
        }
        if !rows.isEmpty {
            blocks.append(table(&numbering, w("Results framework"),
                [DocColumn(w("Outcome and indicator")), DocColumn(w("Baseline")), DocColumn(w("Targets")),
                 DocColumn(w("Source")), DocColumn(w("Who reports, how often"))], rows, strong: outcomeRows))
            blocks.append(figure(&numbering, w("Indicators: baseline and final target"),
                IndicatorChart(indicators: monitoring.indicators, numbers: n, words: w),
                summary: w("For each indicator, its baseline and its last target.")))
        }
        sections.append(section(&numbering, w[.secResults], blocks))
        return chapter(numbering, w[.chMonitoring], sections)
    }

    /// Chapter 8: the questions by criterion, the findings so far and the recommendations.
    func evaluationChapter(_ numbering: inout Numbering) -> DocChapter {
        let evaluation = plan.evaluation
        var sections = [opening(numbering, narrative(.evaluation))]
        let questions = EvaluationCriterion.allCases.flatMap { criterion in
            evaluation.questions.filter { $0.criterion == criterion }.map { [criterion.label, $0.question] }
        }
        sections.append(section(&numbering, w[.secQuestions], questions.isEmpty ? [] : [
            table(&numbering, w("Evaluation questions by criterion"), [DocColumn(w("Criterion")), DocColumn(w("Question"))], questions),
        ]))
        sections.append(evaluabilitySection(&numbering))
        let findings = evaluation.findings.map { [$0.criterion.label, $0.finding, $0.rating.map(String.init) ?? "–"] }
        sections.append(section(&numbering, w[.secFindings], findings.isEmpty ? [] : [
            table(&numbering, w("Findings"), [DocColumn(w("Criterion")), DocColumn(w("Finding")), DocColumn(w("Rating (1–4)"), numeric: true)],
                  findings),
        ]))
        let recommendations = evaluation.recommendations.sorted { $0.priority < $1.priority }
            .map { [$0.text, $0.addressee, String($0.priority)] }
        sections.append(section(&numbering, w[.secRecommendations], recommendations.isEmpty ? [] : [
            table(&numbering, w("Recommendations"), [DocColumn(w("Recommendation")), DocColumn(w("Addressed to")),
                                                     DocColumn(w("Priority"), numeric: true)], recommendations),
        ]))
        return chapter(numbering, w[.chEvaluation], sections)
    }

    /// Transparency and impartiality per scheme; service standards (actual against target) and
    /// administrative cost per beneficiary and per 100 units of benefit paid, compared across schemes.
    private func serviceBlocks(_ numbering: inout Numbering) -> [DocBlock] {
        let services = plan.administration.services
        func yes(_ flag: Bool) -> String { flag ? w("Yes") : w("No") }
        let openness = services.map { profile in
            [plan.serviceName(profile), profile.institutionId.map { name(.stakeholder, $0) } ?? "–",
             yes(profile.rulesPublished) + (profile.rulesWhere.isEmpty ? "" : ": " + profile.rulesWhere),
             profile.reporting?.label ?? w("None"), yes(profile.complaintsChannel),
             (profile.appealBody.isEmpty ? "–" : profile.appealBody) + (profile.appealIndependent ? " (" + w("independent") + ")" : "")]
        }
        let costs = plan.serviceCosts()
        let standards = services.map { profile in
            [plan.serviceName(profile)] + profile.standards.map { standard in
                guard standard.actual != nil || standard.target != nil else { return "–" }
                return [standard.actual, standard.target].map { $0.map { n.number($0, decimals: 0) } ?? "–" }.joined(separator: " / ")
            } + [costs.first { $0.profileId == profile.id }?.perBeneficiary.map { n.number($0, decimals: 0) } ?? "–",
                 costs.first { $0.profileId == profile.id }?.per100Paid.map { n.number($0, decimals: 1) } ?? "–"]
        }
        return [
            table(&numbering, w("Transparency and impartiality by scheme"),
                  [DocColumn(w("Scheme")), DocColumn(w("Delivered by")), DocColumn(w("Rules published")), DocColumn(w("Reports")),
                   DocColumn(w("Complaints channel")), DocColumn(w("Appeals reviewed by"))], openness),
            table(&numbering, w("Service standards and administrative cost by scheme"),
                  [DocColumn(w("Scheme")), DocColumn(w("Days to decide")), DocColumn(w("Days to pay")),
                   DocColumn(w("Paid on time (%)")), DocColumn(w("Within reach (%)")),
                   DocColumn(w("Cost per beneficiary"), numeric: true), DocColumn(w("Cost per 100 paid"), numeric: true)],
                  standards, note: w("Standards as actual / target. Costs in %@ a year.", n.currency)),
        ]
    }
}

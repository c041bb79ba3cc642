import PlanDomain

/// The sections that answer the guide's questions in structure (issue 16): expert support and
/// partners' first involvement, the action plan's outputs, the funding commitments, everyone's
/// financial burden, and the evaluability of the questions.
extension DocumentBuilder {
    /// A computed ``ReportTable`` as a document table: its columns, rows, the total row in bold, its notes.
    func table(_ numbering: inout Numbering, _ report: ReportTable) -> [DocBlock] {
        guard report.empty == nil else { return [] }
        let strong = Set(report.rows.indices.filter { report.rows[$0].total })
        return [table(&numbering, report.title, report.columns.map { DocColumn($0.title, numeric: $0.numeric) },
                      report.rows.map(\.cells), strong: strong,
                      note: report.notes.isEmpty ? nil : report.notes.joined(separator: " "))]
    }

    /// Chapter 1: who supports the work, at which stage, and when each partner first took part.
    func expertSection(_ numbering: inout Numbering) -> DocSection {
        var blocks: [DocBlock] = []
        let support = plan.foundations.expertSupport.map { entry in
            [entry.expert, institution(entry.providerId), entry.topic,
             entry.stages.map(\.label).joined(separator: ", "),
             n.shortDay(entry.start) + " – " + n.shortDay(entry.finish), n.whole(entry.personDays)]
        }
        if !support.isEmpty {
            blocks.append(table(&numbering, w("Expert support by stage"),
                [DocColumn(w("Expert or team")), DocColumn(w("Provided by")), DocColumn(w("Support")), DocColumn(w("Stages")),
                 DocColumn(w("When")), DocColumn(w("Person-days"), numeric: true)], support))
        }
        let partners = plan.foundations.stakeholders.filter(\.kind.isPartner).map { stakeholder in
            [stakeholder.title, stakeholder.kind.label, n.shortDay(plan.firstInvolvement(of: stakeholder.id))]
        }
        if !partners.isEmpty {
            blocks.append(table(&numbering, w("Partners' first involvement"),
                [DocColumn(w("Partner")), DocColumn(w("Kind")), DocColumn(w("First consulted"))], partners,
                note: w("The earliest dated consultation that lists the partner.")))
        }
        return section(&numbering, w("Expert support and partners"), blocks)
    }

    /// Chapter 5: what each activity delivers and how it is verified, and the indicators that measure it.
    func outputsSection(_ numbering: inout Numbering) -> DocSection {
        let indicators = plan.monitoring.indicators
        let rows = plan.actionPlan.activities.filter { !$0.output.isEmpty }.map { activity in
            [activity.name, activity.output, activity.verification.isEmpty ? "–" : activity.verification,
             indicators.filter { $0.activityIds.contains(activity.id) }.map(\.name).joined(separator: "; ")]
        }
        return section(&numbering, w("Outputs and means of verification"), rows.isEmpty ? [] : [
            table(&numbering, w("Outputs of the activities"),
                  [DocColumn(w("Activity")), DocColumn(w("Output")), DocColumn(w("Means of verification")),
                   DocColumn(w("Output indicators"))], rows),
        ])
    }

    /// Chapter 5: the timetable for commitment, the pledge register.
    func commitmentSection(_ numbering: inout Numbering) -> DocSection {
        var blocks = table(&numbering, FundingReport.table(plan, numbers: n.convention, schedule: schedule))
        let pledges = plan.actionPlan.pledges.map { pledge -> [String] in
            let amount = pledge.kind == .financial
                ? pledge.currency(in: plan) + " " + n.money(pledge.amount) : n.whole(pledge.personDays) + " " + w("person-days")
            let years = pledge.years.map { n.years($0.lowerBound, $0.upperBound) } ?? "–"
            let purpose = pledge.activityId.map { name(.activity, $0) } ?? pledge.measureId.map { name(.measure, $0) } ?? w("The plan")
            return [institution(pledge.partnerId), pledge.kind.label, amount, years, purpose, pledge.status.label, pledge.reference]
        }
        if !pledges.isEmpty {
            blocks.append(table(&numbering, w("Partners' pledges"),
                [DocColumn(w("Partner")), DocColumn(w("Kind")), DocColumn(w("Amount"), numeric: true), DocColumn(w("Years")),
                 DocColumn(w("For")), DocColumn(w("Status")), DocColumn(w("Reference"))], pledges))
        }
        return section(&numbering, w("Financing commitments"), blocks)
    }

    /// Chapter 4: who pays the financed scenario, in amounts and shares, in total and by measure.
    func burdenSection(_ numbering: inout Numbering) -> DocSection {
        section(&numbering, w("Everyone's financial burden"),
                BurdenReport.tables(plan, numbers: n.convention).flatMap { table(&numbering, $0) })
    }

    /// Chapter 7: what data each question needs, whether it exists, and what that limits.
    func evaluabilitySection(_ numbering: inout Numbering) -> DocSection {
        let rows = plan.evaluation.questions.map { question in
            [question.question, question.dataNeeded.isEmpty ? "–" : question.dataNeeded, question.dataAvailability.label,
             question.studyId.map { name(.study, $0) } ?? "–", question.limits.isEmpty ? "–" : question.limits]
        }
        return section(&numbering, w("Evaluability"), rows.isEmpty ? [] : [
            table(&numbering, w("Data for each evaluation question"),
                  [DocColumn(w("Question")), DocColumn(w("Data needed")), DocColumn(w("Exists")), DocColumn(w("Source")),
                   DocColumn(w("Limits on the answer"))], rows),
        ])
    }
}

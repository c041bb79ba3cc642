import PlanDomain

extension DocumentBuilder {
    /// Chapter 5: activities by measure, the budget by year and source, the timetable as a Gantt
    /// figure and the critical path.
    func actionPlanChapter(_ numbering: inout Numbering) -> DocChapter {
        var sections = [opening(numbering, narrative(.actionPlan))]
        let activities = plan.actionPlan.activities
        var byMeasure: [DocBlock] = []
        let groups: [(EntityID?, String)] = plan.strategy.measures.map { ($0.id, $0.name) } + [(nil, w("Cross-cutting activities"))]
        for (measureId, title) in groups {
            let rows = activities.filter { $0.measureId == measureId }.map(activityRow)
            guard !rows.isEmpty else { continue }
            byMeasure.append(table(&numbering, title,
                [DocColumn(w("Activity")), DocColumn(w("Responsible")), DocColumn(w("Partners")),
                 DocColumn(w("Start")), DocColumn(w("End")), DocColumn(w("Budget"), numeric: true)], rows))
        }
        let dimensions = Dimension.allCases.map { dimension in
            [dimension.label, n.whole(Double(plan.strategy.measures.filter { $0.dimensions.contains(dimension) }.count)),
             n.whole(Double(activities.filter { $0.dimensions.contains(dimension) }.count))]
        }
        if activities.contains(where: { !$0.dimensions.isEmpty }) {
            byMeasure.append(table(&numbering, w("Measures and activities in each of the five dimensions"),
                [DocColumn(w("Dimension")), DocColumn(w("Measures"), numeric: true), DocColumn(w("Activities"), numeric: true)],
                dimensions))
        }
        sections.append(section(&numbering, w[.secActivities], byMeasure))
        sections.append(outputsSection(&numbering))

        var timetable: [DocBlock] = []
        if !schedule.activities.isEmpty {
            timetable.append(figure(&numbering, w("Timetable of the action plan"),
                GanttChart(plan: plan, schedule: schedule, words: w),
                summary: w("Each activity from its earliest start to its earliest finish; the critical path in red.")))
        }
        let budget = plan.budgetBreakdown(schedule)
        if !budget.years.isEmpty {
            let years = budget.years
            // In millions, so a year's column stays narrow enough for a page.
            var rows = budget.bySource.map { line in
                [FinancingSource(rawValue: line.key)?.label ?? line.key] + years.map { n.millions(Double(line.byYear[$0] ?? 0)) }
                    + [n.millions(Double(line.total))]
            }
            rows.append([w("Total")] + years.map { n.millions(Double(budget.total.byYear[$0] ?? 0)) }
                        + [n.millions(Double(budget.total.total))])
            timetable.append(table(&numbering, w("Budget of the action plan by year and source, million %@", n.currency),
                [DocColumn(w("Source"))] + years.map { DocColumn(String($0), numeric: true) } + [DocColumn(w("Total"), numeric: true)],
                rows, strong: [rows.count - 1],
                note: w("Each activity's budget is spread over its scheduled days.")))
        }
        sections.append(section(&numbering, w[.secTimetable], timetable))
        sections.append(commitmentSection(&numbering))

        let critical = schedule.criticalPath.map { entry in
            [activities[entry.index].name, institution(activities[entry.index].responsibleId),
             n.shortDay(entry.earlyStart), n.shortDay(entry.earlyFinish)]
        }
        var criticalBlocks: [DocBlock] = []
        if let finish = schedule.finish {
            criticalBlocks.append(.paragraph(w("The action plan runs from %@ to %@. A delay to any of the %@ activities on the critical path delays its completion.",
                n.day(schedule.start), n.day(finish), n.whole(Double(critical.count)))))
        }
        if !critical.isEmpty {
            criticalBlocks.append(table(&numbering, w("Activities on the critical path"),
                [DocColumn(w("Activity")), DocColumn(w("Responsible")), DocColumn(w("Start")), DocColumn(w("End"))], critical))
        }
        sections.append(section(&numbering, w[.secCriticalPath], criticalBlocks))
        return chapter(numbering, w[.chActionPlan], sections)
    }

    func activityRow(_ activity: Activity) -> [String] {
        let scheduled = schedule.activities.first { $0.id == activity.id }
        return [activity.name, institution(activity.responsibleId),
                activity.partnerIds.isEmpty ? "–" : activity.partnerIds.map(institution).joined(separator: ", "),
                n.shortDay(scheduled?.earlyStart ?? activity.start), n.shortDay(scheduled?.earlyFinish),
                activity.budget > 0 ? n.money(activity.budget) : "–"]
    }
}

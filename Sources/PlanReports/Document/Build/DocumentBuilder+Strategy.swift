import PlanDomain

extension DocumentBuilder {
    /// Chapter 3: the vision, the principles, the objectives and the ranked priorities.
    func visionChapter(_ numbering: inout Numbering) -> DocChapter {
        let strategy = plan.strategy
        var sections: [DocSection] = []
        let vision = DocumentBuilder.paragraphs(strategy.vision)
        sections.append(section(&numbering, w[.secVision], vision.isEmpty
            ? (status == .draft ? [.missing(label: w[.secVision], prompt: w("What will social protection in the country look like at the end of the plan?"))] : [])
            : [.narrative(vision)]))
        sections.append(section(&numbering, w[.secPrinciples], narrative(.principles)))
        let objectives = strategy.objectives.map { [$0.id, $0.name, $0.description] }
        sections.append(section(&numbering, w[.secObjectives], objectives.isEmpty ? [] : [
            table(&numbering, w("Strategic objectives"), [DocColumn(w("No.")), DocColumn(w("Objective")), DocColumn(w("Description"))],
                  objectives),
        ]))
        let priorities = strategy.priorities.sorted { $0.rank < $1.rank }.map { priority in
            [String(priority.rank), priority.name, name(.objective, priority.objectiveId), priority.rationale]
        }
        var priorityBlocks: [DocBlock] = priorities.isEmpty ? [] : [
            table(&numbering, w("Priorities, in the order agreed"),
                  [DocColumn(w("Rank"), numeric: true), DocColumn(w("Priority")), DocColumn(w("Objective")), DocColumn(w("Rationale"))],
                  priorities),
        ]
        let ranking = PriorityRanking(plan: plan)
        if !ranking.entries.isEmpty {
            priorityBlocks.append(.paragraph(w("The priorities follow the scoring of the gaps by the stakeholder groups on %@ weighted criteria (%@).",
                n.whole(Double(strategy.criteria.count)),
                strategy.criteria.map { "\($0.name) ×\(n.number($0.weight))" }.joined(separator: ", "))))
            let rows = ranking.entries.prefix(10).map { entry in
                [String(entry.rank), gapName(entry.gapId), n.number(entry.total, decimals: 2)]
            }
            priorityBlocks.append(table(&numbering, w("Gaps ranked by weighted score (first ten)"),
                [DocColumn(w("Rank"), numeric: true), DocColumn(w("Gap")), DocColumn(w("Score"), numeric: true)], rows))
        }
        sections.append(section(&numbering, w[.secPriorities], priorityBlocks))
        return chapter(numbering, w[.chVision], sections)
    }

    /// A gap's name: a recorded gap's description, or a derived gap's contingency and group.
    func gapName(_ id: EntityID) -> String {
        if let gap = plan.entity(Gap.self, id: id) { return gap.description.isEmpty ? id : gap.description }
        if let derived = matrix.gaps.first(where: { $0.id == id }) {
            return "\(derived.contingency.label): \(name(.group, derived.groupId))"
        }
        return id
    }
}

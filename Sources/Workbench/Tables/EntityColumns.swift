import PlanDomain
import PlanFormat

extension EntityKind {
    /// The columns of this kind's table, most important first.
    public var columns: [TableColumn] {
        switch stage {
        case .foundations, .stocktake: earlyColumns
        case .strategy: strategyColumns
        default: laterColumns
        }
    }

    private var earlyColumns: [TableColumn] {
        switch self {
        case .stakeholder:
            typealias C = Columns<Stakeholder>
            return [C.id(), C.text("Name", 24, flexible: true) { $0.name }, C.text("Acronym", 8, priority: 2) { $0.acronym },
                    C.text("Kind", 16) { $0.kind.label },
                    C.text("First involved", 14, priority: 2) { s, p in p.firstInvolvement(of: s.id)?.description ?? "" },
                    C.text("Role", 20, flexible: true, priority: 3) { $0.role }]
        case .committeeMember:
            typealias C = Columns<CommitteeMember>
            return [C.id(), C.text("Name", 20, flexible: true) { $0.name },
                    C.text("Represents", 20, flexible: true) { m, p in p.name(.stakeholder, m.stakeholderId) },
                    C.text("Position", 14, priority: 2) { $0.position }, C.text("Chair", 5) { $0.chair ? "chair" : "" }]
        case .readiness:
            typealias C = Columns<ReadinessItem>
            return [C.text("Dimension", 15) { $0.dimension.label }, C.text("Criterion", 30, flexible: true) { $0.criterion },
                    C.text("Status", 12) { $0.status.label }, C.text("Note", 16, flexible: true, priority: 3) { $0.note }]
        case .study:
            typealias C = Columns<Study>
            return [C.id(), C.text("Study", 24, flexible: true) { $0.title }, C.text("Kind", 16) { $0.kind.shortLabel },
                    C.text("Status", 9) { $0.status.label }, C.text("Date", 10, priority: 2) { $0.date?.description ?? "" },
                    C.text("Author", 14, flexible: true, priority: 2) { $0.author },
                    C.text("Informs", 12, flexible: true, priority: 3) { s in
                        s.stages.map(\.label).joined(separator: ", ") }]
        case .expertSupport:
            typealias C = Columns<ExpertSupport>
            return [C.id(), C.text("Expert or team", 20, flexible: true) { $0.expert },
                    C.text("By", 10) { e, p in p.shortName(e.providerId) },
                    C.text("Stages", 7) { e in e.stages.map { String($0.stage.rawValue) }.joined(separator: " ") },
                    C.text("From", 10, priority: 2) { $0.start?.description ?? "" },
                    C.text("To", 10, priority: 3) { $0.finish?.description ?? "" },
                    C.number("Days", 6) { $0.personDays },
                    C.text("Support", 14, flexible: true, priority: 3) { $0.topic }]
        case .indicator:
            typealias C = Columns<Indicator>
            return [C.text("Indicator", 24, flexible: true) { $0.name }, C.number("Value", 10) { $0.value },
                    C.text("Unit", 10) { $0.unit }, C.text("Year", 4) { $0.year.map(String.init) ?? "" },
                    C.text("Source", 14, flexible: true, priority: 2) { $0.source }]
        case .group:
            typealias C = Columns<PopulationGroup>
            return [C.id(), C.text("Group", 22, flexible: true) { $0.name }, C.number("Size", 9) { $0.size },
                    C.number("Growth", 7, suffix: "%") { $0.growthPercent }, C.text("Sex", 6, priority: 2) { $0.sex.label },
                    C.text("Partition", 9, priority: 2) { $0.partOfPartition ? "yes" : "" },
                    C.text("Source", 14, flexible: true, priority: 3) { $0.source }]
        case .scheme:
            typealias C = Columns<Scheme>
            return [C.id(), C.text("Scheme", 22, flexible: true) { $0.name }, C.text("Type", 14) { $0.type.label },
                    C.text("Institution", 14, priority: 2) { s, p in p.shortName(s.institutionId) },
                    C.number("Contributors", 10, priority: 3) { $0.contributors },
                    C.number("Expenditure", 11, priority: 2) { $0.expenditure },
                    C.text("Contingencies", 18, flexible: true, priority: 3) { $0.contingencies.map(\.label).joined(separator: ", ") }]
        case .coverage:
            typealias C = Columns<CoverageAssessment>
            return [C.text("Contingency", 17) { $0.contingency.label },
                    C.text("Group", 20, flexible: true) { c, p in p.name(.group, c.groupId) },
                    C.text("Rating", 8) { $0.rating?.label ?? "" }, C.number("Coverage", 8, suffix: "%") { $0.coveragePercent },
                    C.text("Note", 20, flexible: true, priority: 2) { $0.note }]
        case .gap:
            typealias C = Columns<Gap>
            return [C.id(), C.text("Kind", 14) { $0.kind.label }, C.text("Contingency", 14, priority: 2) { $0.contingency?.label ?? "" },
                    C.text("Group", 14, priority: 2) { g, p in p.name(.group, g.groupId) },
                    C.text("Description", 24, flexible: true) { $0.description }]
        default:
            typealias C = Columns<ExtensionReason>
            return [C.id(), C.text("Reason", 22) { $0.kind.label }, C.text("Description", 30, flexible: true) { $0.description }]
        }
    }

    private var strategyColumns: [TableColumn] {
        switch self {
        case .objective:
            typealias C = Columns<Objective>
            return [C.id(), C.text("Objective", 30, flexible: true) { $0.name },
                    C.text("Description", 24, flexible: true, priority: 2) { $0.description }]
        case .criterion:
            typealias C = Columns<Criterion>
            return [C.id(), C.text("Criterion", 20, flexible: true) { $0.name }, C.number("Weight", 6) { $0.weight },
                    C.text("Better when", 11) { $0.higherIsBetter ? "higher" : "lower" }]
        case .score:
            typealias C = Columns<PriorityScore>
            return [C.text("Gap", 20, flexible: true) { s, p in p.labelled(.gap, s.gapId) },
                    C.text("Criterion", 14) { s, p in p.name(.criterion, s.criterionId) },
                    C.text("Scored by", 12) { $0.scoredBy.label }, C.number("Score", 5) { $0.score }]
        case .priority:
            typealias C = Columns<Priority>
            return [C.number("Rank", 4) { Double($0.rank) }, C.text("Priority", 24, flexible: true) { $0.name },
                    C.text("Gaps", 14, priority: 2) { $0.gapIds.joined(separator: ", ") },
                    C.text("Rationale", 20, flexible: true, priority: 3) { $0.rationale }]
        case .scenario:
            typealias C = Columns<Scenario>
            return [C.id(), C.text("Scenario", 20, flexible: true) { $0.name },
                    C.text("Measures", 24, flexible: true) { $0.measureIds.joined(separator: ", ") }]
        case .measure:
            typealias C = Columns<Measure>
            return [C.id(), C.text("Measure", 24, flexible: true) { $0.name },
                    C.text("Target group", 14, priority: 2) { m, p in p.name(.group, m.targetGroupId) },
                    C.number("Benefit", 9) { $0.benefit.annualAmount }, C.text("Start", 5) { $0.startYear.map(String.init) ?? "" },
                    C.text("Financing", 12, priority: 2) { $0.financingModel.label },
                    C.text("Lead", 10, priority: 3) { m, p in p.shortName(m.leadInstitutionId) }]
        case .role:
            typealias C = Columns<InstitutionRole>
            return [C.text("Institution", 18, flexible: true, minimum: 11) { r, p in p.shortName(r.institutionId) },
                    C.text("Measure", 18, flexible: true) { r, p in r.measureId == nil ? "(whole strategy)" : p.labelled(.measure, r.measureId) },
                    C.text("Function", 16) { $0.function.label }, C.text("Involvement", 11) { $0.involvement.label }]
        case .phase:
            typealias C = Columns<Phase>
            return [C.id(), C.text("Phase", 20, flexible: true) { $0.name }, C.text("From", 5) { String($0.firstYear) },
                    C.text("To", 5) { String($0.lastYear) }, C.text("Description", 20, flexible: true, priority: 2) { $0.description }]
        case .approval:
            typealias C = Columns<ApprovalStep>
            return [C.text("Step", 20) { $0.stage.label }, C.text("Status", 11) { $0.status.label },
                    C.text("Date", 10) { $0.date?.iso ?? "" },
                    C.text("Approves", 10) { $0.documents.map(\.shortLabel).joined(separator: "+") },
                    C.text("Version", 14, flexible: true, priority: 2) { $0.version },
                    C.text("Fingerprint", 12, priority: 3) { $0.fingerprint },
                    C.text("Reference", 20, flexible: true, priority: 3) { $0.reference }]
        case .consultation:
            typealias C = Columns<Consultation>
            return [C.text("Date", 10) { $0.date?.iso ?? "" }, C.text("Participants", 18, flexible: true) { $0.participants },
                    C.text("Topics", 18, flexible: true) { $0.topics }, C.text("Outcome", 18, flexible: true, priority: 2) { $0.outcome }]
        case .publicAction:
            typealias C = Columns<PublicAction>
            return [C.text("Audience", 16, flexible: true) { $0.audience }, C.text("Channel", 14) { $0.channel },
                    C.text("When", 10) { $0.date?.iso ?? "" }, C.text("Status", 11) { $0.status.label },
                    C.text("By", 8, priority: 2) { a, p in p.shortName(a.responsibleId) },
                    C.text("Measures", 12, priority: 3) { $0.measureIds.joined(separator: ", ") },
                    C.text("Message", 20, flexible: true, priority: 3) { $0.message }]
        default:
            return processColumns
        }
    }

    private var laterColumns: [TableColumn] {
        switch self {
        case .activity:
            typealias C = Columns<Activity>
            return [C.id(), C.text("Activity", 24, flexible: true, minimum: 16) { $0.name },
                    C.text("Responsible", 12) { a, p in p.shortName(a.responsibleId) },
                    C.text("Days", 5, priority: 2) { $0.milestone ? "◆" : String($0.durationDays) },
                    C.number("Budget", 9, priority: 2) { $0.budget }, C.text("Status", 11) { $0.status.label },
                    C.number("Done", 5, priority: 2, suffix: "%") { $0.progressPercent },
                    C.text("Measure", 8, priority: 3) { $0.measureId ?? "" },
                    C.text("Dims", 5, priority: 3) { $0.dimensions.map(\.letter).joined() }]
        case .service:
            return processColumns
        case .pledge:
            typealias C = Columns<Pledge>
            return [C.id(6), C.text("Partner", 8) { g, p in p.shortName(g.partnerId) },
                    C.text("Kind", 9, priority: 3) { $0.kind.label },
                    C.formatted("Amount", 16) { g, numbers in
                        switch g.kind {
                        case .financial: (g.currency.isEmpty ? "" : g.currency + " ") + Figures(numbers).count(g.amount)
                        case .technical: Figures(numbers).count(g.personDays) + " p-days"
                        }
                    },
                    C.text("Years", 9) { g in
                        switch (g.firstYear, g.lastYear) {
                        case let (first?, last?): first == last ? String(first) : "\(first)-\(last)"
                        case let (first?, nil): String(first)
                        default: ""
                        }
                    },
                    C.text("For", 8, priority: 2) { $0.activityId ?? $0.measureId ?? "plan" },
                    C.text("Status", 10) { $0.status.label },
                    C.text("Reference", 14, flexible: true, priority: 3) { $0.reference }]
        case .appropriation:
            typealias C = Columns<Appropriation>
            return [C.id(6), C.text("Year", 4) { String($0.year) }, C.text("Source", 14) { $0.source.shortLabel },
                    C.number("Amount", 15) { $0.amount }, C.text("For", 8, priority: 2) { $0.measureId ?? "plan" },
                    C.text("Status", 9) { $0.status.label },
                    C.text("Reference", 16, flexible: true, priority: 3) { $0.reference }]
        case .capacity:
            typealias C = Columns<CapacityAssessment>
            return [C.text("Institution", 16, flexible: true) { c, p in p.shortName(c.institutionId) },
                    C.text("Function", 22) { $0.function.label }, C.text("Rating", 8) { $0.rating.label },
                    C.text("Notes", 20, flexible: true, priority: 2) { $0.notes }]
        case .costCeiling:
            typealias C = Columns<CostCeiling>
            return [C.text("Scheme type", 22, flexible: true) { $0.schemeType.label },
                    C.number("Ceiling", 7, suffix: "%") { $0.ceilingPercent }, C.text("Share of", 22) { $0.basis.label }]
        case .outcome:
            typealias C = Columns<Outcome>
            return [C.id(), C.text("Outcome", 30, flexible: true) { $0.statement },
                    C.text("Objective", 18, flexible: true, priority: 2) { o, p in p.name(.objective, o.objectiveId) }]
        case .resultIndicator:
            typealias C = Columns<ResultIndicator>
            return [C.id(), C.text("Indicator", 26, flexible: true) { $0.name }, C.text("Unit", 8, priority: 2) { $0.unit },
                    C.number("Baseline", 9) { $0.baseline }, C.text("Year", 4) { $0.baselineYear.map(String.init) ?? "" },
                    C.formatted("Targets", 16, flexible: true, priority: 2) { indicator, numbers in
                        Figures(numbers).yearValues(indicator.targets)
                    }]
        case .actual:
            typealias C = Columns<ActualValue>
            return [C.text("Indicator", 26, flexible: true) { v, p in p.name(.resultIndicator, v.indicatorId) },
                    C.text("Year", 4) { String($0.year) }, C.number("Value", 10) { $0.value },
                    C.text("Note", 18, flexible: true, priority: 2) { $0.note }]
        case .question:
            typealias C = Columns<EvaluationQuestion>
            return [C.text("Criterion", 14) { $0.criterion.label }, C.text("Question", 40, flexible: true) { $0.question },
                    C.text("Data", 16, priority: 2) { $0.dataAvailability.label }]
        case .finding:
            typealias C = Columns<EvaluationFinding>
            return [C.id(), C.text("Criterion", 14) { $0.criterion.label }, C.text("Finding", 36, flexible: true) { $0.finding },
                    C.text("Rating", 6) { $0.rating.map { "\($0)/4" } ?? "" }]
        default:
            typealias C = Columns<Recommendation>
            return [C.id(), C.text("Recommendation", 36, flexible: true) { $0.text },
                    C.text("Addressee", 16, priority: 2) { $0.addressee }, C.number("Priority", 8) { Double($0.priority) }]
        }
    }
}

extension Plan {
    /// "GAP-3 Self-employed…": the id first, so rows stay told apart when the name is cut.
    public func labelled(_ kind: EntityKind, _ id: EntityID?) -> String {
        guard let id, !id.isEmpty else { return "" }
        let title = name(kind, id)
        return title == id || title.isEmpty ? id : "\(id) \(title)"
    }

    /// A stakeholder's acronym when it has one, else its name.
    public func shortName(_ id: EntityID?) -> String {
        guard let id else { return "" }
        guard let stakeholder = entity(Stakeholder.self, id: id) else { return id }
        return stakeholder.acronym.isEmpty ? stakeholder.name : stakeholder.acronym
    }
}

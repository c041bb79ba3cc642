/// One thing a stage needs, done or still missing, and where it is filled in.
public struct ProgressItem: Codable, Hashable, Sendable {
    public var label: String
    public var done: Bool
    public var location: Location

    public init(_ label: String, done: Bool, at location: Location) {
        self.label = label
        self.done = done
        self.location = location
    }
}

/// What is done and what is still missing in one stage.
public struct StageProgress: Codable, Hashable, Sendable {
    public enum Status: String, Codable, Sendable { case notStarted, partial, complete }

    public var stage: Stage
    public var items: [ProgressItem]

    public var done: [ProgressItem] { items.filter(\.done) }
    public var missing: [ProgressItem] { items.filter { !$0.done } }
    /// Share of items done, from 0 to 1.
    public var fraction: Double { items.isEmpty ? 1 : Double(done.count) / Double(items.count) }
    public var status: Status {
        done.isEmpty ? .notStarted : (missing.isEmpty ? .complete : .partial)
    }
}

extension Plan {
    /// Progress of every stage, in stage order.
    public func progress() -> [StageProgress] { Stage.allCases.map(progress) }

    public func progress(_ stage: Stage) -> StageProgress {
        StageProgress(stage: stage, items: progressItems(stage))
    }

    private func progressItems(_ stage: Stage) -> [ProgressItem] {
        switch stage {
        case .foundations: foundationsItems
        case .stocktake: stocktakeItems
        case .strategy: strategyItems
        case .actionPlan: actionPlanItems
        case .administration: administrationItems
        case .monitoring: monitoringItems
        case .evaluation: evaluationItems
        }
    }

    private var foundationsItems: [ProgressItem] {
        let f = foundations
        let kinds = Set(f.stakeholders.map(\.kind))
        let assessed = Set(f.readiness.filter { $0.status != .notAssessed }.map(\.dimension))
        return [
            ProgressItem("Mandate: who mandated the work, by which act",
                         done: !f.mandate.authority.isEmpty && !f.mandate.instrument.isEmpty,
                         at: Location(RecordKind.MandateField.authority)),
            ProgressItem("Lead ministry", done: f.leadMinistryId != nil,
                         at: Location(RecordKind.MandateField.leadMinistry)),
            ProgressItem("Social partners in the stakeholder register",
                         done: kinds.contains(.employers) && kinds.contains(.workers),
                         at: Location(stage: .foundations, kind: .stakeholder)),
            ProgressItem("Expert support", done: kinds.contains(.expert) || kinds.contains(.developmentPartner),
                         at: Location(stage: .foundations, kind: .stakeholder)),
            ProgressItem("Steering committee", done: !f.steeringCommittee.isEmpty,
                         at: Location(stage: .foundations, kind: .committeeMember)),
            ProgressItem("Readiness assessed in all five dimensions",
                         done: Dimension.allCases.allSatisfy(assessed.contains),
                         at: Location(stage: .foundations, kind: .readiness)),
        ]
    }

    private var stocktakeItems: [ProgressItem] {
        let s = stocktake
        let assessed = Set(s.coverage.map(\.contingency)).union(s.schemes.flatMap(\.contingencies))
        return [
            ProgressItem("Socio-economic indicators", done: !s.indicators.isEmpty,
                         at: Location(stage: .stocktake, kind: .indicator)),
            ProgressItem("Economic inputs (GDP, government expenditure)",
                         done: s.economy.gdp.baseValue > 0 && s.economy.governmentExpenditure.baseValue > 0,
                         at: Location(RecordKind.EconomyField.gdpBaseYear)),
            ProgressItem("Population groups with their sizes", done: s.groups.contains { $0.size > 0 },
                         at: Location(stage: .stocktake, kind: .group)),
            ProgressItem("Inventory of existing schemes", done: !s.schemes.isEmpty,
                         at: Location(stage: .stocktake, kind: .scheme)),
            ProgressItem("Coverage assessed for all nine contingencies",
                         done: Contingency.allCases.allSatisfy(assessed.contains),
                         at: Location(stage: .stocktake, kind: .coverage)),
            ProgressItem("Gaps identified", done: !s.gaps.isEmpty, at: Location(stage: .stocktake, kind: .gap)),
            ProgressItem("Reasons for extension", done: !s.reasons.isEmpty,
                         at: Location(stage: .stocktake, kind: .reason)),
        ]
    }

    private var strategyItems: [ProgressItem] {
        let s = strategy
        let approved = s.approvals.first { $0.stage == .parliament }?.status == .approved
        return [
            ProgressItem("Vision", done: !s.vision.isEmpty, at: Location(RecordKind.VisionField.vision)),
            ProgressItem("Objectives", done: !s.objectives.isEmpty, at: Location(stage: .strategy, kind: .objective)),
            ProgressItem("Priorities among the gaps", done: !s.priorities.isEmpty || !s.scores.isEmpty,
                         at: Location(stage: .strategy, kind: .priority)),
            ProgressItem("Extension measures", done: !s.measures.isEmpty,
                         at: Location(stage: .strategy, kind: .measure)),
            ProgressItem("Every measure financed (shares add up to 100%)",
                         done: !s.measures.isEmpty && s.measures.allSatisfy { abs($0.financing.total - 100) < 0.001 },
                         at: Location(Measure.Field.financing)),
            ProgressItem("Roles of institutions", done: !s.roles.isEmpty, at: Location(stage: .strategy, kind: .role)),
            ProgressItem("Phases of the timetable", done: !s.phases.isEmpty,
                         at: Location(stage: .strategy, kind: .phase)),
            ProgressItem("Consultations logged", done: !s.consultations.isEmpty,
                         at: Location(stage: .strategy, kind: .consultation)),
            ProgressItem("Public information planned", done: !s.publicInformation.isEmpty,
                         at: Location(stage: .strategy, kind: .publicAction)),
            ProgressItem("Adopted by Parliament", done: approved, at: Location(stage: .strategy, kind: .approval)),
        ]
    }

    private var actionPlanItems: [ProgressItem] {
        let a = actionPlan
        return [
            ProgressItem("Timetable start date", done: a.startDate != nil,
                         at: Location(RecordKind.TimetableField.startDate)),
            ProgressItem("Activities", done: !a.activities.isEmpty, at: Location(stage: .actionPlan, kind: .activity)),
            ProgressItem("Every activity has a responsible institution",
                         done: !a.activities.isEmpty && a.activities.allSatisfy { $0.responsibleId != nil },
                         at: Location(Activity.Field.responsible)),
            ProgressItem("Activities linked to measures", done: a.activities.contains { $0.measureId != nil },
                         at: Location(Activity.Field.measure)),
            ProgressItem("Budgets", done: a.activities.contains { $0.budget > 0 },
                         at: Location(Activity.Field.budget)),
        ]
    }

    private var administrationItems: [ProgressItem] {
        let functions = Set(administration.capacities.map(\.function))
        return [
            ProgressItem("Capacity assessed for every administrative function",
                         done: AdminFunction.allCases.allSatisfy(functions.contains),
                         at: Location(stage: .administration, kind: .capacity)),
            ProgressItem("Administrative cost ceilings", done: !administration.costCeilings.isEmpty,
                         at: Location(stage: .administration, kind: .costCeiling)),
        ]
    }

    private var monitoringItems: [ProgressItem] {
        let m = monitoring
        return [
            ProgressItem("Outcomes for the objectives", done: !m.outcomes.isEmpty,
                         at: Location(stage: .monitoring, kind: .outcome)),
            ProgressItem("Indicators", done: !m.indicators.isEmpty,
                         at: Location(stage: .monitoring, kind: .resultIndicator)),
            ProgressItem("Every indicator has a baseline and targets",
                         done: !m.indicators.isEmpty && m.indicators.allSatisfy {
                             $0.baseline != nil && !$0.targets.isEmpty
                         },
                         at: Location(ResultIndicator.Field.baseline)),
            ProgressItem("Values recorded", done: !m.actuals.isEmpty, at: Location(stage: .monitoring, kind: .actual)),
        ]
    }

    private var evaluationItems: [ProgressItem] {
        let e = evaluation
        let criteria = Set(e.questions.map(\.criterion))
        return [
            ProgressItem("Questions for the six DAC criteria",
                         done: EvaluationCriterion.dac.allSatisfy(criteria.contains),
                         at: Location(stage: .evaluation, kind: .question)),
            ProgressItem("Findings", done: !e.findings.isEmpty, at: Location(stage: .evaluation, kind: .finding)),
            ProgressItem("Recommendations for the next cycle", done: !e.recommendations.isEmpty,
                         at: Location(stage: .evaluation, kind: .recommendation)),
        ]
    }
}

import Foundation
import Testing
@testable import PlanDomain

/// The sample plan that ships in examples/kibara: it must load, be complete enough to show every stage,
/// reference only ids that exist, and be stored exactly as Socle writes it.
@Suite("Example plan (examples/kibara)")
struct ExamplePlanTests {
    /// The package root, found from this file: Tests/PlanDomainTests/ExamplePlanTests.swift.
    static func packageRoot(file: String = #filePath) -> URL {
        URL(fileURLWithPath: file)
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    static var planURL: URL {
        packageRoot().appendingPathComponent("examples/kibara/plan.json")
    }

    static func loadData() throws -> Data {
        try Data(contentsOf: planURL)
    }

    static func loadPlan() throws -> Plan {
        try JSONDecoder().decode(Plan.self, from: loadData())
    }

    /// The encoder Socle saves with.
    static func encode(_ plan: Plan) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(plan)
        data.append(0x0A)
        return data
    }

    // MARK: - Loading and saving

    @Test func decodesWithTheCurrentSchemaVersion() throws {
        let plan = try Self.loadPlan()
        #expect(plan.schemaVersion == Plan.currentSchemaVersion)
        #expect(plan.meta.country.name == "Republic of Kibara")
        #expect(plan.meta.baseYear == 2025)
        #expect(plan.meta.years == 2026...2035)
        #expect(plan.meta.currency.count == 3)
    }

    @Test func reEncodingGivesTheFileByteForByte() throws {
        let data = try Self.loadData()
        let plan = try JSONDecoder().decode(Plan.self, from: data)
        let again = try Self.encode(plan)
        if again != data, ProcessInfo.processInfo.environment["SOCLE_UPDATE_GOLDEN"] == "1" {
            // Rewrites the example in saved form after a hand edit; read the diff.
            try again.write(to: Self.planURL)
        } else if again != data {
            let old = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let new = String(decoding: again, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(old.count, new.count)
            let fileLine = line < old.count ? String(old[line]) : "<end of file>"
            let savedLine = line < new.count ? String(new[line]) : "<end of file>"
            Issue.record("""
                examples/kibara/plan.json is not in Socle's saved form; first difference at line \(line + 1):
                  file:  \(fileLine)
                  saved: \(savedLine)
                """)
        }
        #expect(try JSONDecoder().decode(Plan.self, from: again) == plan)
    }

    // MARK: - The minimums of a complete example

    @Test func foundationsAreComplete() throws {
        let plan = try Self.loadPlan()
        let f = plan.foundations
        #expect(!f.mandate.authority.isEmpty && !f.mandate.instrument.isEmpty && f.mandate.date != nil)
        #expect(f.stakeholders.count >= 14)
        #expect(Set(f.stakeholders.map(\.kind)) == Set(StakeholderKind.allCases), "every kind of stakeholder")
        let lead = f.stakeholders.first { $0.id == f.leadMinistryId }
        #expect(lead?.kind == .government)
        #expect(f.steeringCommittee.count >= 7)
        #expect(f.steeringCommittee.filter(\.chair).count == 1)
        #expect(Set(f.readiness.map(\.dimension)) == Set(Dimension.allCases))
        #expect(Set(f.readiness.map(\.status)) == Set(ReadinessStatus.allCases).subtracting([.notAssessed]),
                "mixed readiness, every criterion assessed")
    }

    @Test func inventoryHasFormalAndInformalSchemes() throws {
        let plan = try Self.loadPlan()
        let schemes = plan.stocktake.schemes
        #expect(schemes.count >= 8)
        #expect(schemes.contains { $0.type.isFormal })
        #expect(schemes.contains { !$0.type.isFormal })
        #expect(Set(SchemeType.allCases).subtracting(schemes.map(\.type)) == [.providentFund],
                "every type of scheme but a provident fund")
        for scheme in schemes {
            #expect(abs(scheme.financing.total - 100) < 1e-9, "\(scheme.id) financing adds up to \(scheme.financing.total)")
            #expect(scheme.institutionId != nil, "\(scheme.id) has an institution")
            #expect(!scheme.contingencies.isEmpty && !scheme.groupIds.isEmpty
                && !(scheme.recipients + scheme.activeContributors + scheme.legalCoverage).isEmpty)
            #expect(scheme.expenditure != nil && scheme.year != nil && !scheme.source.isEmpty && !scheme.legalBasis.isEmpty)
        }
    }

    @Test func stocktakeHasGroupsPartitionGapsAndReasons() throws {
        let plan = try Self.loadPlan()
        let s = plan.stocktake
        #expect(s.indicators.count >= 10)
        #expect(s.groups.count >= 10)
        let partition = s.groups.filter(\.partOfPartition)
        #expect(partition.count == 3)
        let population = s.indicators.first { $0.name == "Population" }?.value
        #expect(population == partition.reduce(0) { $0 + $1.size }, "the partition makes up the population")
        #expect(s.gaps.count >= 8)
        #expect(Set(s.gaps.map(\.kind)) == Set(GapKind.allCases))
        #expect(s.gaps.allSatisfy { !$0.reasonIds.isEmpty })
        #expect(Set(s.reasons.map(\.kind)) == Set(ReasonKind.allCases))
        #expect(s.economy.gdp.baseValue > 0 && s.economy.fiscalSpaceCeilingPercentOfGDP != nil)
    }

    @Test func allNineContingenciesAreAssessedForAtLeastEightGroups() throws {
        let plan = try Self.loadPlan()
        var cells: [Contingency: Set<EntityID>] = [:]
        var seen = Set<String>()
        for cell in plan.stocktake.coverage {
            #expect(seen.insert("\(cell.contingency.rawValue)/\(cell.groupId)").inserted,
                    "\(cell.id) repeats a cell")
            #expect(!cell.note.isEmpty, "\(cell.id) has a note")
            cells[cell.contingency, default: []].insert(cell.groupId)
        }
        for contingency in Contingency.allCases {
            #expect((cells[contingency]?.count ?? 0) >= 8, "\(contingency.label) assessed for 8 groups")
        }
        let everywhere = Contingency.allCases.reduce(Set(plan.stocktake.groups.map(\.id))) {
            $0.intersection(cells[$1] ?? [])
        }
        #expect(everywhere.count >= 8, "at least 8 groups assessed on all nine contingencies")
        // The matrix shows computed cells, the assessor's overrides and cells that do not apply.
        let overrides = plan.stocktake.coverage.filter { $0.rating != nil || $0.coveragePercent != nil }
        #expect(overrides.count >= 20 && overrides.count <= plan.stocktake.coverage.count - 40)
        #expect(overrides.contains { $0.rating == .notApplicable })
        #expect(overrides.contains { $0.rating != nil && $0.coveragePercent == nil && $0.rating != .notApplicable })
    }

    @Test func strategyHasMeasuresRolesPhasesAndApprovals() throws {
        let plan = try Self.loadPlan()
        let s = plan.strategy
        #expect(!s.vision.isEmpty)
        #expect((4...5).contains(s.objectives.count))
        #expect(s.criteria == Criterion.defaults)
        #expect(Set(s.scores.map(\.scoredBy)).count >= 3)
        #expect(!s.priorities.isEmpty)
        #expect(s.scenarios.map(\.name) == ["Basic floor", "Full extension"])
        #expect(s.measures.count >= 5)
        let years = try #require(plan.meta.years)
        for measure in s.measures {
            #expect(abs(measure.financing.total - 100) < 1e-9, "\(measure.id) financing adds up")
            #expect(measure.benefit.annualAmount > 0 && measure.leadInstitutionId != nil && !measure.gapIds.isEmpty)
            let start = try #require(measure.startYear)
            #expect(years.contains(start))
            let phase = s.phases.first { $0.id == measure.phaseId }
            #expect(phase.map { ($0.firstYear...$0.lastYear).contains(start) } == true,
                    "\(measure.id) starts inside its phase")
            // Every function has a lead, the measure's own or the whole strategy's, except MEA-3's
            // monitoring, which shows the finding.
            let block = try #require(plan.rolesMatrix.block(for: measure.id))
            #expect(block.missingLeads == (measure.id == "MEA-3" ? [.monitoring] : []), "\(measure.id) leads")
        }
        #expect(Set(s.roles.map(\.involvement)) == Set(Involvement.allCases))
        #expect(s.phases.count == 3)
        #expect(s.phases.map(\.firstYear).min() == years.lowerBound && s.phases.map(\.lastYear).max() == years.upperBound)
        #expect(s.approvals.map(\.id) == ["APR-1", "APR-2", "APR-3", "APR-4", "APR-5"])
        #expect(s.approvals.map(\.stage) == ApprovalStage.allCases)
        #expect(s.approvals.map(\.status) == [.approved, .approved, .inProgress, .pending, .pending])
        #expect(s.approvals[0].date != nil && !s.approvals[0].reference.isEmpty)
        #expect(s.consultations.count >= 5)
        #expect(s.publicInformation.count >= 4)
    }

    @Test func actionPlanHasThirtyLinkedActivitiesWithDependencies() throws {
        let plan = try Self.loadPlan()
        let a = plan.actionPlan
        #expect(a.startDate == Day(year: 2026, month: 1, day: 5))
        #expect(a.activities.count >= 30)
        #expect(a.activities.filter { $0.measureId != nil }.count >= 30, "30 activities linked to measures")
        #expect(a.activities.allSatisfy { $0.responsibleId != nil })
        #expect(a.activities.filter { !$0.dependencies.isEmpty }.count >= 20)
        let links = a.activities.flatMap(\.dependencies)
        #expect(links.contains { $0.type == .startToStart })
        #expect(links.contains { $0.lagDays < 0 }, "a negative lag (lead)")
        #expect(links.contains { $0.lagDays > 0 })
        #expect(a.activities.filter { $0.milestone && $0.durationDays == 0 }.count >= 4)
        #expect(a.activities.contains { $0.notEarlierThan != nil })
        let statuses = Set(a.activities.map(\.status))
        #expect(statuses.isSuperset(of: [.done, .inProgress, .delayed, .notStarted]))
        for activity in a.activities {
            switch activity.status {
            case .done:
                #expect(activity.progressPercent == 100 && activity.actualFinish != nil, "\(activity.id)")
            case .notStarted:
                #expect(activity.progressPercent == 0 && activity.actualStart == nil, "\(activity.id)")
            case .inProgress, .delayed:
                #expect(activity.progressPercent > 0 && activity.progressPercent < 100 && activity.actualStart != nil,
                        "\(activity.id)")
            case .cancelled:
                break
            }
        }
        #expect(Self.dependencyCycle(in: a.activities) == nil)
    }

    @Test func administrationMonitoringAndEvaluationAreFilledIn() throws {
        let plan = try Self.loadPlan()
        #expect(plan.administration.costCeilings.map(\.id) == CostCeiling.defaults.map(\.id))
        #expect(plan.administration.costCeilings.map(\.schemeType) == CostCeiling.defaults.map(\.schemeType))
        #expect(Set(plan.administration.capacities.map(\.function)) == Set(AdminFunction.allCases))

        let m = plan.monitoring
        let objectivesWithOutcome = Set(m.outcomes.compactMap(\.objectiveId))
        #expect(objectivesWithOutcome == Set(plan.strategy.objectives.map(\.id)), "an outcome per objective")
        #expect(m.indicators.count >= 10)
        for indicator in m.indicators {
            #expect(indicator.baseline != nil && indicator.baselineYear != nil, "\(indicator.id) has a baseline")
            #expect(!indicator.targets.isEmpty && !indicator.unit.isEmpty && !indicator.source.isEmpty)
            #expect(indicator.responsibleId != nil)
        }
        #expect(m.indicators.contains { $0.name.contains("SDG 1.3.1") })
        #expect(Set(m.actuals.map(\.year)).isSuperset(of: [2025, 2026]))

        let e = plan.evaluation
        #expect(Set(e.questions.map(\.criterion)).isSuperset(of: EvaluationCriterion.dac), "the six DAC criteria")
        #expect(!e.findings.isEmpty && !e.recommendations.isEmpty)
    }

    // MARK: - Ids

    @Test func idsAreUniqueAndUseTheirKindsPrefix() throws {
        let plan = try Self.loadPlan()
        for kind in EntityKind.allCases {
            let ids = Self.ids(of: kind.type, in: plan)
            #expect(Set(ids).count == ids.count, "duplicate \(kind.label) ids")
            for id in ids {
                #expect(id.hasPrefix(kind.idPrefix + "-") && Int(id.dropFirst(kind.idPrefix.count + 1)) != nil,
                        "\(id) is not a \(kind.idPrefix)-n id")
            }
        }
    }

    @Test func everyReferencedIdResolves() throws {
        let plan = try Self.loadPlan()
        var known: [EntityKind: Set<EntityID>] = [:]
        for kind in EntityKind.allCases {
            known[kind] = Set(Self.ids(of: kind.type, in: plan))
        }
        let references = Self.references(in: plan)
        #expect(references.count > 500)
        let missing = references.filter { !(known[$0.kind] ?? []).contains($0.id) }
        #expect(missing.isEmpty, "unresolved: \(missing.map { "\($0.from) -> \($0.kind.idPrefix) '\($0.id)'" })")
    }

    // MARK: - Helpers

    static func ids<E: PlanEntity>(of type: E.Type, in plan: Plan) -> [EntityID] {
        plan[keyPath: E.keyPath].map(\.id)
    }

    struct Reference {
        var from: String
        var id: EntityID
        var kind: EntityKind
    }

    /// Every id a plan refers to, with the kind it must name.
    static func references(in plan: Plan) -> [Reference] {
        var refs: [Reference] = []
        func add(_ from: String, _ id: EntityID?, _ kind: EntityKind) {
            if let id { refs.append(Reference(from: from, id: id, kind: kind)) }
        }
        func add(_ from: String, _ ids: [EntityID], _ kind: EntityKind) {
            for id in ids { add(from, id, kind) }
        }
        let f = plan.foundations
        add("foundations.leadMinistryId", f.leadMinistryId, .stakeholder)
        for m in f.steeringCommittee { add(m.id, m.stakeholderId, .stakeholder) }

        let s = plan.stocktake
        for x in s.schemes {
            add(x.id, x.institutionId, .stakeholder)
            add(x.id, x.groupIds, .group)
            add(x.id, x.recipients.map(\.groupId), .group)
        }
        for x in s.coverage { add(x.id, x.groupId, .group) }
        for x in s.gaps {
            add(x.id, x.groupId, .group)
            add(x.id, x.reasonIds, .reason)
        }

        let t = plan.strategy
        for x in t.scores {
            add(x.id, x.gapId, .gap)
            add(x.id, x.criterionId, .criterion)
        }
        for x in t.priorities {
            add(x.id, x.gapIds, .gap)
            add(x.id, x.objectiveId, .objective)
        }
        for x in t.scenarios { add(x.id, x.measureIds, .measure) }
        for x in t.measures {
            add(x.id, x.objectiveId, .objective)
            add(x.id, x.gapIds, .gap)
            add(x.id, x.targetGroupId, .group)
            add(x.id, x.leadInstitutionId, .stakeholder)
            add(x.id, x.phaseId, .phase)
        }
        for x in t.roles {
            add(x.id, x.institutionId, .stakeholder)
            add(x.id, x.measureId, .measure)
        }
        for x in t.consultations { add(x.id, x.stakeholderIds, .stakeholder) }
        for x in t.measures {
            add(x.id, x.implications.supporterIds, .stakeholder)
            add(x.id, x.implications.opponentIds, .stakeholder)
        }
        for x in t.publicInformation {
            add(x.id, x.responsibleId, .stakeholder)
            add(x.id, x.measureIds, .measure)
        }
        for x in t.acceptance { add(x.id, x.measureIds, .measure) }
        for x in t.options { add(x.id, x.measureId, .measure) }
        for x in plan.administration.services {
            add(x.id, x.schemeId, .scheme)
            add(x.id, x.institutionId, .stakeholder)
        }

        for x in plan.actionPlan.activities {
            add(x.id, x.measureId, .measure)
            add(x.id, x.objectiveId, .objective)
            add(x.id, x.responsibleId, .stakeholder)
            add(x.id, x.partnerIds, .stakeholder)
            add(x.id, x.dependencies.map(\.activityId), .activity)
        }

        for x in plan.administration.capacities {
            add(x.id, x.institutionId, .stakeholder)
            add(x.id, x.activityIds, .activity)
        }

        let m = plan.monitoring
        for x in m.outcomes { add(x.id, x.objectiveId, .objective) }
        for x in m.indicators {
            add(x.id, x.outcomeId, .outcome)
            add(x.id, x.responsibleId, .stakeholder)
        }
        for x in m.actuals { add(x.id, x.indicatorId, .resultIndicator) }

        let e = plan.evaluation
        for x in e.findings { add(x.id, x.questionId, .question) }
        for x in e.recommendations { add(x.id, x.findingIds, .finding) }
        return refs
    }

    /// A cycle of activity ids linked by dependencies, or nil when there is none.
    static func dependencyCycle(in activities: [Activity]) -> [EntityID]? {
        let predecessors = Dictionary(activities.map { ($0.id, $0.dependencies.map(\.activityId)) },
                                      uniquingKeysWith: { a, _ in a })
        enum Mark { case visiting, done }
        var marks: [EntityID: Mark] = [:]
        var stack: [EntityID] = []
        func visit(_ id: EntityID) -> [EntityID]? {
            switch marks[id] {
            case .done: return nil
            case .visiting: return Array(stack.drop(while: { $0 != id })) + [id]
            case nil: break
            }
            marks[id] = .visiting
            stack.append(id)
            for next in predecessors[id] ?? [] {
                if let cycle = visit(next) { return cycle }
            }
            stack.removeLast()
            marks[id] = .done
            return nil
        }
        for activity in activities {
            if let cycle = visit(activity.id) { return cycle }
        }
        return nil
    }

    @Test func cycleDetectionFindsACycle() {
        var a = Activity(id: "ACT-1")
        var b = Activity(id: "ACT-2")
        a.dependencies = [Dependency(activityId: "ACT-2")]
        b.dependencies = [Dependency(activityId: "ACT-1", type: .startToStart)]
        #expect(Self.dependencyCycle(in: [a, b]) != nil)
        #expect(Self.dependencyCycle(in: [a, Activity(id: "ACT-2")]) == nil)
    }
}

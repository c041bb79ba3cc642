import Testing
@testable import PlanDomain

/// The fast lookups (an index of positions by id, counts and titles read in place, coverage
/// cells from candidate schemes) give what the full searches give, on the example plan after
/// random edits.
@Suite("Lookups by id agree with the full search")
struct LookupTests {
    struct Random {
        var state: UInt64
        mutating func next(_ below: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(max(1, below)))
        }
    }

    /// The example plan after `count` random inserts (copies, some reusing an id already taken)
    /// and deletes, each through the edit path.
    static func editedPlan(seed: UInt64, count: Int) throws -> Plan {
        var plan = try ExamplePlanTests.loadPlan()
        var random = Random(state: seed)
        let kinds = EntityKind.allCases
        for step in 0..<count {
            let kind = kinds[random.next(kinds.count)]
            let entities = plan.entities(kind)
            guard !entities.isEmpty else { continue }
            let entity = entities[random.next(entities.count)]
            switch random.next(3) {
            case 0:
                _ = try? plan.apply(.delete(kind, id: entity.id))
            case 1:
                var twin = entity
                twin.id = "\(entity.id)-r\(step)"
                _ = try? plan.apply(.insert(AnyEntity(twin), index: random.next(entities.count + 1)))
            default:
                // A second entity with an id in use: lookups must find the first, as a search does.
                var twin = entity
                twin.id = entities[random.next(entities.count)].id
                plan.replaceAll(kind, with: entities + [twin])
            }
        }
        return plan
    }

    @Test("count, positions, entity and name match a linear search", arguments: [1, 2, 3] as [UInt64])
    func lookups(seed: UInt64) throws {
        let plan = try Self.editedPlan(seed: seed, count: 150)
        let validator = Validator(plan: plan, numbers: .commaPoint)
        let findings = plan.validate()
        for kind in EntityKind.allCases {
            let entities = plan.entities(kind)
            #expect(plan.count(kind) == entities.count)
            let positions = plan.firstPositions(kind)
            for (position, entity) in entities.enumerated() {
                let first = entities.firstIndex { $0.id == entity.id }!
                #expect(positions[entity.id] == first)
                #expect(plan.entity(kind, id: entity.id).map(AnyEntity.init) == AnyEntity(entities[first]))
                #expect(plan.title(kind, at: position) == entity.title)
                #expect(validator.nameOf(kind, entity.id) == plan.name(kind, entity.id))
                let linear = entities.first { $0.id == entity.id }.map { $0.title.isEmpty ? entity.id : $0.title }
                #expect(plan.name(kind, entity.id) == linear)
            }
            var seen: Set<EntityID> = []
            let duplicates = entities.map(\.id).filter { !$0.trimmingSpaces.isEmpty && !seen.insert($0).inserted }
            let found = findings.filter { $0.rule == .idDuplicate && $0.location.kind == kind }
            #expect(found.compactMap(\.location.id) == duplicates)
            #expect(validator.nameOf(kind, "NO-SUCH-ID") == "NO-SUCH-ID")
            #expect(validator.nameOf(kind, nil) == "")
            #expect(plan.entity(kind, id: "NO-SUCH-ID") == nil)
        }
    }

    @Test("coverage cells from candidate schemes equal cells from every scheme", arguments: [1, 2, 3] as [UInt64])
    func coverageCells(seed: UInt64) throws {
        let plan = try Self.editedPlan(seed: seed, count: 200)
        let matrix = plan.coverageMatrix
        let assessments = plan.stocktake.coverage
        for (index, cell) in matrix.cells.enumerated() {
            let assessment = assessments.first { $0.contingency == cell.contingency && $0.groupId == cell.groupId }
            let full = CoverageCell(contingency: cell.contingency, groupId: cell.groupId, groupSize: cell.groupSize,
                                    schemes: plan.stocktake.schemes, assessment: assessment,
                                    reference: matrix.groups[index % matrix.groups.count].reference)
            var expected = full
            expected.gap = full.gapKind(threshold: matrix.thresholdPercent)
            #expect(cell == expected)
        }
    }
}

extension Plan {
    /// Sets a whole collection (for tests that need states the edit path refuses, such as two
    /// entities with one id).
    mutating func replaceAll(_ kind: EntityKind, with entities: [any PlanEntity]) {
        func set<E: PlanEntity>(_ type: E.Type) { self[keyPath: E.keyPath] = entities.compactMap { $0 as? E } }
        set(kind.type)
    }
}

extension LookupTests {
    @Test("derived gaps from the index name the recorded gaps, reasons and measures a full search finds",
          arguments: [1, 2, 3] as [UInt64])
    func derivedGaps(seed: UInt64) throws {
        var plan = try Self.editedPlan(seed: seed, count: 150)
        // Measures aimed at gap cells and naming recorded gaps, so both ways of addressing are used.
        let cells = plan.coverageMatrix.gaps
        for (offset, measure) in plan.strategy.measures.enumerated() where !cells.isEmpty {
            var changed = measure
            let cell = cells[offset % cells.count]
            if offset % 2 == 0 { (changed.contingency, changed.targetGroupId) = (cell.contingency, cell.groupId) }
            if offset % 3 == 0, let gap = plan.stocktake.gaps.last { changed.gapIds.append(gap.id) }
            _ = try? plan.apply(.update(AnyEntity(changed)))
        }
        for gap in plan.coverageMatrix.gaps {
            let recorded = plan.stocktake.gaps.filter {
                $0.contingency == gap.contingency && $0.groupId == gap.groupId && $0.kind.isCoverageGap
            }
            #expect(gap.recordedAs == recorded.map(\.id))
            var reasons: [EntityID] = []
            for reason in recorded.flatMap(\.reasonIds) where !reasons.contains(reason) { reasons.append(reason) }
            #expect(gap.reasonIds == reasons)
            let ids = Set(gap.recordedAs)
            let measures = plan.strategy.measures.filter { measure in
                measure.gapIds.contains { ids.contains($0) }
                    || (measure.contingency == gap.contingency && measure.targetGroupId == gap.groupId)
            }.map(\.id)
            #expect(gap.measureIds == measures)
        }
    }
}

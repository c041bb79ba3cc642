import PlanDomain

/// Builds plans of realistic shape and size, the same for the same arguments, for benchmarks and
/// tests. Scale 1 is a full national plan (30 schemes, 100 activities, about 700 entities);
/// scale 10 has ten times as many of everything. ``Counts/national`` is the size of a large
/// national plan (2,000 schemes, 10,000 activities with 21,000 links), about 12 MB of plan.json.
enum PlanGenerator {
    /// How many entities of each kind to make.
    struct Counts {
        var stakeholders, committee, indicators, groups, schemes, coverage, gaps, objectives, scores: Int
        var measures, roles, consultations, activities, capacities, outcomes, resultIndicators: Int
        var actuals, findings, recommendations: Int
        /// Dependencies between activities; at least one per activity after the first.
        var links: Int

        init(scale: Int) {
            let n = max(1, scale)
            (stakeholders, committee, indicators, groups, schemes, coverage, gaps) = (40 * n, 12 * n, 25 * n, 20 * n,
                                                                                       30 * n, 60 * n, 25 * n)
            (objectives, scores, measures, roles, consultations) = (8 * n, 125 * n, 20 * n, 30 * n, 10 * n)
            (activities, capacities, outcomes, resultIndicators) = (100 * n, 30 * n, 10 * n, 30 * n)
            (actuals, findings, recommendations) = (60 * n, 15 * n, 10 * n)
            links = activities - 1
        }

        /// A national plan of the size in issue 8: 2,000 schemes, 100 groups, 50 measures,
        /// 10,000 activities with 21,000 links, 500 indicators.
        static var national: Counts {
            var c = Counts(scale: 1)
            (c.stakeholders, c.committee, c.indicators, c.groups, c.schemes, c.coverage, c.gaps) = (400, 40, 300, 100,
                                                                                                  2_000, 1_500, 300)
            (c.objectives, c.scores, c.measures, c.roles, c.consultations) = (20, 1_500, 50, 300, 100)
            (c.activities, c.capacities, c.outcomes, c.resultIndicators) = (10_000, 600, 100, 500)
            (c.actuals, c.findings, c.recommendations, c.links) = (3_000, 150, 100, 21_000)
            return c
        }
    }

    /// `plan` being carried out: every approval step approved the strategy, the action plan and the
    /// costing in 2024 and recorded the fingerprint of what it approved, as Socle does when a step is
    /// saved as approved; so every analysis after an edit checks those versions again.
    static func approved(_ plan: Plan) -> Plan {
        var result = plan
        result.strategy.approvals = plan.strategy.approvals.enumerated().map { index, step in
            var step = step
            step.status = .approved
            step.date = Day(year: 2024, month: 6 + index, day: 12)
            step.documents = PlanDocument.allCases
            step.reference = "Minutes of \(step.stage.label.lowercased()), 2024"
            return plan.sealing(step)
        }
        return result
    }

    static func plan(scale: Int = 1, seed: UInt64 = 1) -> Plan {
        plan(Counts(scale: scale), seed: seed)
    }

    static func plan(_ counts: Counts, seed: UInt64 = 1) -> Plan {
        var random = SplitMix(seed: seed)
        let c = counts
        var plan = Plan.new(meta: PlanMeta(
            country: Country(name: "Côte d'Ivoire", code: "CIV"), title: "National Social Protection Strategy",
            currency: "XOF", baseYear: 2024, firstYear: 2025, lastYear: 2030, language: "fr",
            authors: ["Ministère de l'Emploi et de la Protection sociale", "ILO technical team"]))
        plan.foundations.mandate.authority = "Council of Ministers"
        plan.foundations.mandate.instrument = "Décret n° 2024-117 portant création du comité de pilotage"
        plan.foundations.mandate.date = Day(year: 2024, month: 3, day: 14)
        plan.strategy.vision = "By 2030, everyone living in the country is protected across the life cycle."
        plan.stocktake.economy.gdp = GrowthSeries(baseValue: 48_700_000_000_000, growthPercent: 6.5)
        plan.stocktake.economy.inflation = GrowthSeries(baseValue: 3.2, growthPercent: 0)
        plan.stocktake.economy.fiscalSpaceCeilingPercentOfGDP = 1.8

        func ids(_ prefix: String, _ count: Int) -> [EntityID] { (1...max(1, count)).map { "\(prefix)-\($0)" } }
        let stakeholders = ids("STK", c.stakeholders), groups = ids("GRP", c.groups), gaps = ids("GAP", c.gaps)
        let objectives = ids("OBJ", c.objectives), measures = ids("MEA", c.measures), activities = ids("ACT", c.activities)
        let outcomes = ids("OUT", c.outcomes), indicators = ids("RI", c.resultIndicators), findings = ids("EF", c.findings)

        plan.foundations.stakeholders = stakeholders.map { id in
            var s = Stakeholder(id: id)
            s.name = "Direction générale \(random.word()) et \(random.word())"
            s.acronym = random.acronym()
            s.kind = random.pick(StakeholderKind.self)
            s.role = "Contributes data and reviews drafts on \(random.word())"
            s.contact = "contact.\(id.lowercased())@gouv.example"
            return s
        }
        plan.foundations.steeringCommittee = ids("COM", c.committee).map { id in
            var m = CommitteeMember(id: id)
            m.name = random.personName()
            m.stakeholderId = random.element(stakeholders)
            m.position = "Directeur / Directrice"
            return m
        }
        plan.stocktake.indicators = ids("IND", c.indicators).map { id in
            var i = Indicator(id: id)
            i.name = "Share of \(random.word()) population"
            i.value = random.amount(100)
            i.unit = "%"
            i.year = 2023
            i.source = "Enquête harmonisée sur les conditions de vie des ménages"
            return i
        }
        plan.stocktake.groups = groups.map { id in
            var g = PopulationGroup(id: id)
            g.name = "\(random.word().capitalized) workers"
            g.size = random.amount(2_000_000).rounded()
            g.year = 2024
            g.growthPercent = 2.5
            g.projection = (2025...2030).map { YearValue(year: $0, value: random.amount(2_500_000).rounded()) }
            g.partOfPartition = true
            return g
        }
        plan.stocktake.schemes = ids("SCH", c.schemes).map { id in
            var s = Scheme(id: id)
            s.name = "Régime de \(random.word()) \(random.word())"
            s.type = random.pick(SchemeType.self)
            s.institutionId = random.element(stakeholders)
            s.legalBasis = "Loi n° \(1990 + random.int(30))-\(random.int(900))"
            s.contingencies = Array(Contingency.allCases.shuffled(using: &random).prefix(3))
            s.groupIds = (0..<3).map { _ in random.element(groups) }
            s.financing = FinancingShares(employerContributions: 60, insuredContributions: 30, generalRevenue: 10)
            s.contributors = random.amount(500_000).rounded()
            s.recipients = (0..<4).map { _ in GroupCount(groupId: random.element(groups),
                                                         count: random.amount(100_000).rounded()) }
            s.benefitLevel = "\(random.int(60) + 20)% of reference wage"
            s.expenditure = random.amount(90_000_000_000).rounded()
            s.administrativeCost = random.amount(4_000_000_000).rounded()
            s.year = 2023
            return s
        }
        plan.stocktake.coverage = ids("COV", c.coverage).map { id in
            var c = CoverageAssessment(id: id)
            c.contingency = random.pick(Contingency.self)
            c.groupId = random.element(groups)
            c.coveragePercent = random.amount(100)
            c.note = "Administrative data, \(random.word()) survey"
            return c
        }
        plan.stocktake.gaps = gaps.map { id in
            var g = Gap(id: id)
            g.kind = random.pick(GapKind.self)
            g.contingency = random.pick(Contingency.self)
            g.groupId = random.element(groups)
            g.description = "No effective protection for \(random.word()) workers against \(random.word()) risks"
            return g
        }
        plan.strategy.objectives = objectives.map { id in
            var o = Objective(id: id)
            o.name = "Extend \(random.word()) coverage"
            o.description = "Raise effective coverage of \(random.word()) groups to the national target."
            return o
        }
        plan.strategy.scores = ids("SCO", c.scores).map { id in
            var s = PriorityScore(id: id)
            s.gapId = random.element(gaps)
            s.criterionId = "CRI-\(random.int(5) + 1)"
            s.scoredBy = random.pick(StakeholderKind.self)
            s.score = Double(random.int(5) + 1)
            return s
        }
        plan.strategy.measures = measures.map { id in
            var m = Measure(id: id)
            m.name = "Allocation \(random.word())"
            m.description = "A benefit for \(random.word()) households, paid monthly through mobile money."
            m.objectiveId = random.element(objectives)
            m.gapIds = [random.element(gaps), random.element(gaps)]
            m.targetGroupId = random.element(groups)
            m.contingency = random.pick(Contingency.self)
            m.benefit.annualAmount = random.amount(240_000).rounded()
            m.takeUp.targetPercent = 80
            m.takeUp.rampYears = 4
            m.startYear = 2026
            return m
        }
        plan.strategy.roles = ids("ROL", c.roles).map { id in
            var r = InstitutionRole(id: id)
            r.institutionId = random.element(stakeholders)
            r.measureId = random.element(measures)
            r.function = random.pick(InstitutionFunction.self)
            return r
        }
        plan.strategy.consultations = ids("CON", c.consultations).map { id in
            var c = Consultation(id: id)
            c.date = Day(year: 2024, month: random.int(12) + 1, day: random.int(28) + 1)
            c.participants = "Social partners, civil society, \(random.word()) associations"
            c.stakeholderIds = [random.element(stakeholders), random.element(stakeholders)]
            c.topics = "Priorities for \(random.word()) protection"
            c.outcome = "Agreement on sequencing; concerns about \(random.word()) financing"
            return c
        }
        plan.actionPlan.startDate = Day(year: 2025, month: 1, day: 6)
        plan.actionPlan.activities = activities.enumerated().map { index, id in
            var a = Activity(id: id)
            a.name = "\(random.word().capitalized) the \(random.word()) register"
            a.measureId = random.element(measures)
            a.objectiveId = random.element(objectives)
            a.responsibleId = random.element(stakeholders)
            a.partnerIds = [random.element(stakeholders)]
            a.durationDays = 10 + random.int(170)
            if index > 0 { a.dependencies = [Dependency(activityId: activities[random.int(index)])] }
            a.budget = random.amount(500_000_000).rounded()
            a.progressPercent = Double(random.int(101))
            return a
        }
        // Links beyond one per activity, from a second generator so smaller plans stay as they were.
        // Each goes to an earlier activity, which keeps the network acyclic.
        var extra = SplitMix(seed: seed &+ 99)
        var added = 0
        while added < c.links - (activities.count - 1), activities.count > 2 {
            let to = 2 + extra.int(activities.count - 2)
            let from = extra.int(to)
            guard !plan.actionPlan.activities[to].dependencies.contains(where: { $0.activityId == activities[from] })
            else { continue }
            plan.actionPlan.activities[to].dependencies.append(Dependency(activityId: activities[from]))
            added += 1
        }
        plan.administration.capacities = ids("CAP", c.capacities).map { id in
            var c = CapacityAssessment(id: id)
            c.institutionId = random.element(stakeholders)
            c.function = random.pick(AdminFunction.self)
            c.rating = random.pick(CapacityRating.self)
            c.notes = "Staffing and IT systems reviewed in \(random.word()) mission"
            c.activityIds = [random.element(activities)]
            return c
        }
        plan.monitoring.outcomes = outcomes.map { id in
            var o = Outcome(id: id)
            o.objectiveId = random.element(objectives)
            o.statement = "More \(random.word()) workers are protected against \(random.word()) risks"
            return o
        }
        plan.monitoring.indicators = indicators.map { id in
            var r = ResultIndicator(id: id)
            r.outcomeId = random.element(outcomes)
            r.name = "Coverage rate, \(random.word()) workers"
            r.unit = "%"
            r.baseline = random.amount(40)
            r.baselineYear = 2024
            r.targets = (2025...2030).map { YearValue(year: $0, value: random.amount(100)) }
            r.source = "Administrative records"
            r.responsibleId = random.element(stakeholders)
            return r
        }
        // One value per indicator and year (a second one for the same year is an error since issue 12).
        plan.monitoring.actuals = ids("VAL", c.actuals).enumerated().map { index, id in
            var v = ActualValue(id: id)
            v.indicatorId = indicators[index % indicators.count]
            v.year = 2025 + index / indicators.count
            v.value = random.amount(100)
            return v
        }
        plan.evaluation.findings = findings.map { id in
            var f = EvaluationFinding(id: id)
            f.criterion = random.pick(EvaluationCriterion.self)
            f.finding = "Delivery through \(random.word()) channels was slower than planned"
            f.rating = random.int(4) + 1
            return f
        }
        plan.evaluation.recommendations = ids("REC", c.recommendations).map { id in
            var r = Recommendation(id: id)
            r.text = "Simplify \(random.word()) registration"
            r.findingIds = [random.element(findings)]
            r.addressee = "Ministry of \(random.word())"
            return r
        }
        return plan
    }

    /// How many entities `plan` holds, over every kind.
    static func entityCount(_ plan: Plan) -> Int {
        EntityKind.allCases.reduce(0) { $0 + plan.entities($1).count }
    }
}

/// A small deterministic generator (SplitMix64), so generated plans are the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ below: Int) -> Int { Int(next() % UInt64(max(1, below))) }
    mutating func amount(_ upTo: Double) -> Double { Double(next() % 1_000_000) / 1_000_000 * upTo }
    mutating func element<T>(_ list: [T]) -> T { list[int(list.count)] }
    mutating func pick<T: Choice>(_ type: T.Type) -> T { element(Array(T.allCases)) }

    private static let words = ["rural", "informal", "agricultural", "domestic", "urban", "maternal", "pension",
                                "health", "family", "disability", "fishing", "mining", "transport", "école",
                                "santé", "coopérative", "artisan", "market", "youth", "elderly"]
    mutating func word() -> String { element(Self.words) }
    mutating func acronym() -> String {
        String((0..<(3 + int(3))).map { _ in Character(Unicode.Scalar(UInt8(65 + int(26)))) })
    }
    mutating func personName() -> String {
        element(["Aya", "Kouadio", "Mariam", "Yao", "Adjoua", "Koffi", "Fatoumata", "Séraphin"]) + " "
            + element(["Koné", "Traoré", "N'Guessan", "Bamba", "Ouattara", "Kouassi", "Diabaté"])
    }
}

import Foundation
import Testing
@testable import PlanDomain

/// The fast path of approved versions (`VersionMemo`: the action plan kept in pieces, hashed only from
/// the first activity that changed, compared with the content last found to be an approved version)
/// gives exactly what hashing each document's content by the definition gives, after random edits,
/// insertions, removals and moves of activities, edits of the rest of the plan, and undo back to
/// versions seen before, the approved one among them.
@Suite("Approved versions without hashing everything again")
struct VersionMemoTests {
    typealias Random = LookupTests.Random

    /// The plan with its first approval step approving the three documents as they are.
    static func approvedPlan() throws -> Plan {
        var plan = try ExamplePlanTests.loadPlan()
        try #require(plan.actionPlan.activities.count > 3 && !plan.strategy.approvals.isEmpty)
        var step = plan.strategy.approvals[0]
        (step.status, step.documents, step.fingerprint) = (.approved, PlanDocument.allCases, "")
        plan.strategy.approvals[0] = plan.sealing(step)
        return plan
    }

    /// The digest of `document` by the definition (the reference content, hashed whole).
    static func definition(_ plan: Plan, _ document: PlanDocument) -> String {
        SHA256.hex(Array(plan.foundationCanonicalContent(of: document)))
    }

    /// One random change: most to the action plan's activities, some to the rest of it, the
    /// strategy or the costing; some back to a version seen before.
    static func change(_ plan: inout Plan, _ random: inout Random, seen: [Plan]) {
        var activities = plan.actionPlan.activities
        let count = activities.count
        let texts = ["Caf\u{e9}", "Cafe\u{301}", "a/b \"c\"", "", "line\nnext", "\u{1}"]
        switch random.next(12) {
        case 0...2 where count > 0:
            let at = random.next(count)
            switch random.next(5) {
            case 0: activities[at].name = texts[random.next(texts.count)]
            case 1: activities[at].durationDays += 1 + random.next(3)
            case 2: activities[at].budget = Double(random.next(1000)) / 8
            case 3: activities[at].partnerIds.append("STK-\(random.next(5))")
            default: activities[at].milestone.toggle()
            }
            plan.actionPlan.activities = activities
        case 3 where count > 0:
            var copy = activities[random.next(count)]
            copy.id = "ACT-R\(random.next(1_000))"
            plan.actionPlan.activities.insert(copy, at: random.next(count + 1))
        case 4 where count > 0:
            plan.actionPlan.activities.remove(at: random.next(count))
        case 5 where count > 1:
            let moved = plan.actionPlan.activities.remove(at: random.next(count))
            plan.actionPlan.activities.insert(moved, at: random.next(count))
        case 6:
            plan.actionPlan.activities = activities.isEmpty ? (seen.first?.actionPlan.activities ?? []) : []
        case 7:
            plan.actionPlan.startDate = random.next(2) == 0 ? nil : Day(year: 2025, month: 1 + random.next(12), day: 1)
            plan.actionPlan.pledges = random.next(2) == 0 ? [] : (seen.first?.actionPlan.pledges ?? [])
        case 8 where !plan.strategy.measures.isEmpty:
            plan.strategy.measures[random.next(plan.strategy.measures.count)].name = texts[random.next(texts.count)]
        case 9:
            plan.stocktake.economy.gdp.growthPercent = Double(random.next(90)) / 10
        default:
            // Undo (or redo) to a version seen before: the approved one, or one in between.
            let back = seen[random.next(seen.count)]
            plan.actionPlan = back.actionPlan
            if random.next(2) == 0 { plan.strategy = back.strategy; plan.stocktake = back.stocktake }
            if random.next(3) == 0 {
                // The same content in lists of its own (not the same storage): compared by bytes.
                plan.actionPlan.activities = back.actionPlan.activities.map { activity in
                    var copy = activity
                    copy.name = String(decoding: Array(activity.name.utf8), as: UTF8.self)
                    return copy
                }
            }
        }
    }

    @Test("digests and versions held after random edits and undo, as by the definition",
          arguments: [UInt64(1), 8, 77, 2026])
    func randomEdits(seed: UInt64) throws {
        var plan = try Self.approvedPlan()
        var random = Random(state: seed)
        let memo = VersionMemo()
        // Versions to ask about: the one approved and those of plans seen on the way.
        var versions: [String] = []
        var seen = [plan]
        for round in 0..<60 {
            let expected = Dictionary(uniqueKeysWithValues: PlanDocument.allCases.map { ($0, Self.definition(plan, $0)) })
            // The approved versions and the last few seen.
            for document in PlanDocument.allCases where !versions.contains(String(expected[document]!.prefix(12))) {
                versions.append(String(expected[document]!.prefix(12)))
            }
            if versions.count > 12 { versions.removeSubrange(3..<(versions.count - 9)) }
            // Asked in a random order: each answer changes what the memo holds.
            let askFirst = random.next(2) == 0
            if askFirst {
                for version in versions.shuffled(using: &random) {
                    #expect(memo.holds(.actionPlan, version: version, in: plan)
                            == (expected[.actionPlan]!.prefix(12) == version), "round \(round), version \(version) (seed \(seed))")
                }
            }
            for document in PlanDocument.allCases.shuffled(using: &random) where random.next(3) > 0 {
                #expect(memo.digest(of: document, in: plan) == expected[document], "round \(round), \(document) (seed \(seed))")
            }
            if !askFirst {
                for version in versions.shuffled(using: &random) {
                    for document in PlanDocument.allCases {
                        #expect(memo.holds(document, version: version, in: plan)
                                == (expected[document]!.prefix(12) == version), "round \(round), \(document) \(version) (seed \(seed))")
                    }
                }
            }
            if round % 3 == 0 {
                #expect(memo.actionPlanContent(in: plan).map { Data($0) } == plan.foundationCanonicalContent(of: .actionPlan))
            }
            Self.change(&plan, &random, seen: seen)
            if random.next(4) == 0 { seen.append(plan) }
        }
    }

    @Test("the approval steps' answers, through the shared memo, as by the definition", arguments: [UInt64(3), 41])
    func changedSinceApproval(seed: UInt64) throws {
        var plan = try Self.approvedPlan()
        var random = Random(state: seed)
        let seen = [plan]
        for round in 0..<40 {
            let expected = Dictionary(uniqueKeysWithValues: PlanDocument.allCases.map { ($0, String(Self.definition(plan, $0).prefix(12))) })
            for step in plan.strategy.approvals where step.status == .approved {
                #expect(plan.changedSinceApproval(step) == plan.changedSinceApproval(step) { expected[$0]! == $1 },
                        "round \(round) (seed \(seed))")
            }
            if random.next(5) == 0 {
                // A second step approves the version of now: two versions to tell apart.
                var step = plan.strategy.approvals[plan.strategy.approvals.count - 1]
                (step.status, step.documents, step.fingerprint) = (.approved, [.actionPlan], "")
                plan.strategy.approvals[plan.strategy.approvals.count - 1] = plan.sealing(step)
            }
            Self.change(&plan, &random, seen: seen)
        }
    }

    /// Validations on other threads share the memo: each checks it out while it works, so answers
    /// stay right when several ask at once about different plans.
    @Test("several threads at once, each with its own plan")
    func concurrent() async throws {
        let approved = try Self.approvedPlan()
        let version = String(Self.definition(approved, .actionPlan).prefix(12))
        let plans = (0..<6).map { index in
            var plan = approved
            if index % 2 == 1 { plan.actionPlan.activities[index % plan.actionPlan.activities.count].durationDays += index }
            return plan
        }
        let expected = plans.map { Self.definition($0, .actionPlan) }
        let memo = VersionMemo()
        let answers = await withTaskGroup(of: (Int, Bool, String).self) { group in
            for round in 0..<24 {
                group.addTask {
                    let index = round % plans.count
                    return (index, memo.holds(.actionPlan, version: version, in: plans[index]),
                            memo.digest(of: .actionPlan, in: plans[index]))
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(answers.count == 24)
        for (index, holds, digest) in answers {
            #expect(holds == (index % 2 == 0), "plan \(index)")
            #expect(digest == expected[index], "plan \(index)")
        }
    }

    /// The point of it: after an edit to an approved action plan, the answer comes without hashing
    /// (the content differs from the approved one), and after undo without hashing either; a
    /// digest asked for is hashed from the activity edited, not from the start.
    @Test("an edit to the approved action plan is not hashed again")
    func noHashAfterAnEdit() throws {
        let approved = try Self.approvedPlan()
        let version = String(Self.definition(approved, .actionPlan).prefix(12))
        let memo = VersionMemo()
        #expect(memo.holds(.actionPlan, version: version, in: approved))
        let hashed = try #require(memo.held.hashed)
        var edited = approved
        let last = edited.actionPlan.activities.count - 1
        edited.actionPlan.activities[last].durationDays += 1
        #expect(!memo.holds(.actionPlan, version: version, in: edited))
        let size = approved.foundationCanonicalContent(of: .actionPlan).count
        #expect(memo.held.bytesHashed == size, "hashed once, whole")
        #expect(!memo.holds(.actionPlan, version: version, in: edited))
        #expect(memo.held.bytesHashed == size, "no new hash after the edit")
        #expect(memo.holds(.actionPlan, version: version, in: approved), "undo: the version approved again")
        #expect(memo.held.bytesHashed == size, "nor after undo")
        // The digest of the edited plan resumes from the state before its last activity.
        #expect(memo.digest(of: .actionPlan, in: edited) == Self.definition(edited, .actionPlan))
        let resumed = try #require(memo.held.hashed)
        #expect(resumed.bytesHashed == resumed.pieces[last].count + resumed.tail.count)
        #expect(resumed.states.count == hashed.states.count)
    }
}

extension Array {
    func shuffled(using random: inout LookupTests.Random) -> [Element] {
        var elements = self
        for index in elements.indices.reversed() where index > 0 { elements.swapAt(index, random.next(index + 1)) }
        return elements
    }
}

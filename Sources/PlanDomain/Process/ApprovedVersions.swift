import Foundation

/// A document of the plan an approval step can approve.
public enum PlanDocument: String, Choice {
    case strategy, actionPlan, costing
    public var label: String {
        switch self {
        case .strategy: "The strategy"
        case .actionPlan: "The action plan"
        case .costing: "The costing"
        }
    }

    /// "the strategy", for sentences.
    public var name: String { label.prefix(1).lowercased() + label.dropFirst() }
}

/// The version an approval step approved: for each of its documents, the first 12 hexadecimal digits of
/// the SHA-256 of the document's content at the moment the step was saved as approved, written in the
/// order of `PlanDocument.allCases` and joined by "-" ("3f9a0c1d2b4e-77be21a09c3d" for the strategy and
/// the costing). The plan alone is enough to compute it again, so anyone holding a copy of the plan (or
/// of its git history) can tell whether what is in it now is what was approved (docs/DECISIONS.md).
extension Plan {
    public static let fingerprintDigits = 12

    /// The fingerprint of one document as the plan holds it now (after an edit, hashed again only
    /// from what the edit changed: `VersionMemo`).
    public func fingerprint(of document: PlanDocument) -> String {
        String(VersionMemo.shared.digest(of: document, in: self).prefix(Plan.fingerprintDigits))
    }

    /// The fingerprint of `documents` together, as an approval step records it.
    public func fingerprint(of documents: [PlanDocument]) -> String {
        PlanDocument.allCases.filter(documents.contains).map { fingerprint(of: $0) }.joined(separator: "-")
    }

    /// The step with the version it approves recorded, if it is approved and names documents but records
    /// no version yet; a step that is not approved records none. Saving a step goes through here, so
    /// "approved" always points at the content approved.
    public func sealing(_ step: ApprovalStep) -> ApprovalStep {
        var step = step
        if step.status != .approved {
            step.fingerprint = ""
        } else if step.fingerprint.isBlank && !step.documents.isEmpty {
            step.fingerprint = fingerprint(of: step.documents)
        }
        return step
    }

    /// Any entity as it is saved: an approval step records the version it approves (`sealing`).
    public func completing(_ entity: any PlanEntity) -> any PlanEntity {
        (entity as? ApprovalStep).map { sealing($0) } ?? entity
    }

    /// The documents of `step` whose content differs from the version it recorded; nil when the step
    /// records no version, or one that does not have one part per document.
    public func changedSinceApproval(_ step: ApprovalStep) -> [PlanDocument]? {
        changedSinceApproval(step, holds: isVersion)
    }

    /// The same, with the documents' current fingerprints from `current`.
    public func changedSinceApproval(_ step: ApprovalStep, current: (PlanDocument) -> String) -> [PlanDocument]? {
        changedSinceApproval(step) { current($0) == $1 }
    }

    /// The same, asking `holds` whether the plan holds a document in the version with a fingerprint
    /// (in lowercase): a caller checking many steps asks once per document and version.
    public func changedSinceApproval(_ step: ApprovalStep, holds: (PlanDocument, String) -> Bool) -> [PlanDocument]? {
        let parts = step.fingerprint.trimmingSpaces.split(separator: "-").map(String.init)
        let documents = PlanDocument.allCases.filter(step.documents.contains)
        guard !parts.isEmpty, parts.count == documents.count else { return nil }
        return zip(documents, parts).filter { !holds($0.0, $0.1.lowercased()) }.map(\.0)
    }

    /// Whether the plan holds `document` in the version with the fingerprint `version`: its
    /// fingerprint is that, found without hashing the whole document again when the memo knows the
    /// content of that version (`VersionMemo`).
    public func isVersion(_ document: PlanDocument, _ version: String) -> Bool {
        VersionMemo.shared.holds(document, version: version, in: self)
    }

    /// The bytes a document's fingerprint is taken of: its parts of the plan as JSON with sorted keys,
    /// leaving out members that are empty, false or zero, so that a later version of Socle that adds a
    /// field with an empty default does not change the fingerprint of what was approved. Written by
    /// `CanonicalJSON` in one pass (the action plan's activities kept written between calls:
    /// `ActionPlanText`); `foundationCanonicalContent` is the definition it follows.
    public func canonicalContent(of document: PlanDocument) -> Data {
        let fast: [UInt8]?
        switch document {
        case .strategy: fast = CanonicalJSON.bytes(of: StrategyContent(self))
        case .actionPlan: fast = VersionMemo.shared.actionPlanContent(in: self)
        case .costing: fast = CanonicalJSON.bytes(of: CostingContent(self))
        }
        return fast.map { Data($0) } ?? foundationCanonicalContent(of: document)
    }

    /// The same bytes by the definition: encoded by `JSONEncoder`, read back by `JSONSerialization`,
    /// pruned, and written again with sorted keys (what every fingerprint recorded so far was taken of).
    func foundationCanonicalContent(of document: PlanDocument) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data: Data
        switch document {
        case .strategy:
            data = (try? encoder.encode(StrategyContent(self))) ?? Data()
        case .actionPlan:
            data = (try? encoder.encode(actionPlan)) ?? Data()
        case .costing:
            data = (try? encoder.encode(CostingContent(self))) ?? Data()
        }
        guard let object = try? JSONSerialization.jsonObject(with: data),
              let again = try? JSONSerialization.data(withJSONObject: Self.pruned(object), options: [.sortedKeys])
        else { return data }
        return again
    }

    private static func pruned(_ value: Any) -> Any {
        if let array = value as? [Any] { return array.map(pruned) }
        guard let object = value as? [String: Any] else { return value }
        var result: [String: Any] = [:]
        for (key, member) in object {
            let member = pruned(member)
            if member is NSNull { continue }
            if let text = member as? String { if text.isEmpty { continue } }
            else if let list = member as? [Any] { if list.isEmpty { continue } }
            else if let inner = member as? [String: Any] { if inner.isEmpty { continue } }
            else if let number = member as? NSNumber, number.doubleValue == 0 { continue }
            result[key] = member
        }
        return result
    }
}

/// What "the strategy" is: its vision, objectives, priorities, measures (with their options), the
/// roles of institutions and the phases; not the approval record, consultations or communication.
struct StrategyContent: Encodable {
    var vision: String
    var objectives: [Objective]
    var priorities: [Priority]
    var measures: [Measure]
    var options: [MeasureOption]
    var roles: [InstitutionRole]
    var phases: [Phase]
    init(_ plan: Plan) {
        vision = plan.strategy.vision
        objectives = plan.strategy.objectives
        priorities = plan.strategy.priorities
        measures = plan.strategy.measures
        options = plan.strategy.options
        roles = plan.strategy.roles
        phases = plan.strategy.phases
    }
}

/// What "the costing" is: every input of the cost model and the scenarios it costs.
struct CostingContent: Encodable {
    var currency: String
    var baseYear: Int
    var firstYear: Int
    var lastYear: Int
    var economy: Economy
    var groups: [PopulationGroup]
    var measures: [Measure]
    var scenarios: [Scenario]
    init(_ plan: Plan) {
        currency = plan.meta.currency
        baseYear = plan.meta.baseYear
        firstYear = plan.meta.firstYear
        lastYear = plan.meta.lastYear
        economy = plan.stocktake.economy
        groups = plan.stocktake.groups
        measures = plan.strategy.measures
        scenarios = plan.strategy.scenarios
    }
}

import PlanDomain
import TerminalDrawing

/// The stable machine-readable form of `socle show --json`.
public struct PlanOutline: Encodable {
    public struct Checks: Encodable {
        public var errors: Int
        public var warnings: Int
        public var hints: Int
    }

    public struct StageOutline: Encodable {
        public var number: Int
        public var title: String
        public var question: String
        public var status: String
        public var done: [String]
        public var missing: [String]
        /// Entities per collection of the stage, by kind.
        public var counts: [String: Int]
    }

    public var meta: PlanMeta
    public var checks: Checks
    public var stages: [StageOutline]
    /// The stage's part of plan.json when one stage is asked for; the whole plan otherwise.
    public var data: AnyEncodable

    public init(plan: Plan, stage: Stage?) {
        meta = plan.meta
        let findings = plan.validate(numbers: .commaPoint)
        checks = Checks(errors: findings.count(.error), warnings: findings.count(.warning), hints: findings.count(.hint))
        stages = Stage.allCases.filter { stage == nil || $0 == stage }.map { current in
            let progress = plan.progress(current)
            let kinds = EntityKind.allCases.filter { $0.stage == current }
            return StageOutline(number: current.rawValue, title: current.title, question: current.guidingQuestion,
                                status: progress.status.rawValue, done: progress.done.map(\.label),
                                missing: progress.missing.map(\.label),
                                counts: Dictionary(uniqueKeysWithValues: kinds.map { ($0.rawValue, plan.entities($0).count) }))
        }
        switch stage {
        case nil: data = AnyEncodable(plan)
        case .foundations: data = AnyEncodable(plan.foundations)
        case .stocktake: data = AnyEncodable(plan.stocktake)
        case .strategy: data = AnyEncodable(plan.strategy)
        case .actionPlan: data = AnyEncodable(plan.actionPlan)
        case .administration: data = AnyEncodable(plan.administration)
        case .monitoring: data = AnyEncodable(plan.monitoring)
        case .evaluation: data = AnyEncodable(plan.evaluation)
        }
    }
}

/// Any encodable value, for fields whose type depends on the request.
public struct AnyEncodable: Encodable {
    private let value: any Encodable
    public init(_ value: any Encodable) { self.value = value }
    public func encode(to encoder: Encoder) throws { try value.encode(to: encoder) }
}

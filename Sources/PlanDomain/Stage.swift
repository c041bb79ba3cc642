/// The stages the workbench walks through.
public enum Stage: Int, CaseIterable, Codable, Sendable, Comparable {
    case foundations = 0, stocktake, strategy, actionPlan, administration, monitoring, evaluation

    public var title: String {
        switch self {
        case .foundations: "Foundations"
        case .stocktake: "Stocktake"
        case .strategy: "Strategy"
        case .actionPlan: "Action plan"
        case .administration: "Administration"
        case .monitoring: "Monitoring"
        case .evaluation: "Evaluation"
        }
    }

    /// The question the stage answers, shown when it opens.
    public var guidingQuestion: String {
        switch self {
        case .foundations: "Who mandated this work, who leads it, and is the country ready to start?"
        case .stocktake: "Who is protected against which risk today, and who is left out?"
        case .strategy: "Which gaps come first, with which measures, financed and run by whom, at what cost?"
        case .actionPlan: "Which activities put the strategy in place, who does them, and when?"
        case .administration: "Can the institutions register, collect, pay and answer complaints at a reasonable cost?"
        case .monitoring: "How will we know the strategy works: which indicators, baselines and targets?"
        case .evaluation: "Did it work: relevant, effective, efficient, lasting? What comes next?"
        }
    }

    public static func < (a: Stage, b: Stage) -> Bool { a.rawValue < b.rawValue }
}

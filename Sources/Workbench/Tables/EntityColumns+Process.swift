import PlanDomain
import PlanFormat

extension EntityKind {
    /// The tables of measure options, evidence of acceptance and service profiles.
    var processColumns: [TableColumn] {
        switch self {
        case .option:
            typealias C = Columns<MeasureOption>
            return [C.text("Measure", 7) { $0.measureId }, C.text("Option", 18, flexible: true) { $0.name },
                    C.number("Cost/yr", 8) { $0.annualCost }, C.number("Covered", 8) { $0.coverage },
                    C.number("Per pers.", 9, priority: 2) { $0.costPerPerson },
                    C.text("Feas.", 5) { $0.feasibility.letter },
                    C.text("PSLTF", 5, priority: 2) { $0.fits.map(\.fit.letter).joined() },
                    C.text("Chosen", 6) { $0.chosen ? "chosen" : "" },
                    C.text("Why", 16, flexible: true, priority: 3) { $0.reason }]
        case .acceptance:
            typealias C = Columns<AcceptanceEvidence>
            return [C.text("Kind", 13) { $0.kind.label }, C.text("Evidence", 20, flexible: true) { $0.title },
                    C.text("Date", 10, priority: 2) { $0.date?.iso ?? "" }, C.text("Stance", 10) { $0.stance.label },
                    C.number("Favour", 6, suffix: "%") { $0.supportPercent },
                    C.text("Measures", 12, flexible: true, priority: 2) { $0.measureIds.joined(separator: ", ") }]
        default:
            typealias C = Columns<ServiceProfile>
            func cost(_ profile: ServiceProfile, _ plan: Plan) -> ServiceCost? {
                plan.serviceCosts().first { $0.profileId == profile.id }
            }
            /// "actual/target", each in whole units of the plan's number format.
            func standard(_ which: ServiceStandard.Measure) -> (ServiceProfile, NumberConvention) -> String {
                { profile, numbers in
                    guard let value = profile.standards.first(where: { $0.measure == which }),
                          value.actual != nil || value.target != nil else { return "" }
                    let figures = Figures(numbers)
                    return [value.actual, value.target].map { $0.map { figures.number($0, decimals: 0) } ?? "-" }
                        .joined(separator: "/")
                }
            }
            return [C.text("Scheme", 16, flexible: true) { s, p in p.serviceName(s) },
                    C.text("Rules", 5, priority: 2) { $0.rulesPublished ? "publ." : "no" },
                    C.text("Appeal", 6, priority: 2) { $0.appealIndependent ? "indep." : "no" },
                    C.formatted("Decide", 7, priority: 2, standard(.decide)), C.formatted("Pay", 7, standard(.pay)),
                    C.formatted("On time", 7, standard(.onTime)), C.formatted("Reach", 7, priority: 3, standard(.reach)),
                    C.number("Per benef.", 10) { s, p in cost(s, p)?.perBeneficiary },
                    C.number("Per 100", 7) { s, p in cost(s, p)?.per100Paid }]
        }
    }
}

extension PlanDocument {
    /// "Strategy", "Action plan", "Costing" for narrow columns.
    public var shortLabel: String {
        switch self {
        case .strategy: "S"
        case .actionPlan: "AP"
        case .costing: "C"
        }
    }
}

extension Dimension {
    /// One letter: P S L T F.
    public var letter: String {
        switch self {
        case .political: "P"
        case .socialDialogue: "S"
        case .legislative: "L"
        case .technical: "T"
        case .financial: "F"
        }
    }
}

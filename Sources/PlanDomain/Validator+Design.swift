extension Validator {
    /// Each measure's implications and options (then the five dimensions: `checkActivityDimensions`,
    /// `checkMeasureDimensions`, `checkDimensions(of:)`).
    mutating func checkDesign() {
        for measure in plan.strategy.measures { checkImplications(measure) }
        checkOptions()
    }

    private mutating func checkImplications(_ measure: Measure) {
        let implications = measure.implications
        let fields: [ImplicationArea: Measure.Field] = [
            .financial: .financialImplications, .administrative: .administrativeImplications,
            .legal: .legalImplications, .political: .politicalImplications,
        ]
        let missing = implications.levels.filter { $0.level == .notAssessed }.map(\.area)
        if let first = missing.first {
            add(.warning, .implicationsMissing, Location(measure.id, fields[first]!),
                "Measure \(name(measure)): its \(missing.map(\.label).joined(separator: ", ")) implications"
                    + " are not assessed.")
        }
        nonNegative(implications.staff, Location(measure.id, Measure.Field.administrativeImplications),
                    what: "The additional staff")
        let people = Location(measure.id, Measure.Field.politicalImplications)
        references(implications.supporterIds, .stakeholder, from: people)
        references(implications.opponentIds, .stakeholder, from: people)
    }

    private mutating func checkOptions() {
        let options = plan.strategy.options
        for option in options {
            reference(option.measureId, .measure, from: Location(option.id, MeasureOption.Field.measure))
            nonNegative(option.annualCost, Location(option.id, MeasureOption.Field.cost), what: "The cost")
            nonNegative(option.coverage, Location(option.id, MeasureOption.Field.coverage), what: "The coverage")
            if option.chosen && option.reason.isBlank {
                add(.warning, .optionReason, Location(option.id, MeasureOption.Field.reason),
                    "Option \(name(option)) is chosen but does not say why.")
            }
        }
        let byMeasure = Dictionary(grouping: options, by: \.measureId)
        for measure in plan.strategy.measures {
            let compared = byMeasure[measure.id] ?? []
            if compared.count < 2 {
                add(.hint, .optionNone, Location(.measure, measure.id),
                    "Measure \(name(measure)) has \(compared.isEmpty ? "no options" : "one option only") compared:"
                        + " add the alternatives considered, with their cost, coverage and feasibility.")
                if compared.isEmpty { continue }
            }
            let chosen = compared.filter(\.chosen)
            if chosen.count != 1 {
                let at = chosen.count > 1 ? chosen[1].id : compared[0].id
                let count = chosen.isEmpty ? "no option" : "\(chosen.count) options"
                add(.warning, .optionChosen, Location(at, MeasureOption.Field.chosen),
                    "Measure \(name(measure)) has \(count) chosen among the \(compared.count) compared; choose one.")
            }
        }
    }

    /// The dimensions no activity works in.
    mutating func checkActivityDimensions() {
        let activities = plan.actionPlan.activities
        guard !activities.isEmpty else { return }
        var tagged = Set<Dimension>()
        for activity in activities where !activity.dimensions.isEmpty {
            tagged.formUnion(activity.dimensions)
            if tagged.count == Dimension.allCases.count { return }
        }
        for dimension in Dimension.allCases where !tagged.contains(dimension) {
            add(.warning, .dimensionActivity, Location(stage: .actionPlan, kind: .activity),
                "No activity works in the \(dimension.label.lowercased()) dimension: the strategy integrates"
                    + " political, social dialogue, legislative, technical and financial work.")
        }
    }

    mutating func checkMeasureDimensions() {
        for measure in plan.strategy.measures where measure.dimensions.isEmpty {
            add(.hint, .dimensionUntagged, Location(measure.id, Measure.Field.dimensions), .measureUntagged, Named(measure))
        }
    }

    mutating func checkDimensions(of activity: Activity) {
        if activity.dimensions.isEmpty {
            add(.hint, .dimensionUntagged, Location(activity.id, Activity.Field.dimensions), .activityUntagged, Named(activity))
        }
    }
}

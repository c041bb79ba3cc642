/// Every rule validation checks, by a stable code ("reference.missing"): what findings carry in
/// `Finding.rule`, what `socle check --json` prints as "rule", and what docs/RULES.md lists (generated
/// from `summary`; a test fails when the two drift).
public enum Rule: String, CaseIterable, Codable, Sendable {
    /// An activity's actual finish is before its actual start.
    case activityActual = "activity.actual"
    /// An activity's duration is negative.
    case activityDuration = "activity.duration"
    /// A milestone has a duration; milestones take no time.
    case activityMilestone = "activity.milestone"
    /// A done activity shows less than 100% progress.
    case activityProgress = "activity.progress"
    /// An activity has no responsible institution.
    case activityResponsible = "activity.responsible"
    /// A scheme's or measure's administrative cost is above the ceiling set for its scheme type.
    case adminCeiling = "admin.ceiling"
    /// An approval step is approved but has no date.
    case approvalDate = "approval.date"
    /// An approval step is approved before a step that comes earlier in the process.
    case approvalOrder = "approval.order"
    /// A benefit stated as an amount differs from the share of the reference it is set as.
    case benefitReference = "benefit.reference"
    /// A capacity assessment names no institution.
    case capacityInstitution = "capacity.institution"
    /// Two administrative cost ceilings are set for one scheme type and branch.
    case ceilingDuplicate = "ceiling.duplicate"
    /// A ceiling stated as a share of gross spending is 100% or more.
    case ceilingGross = "ceiling.gross"
    /// A scenario's cost goes above the fiscal-space ceiling in some year.
    case costCeiling = "cost.ceiling"
    /// The steering committee has no employers' or no workers' representative.
    case committeeTripartite = "committee.tripartite"
    /// A contingency is assessed twice for one group.
    case coverageDuplicate = "coverage.duplicate"
    /// A coverage cell has no figure because the schemes that cover it count no recipients in the group.
    case coverageUnknown = "coverage.unknown"
    /// A priority criterion has a negative weight.
    case criterionWeight = "criterion.weight"
    /// An activity depends on itself.
    case dependencySelf = "dependency.self"
    /// GDP is not given, so costs cannot be shown as a share of GDP.
    case economyGdp = "economy.gdp"
    /// An evaluation finding's rating is outside 1 to 4.
    case findingRating = "finding.rating"
    /// A gap is not linked to a reason for extension.
    case gapReason = "gap.reason"
    /// A gap is not addressed by any measure.
    case gapUnaddressed = "gap.unaddressed"
    /// A population group shrinks by 100% or more a year.
    case groupGrowth = "group.growth"
    /// Two entities of one kind share an id.
    case idDuplicate = "id.duplicate"
    /// An entity has no id.
    case idEmpty = "id.empty"
    /// A result indicator has no baseline value and year.
    case indicatorBaseline = "indicator.baseline"
    /// A result indicator is not linked to an outcome.
    case indicatorOutcome = "indicator.outcome"
    /// A result indicator has no targets.
    case indicatorTargets = "indicator.targets"
    /// A measure's administrative rate, as a share of gross spending, is 100% or more.
    /// Two versions of the plan changed a field differently (or one deleted what the other changed):
    /// the merge kept ours and waits for someone to choose.
    case mergeConflict = "merge.conflict"
    case measureAdminRate = "measure.adminRate"
    /// A measure in a scenario cannot be costed (no target group, no benefit...).
    case measureCost = "measure.cost"
    /// A measure changes its eligible share twice in one year.
    case measureEligibleShare = "measure.eligibleShare"
    /// A measure does not say which gap it closes.
    case measureGaps = "measure.gaps"
    /// A contributory measure's contribution rate is below the rate its expenditure requires.
    case measureContributionRate = "measure.contributionRate"
    /// A measure pays benefits before the law it needs is passed, or needs a law and says not when.
    case measureLaw = "measure.law"
    /// A measure has no lead institution.
    case measureLead = "measure.lead"
    /// A contributory measure takes no contributions.
    case measureModel = "measure.model"
    /// A measure starts outside its phase's years.
    case measurePhase = "measure.phase"
    /// A measure is in no scenario, so no package costs it.
    case measureScenario = "measure.scenario"
    /// A measure has no start year.
    case measureStart = "measure.start"
    /// The base year is outside or far from the plan's horizon.
    case metaBaseYear = "meta.baseYear"
    /// The plan has no country name.
    case metaCountry = "meta.country"
    /// The country code is not an ISO 3166 code.
    case metaCountryCode = "meta.countryCode"
    /// The currency is not an ISO 4217 code.
    case metaCurrency = "meta.currency"
    /// The plan's horizon ends before it starts.
    case metaHorizon = "meta.horizon"
    /// The plan has no title.
    case metaTitle = "meta.title"
    /// A stakeholder has no name.
    case nameEmpty = "name.empty"
    /// A percentage is outside 0 to 100%.
    case percentRange = "percent.range"
    /// A phase ends before it starts.
    case phaseYears = "phase.years"
    /// A phase starts before the phase before it has ended.
    case phaseOverlap = "phase.overlap"
    /// A reference points to an entity that does not exist.
    case referenceMissing = "reference.missing"
    /// A measure has no lead institution for some administrative function.
    case roleNoLead = "role.noLead"
    /// A measure has no institution roles of its own.
    case roleNone = "role.none"
    /// A measure has more than one lead for one administrative function.
    case roleTwoLeads = "role.twoLeads"
    /// An activity finishes before its measure starts.
    case scheduleBeforeMeasure = "schedule.beforeMeasure"
    /// Activities come after a dependency cycle and cannot be scheduled.
    case scheduleBlocked = "schedule.blocked"
    /// Activities wait on one another in a cycle.
    case scheduleCycle = "schedule.cycle"
    /// An activity's fixed start is earlier than its dependencies allow.
    case scheduleFixedStart = "schedule.fixedStart"
    /// An activity finishes after the plan's horizon ends.
    case scheduleHorizon = "schedule.horizon"
    /// A scheme spends more on administration than in all.
    case schemeAdminCost = "scheme.adminCost"
    /// A scheme covers no contingency.
    case schemeContingencies = "scheme.contingencies"
    /// A scheme counts more recipients in a group than the group has persons.
    case schemeRecipients = "scheme.recipients"
    /// A priority score is outside 1 to 5.
    case scoreRange = "score.range"
    /// No population group is part of the population partition, so SDG 1.3.1 cannot be computed.
    case sdgPartition = "sdg.partition"
    /// Financing shares are not given yet.
    case sharesMissing = "shares.missing"
    /// Financing shares do not add up to 100%.
    case sharesTotal = "shares.total"
    /// A take-up ramp is shorter than one year.
    case takeUpRamp = "takeUp.ramp"
    /// An amount or count that cannot be negative is negative.
    case valueNegative = "value.negative"
    /// A year is outside the plan's horizon.
    case yearHorizon = "year.horizon"
    /// A year or date is outside 1900-2200.
    case yearRange = "year.range"

    /// What the rule checks, in a line.
    public var summary: String {
        switch self {
        case .activityActual: "An activity's actual finish is before its actual start."
        case .activityDuration: "An activity's duration is negative."
        case .activityMilestone: "A milestone has a duration; milestones take no time."
        case .activityProgress: "A done activity shows less than 100% progress."
        case .activityResponsible: "An activity has no responsible institution."
        case .adminCeiling: "A scheme's or measure's administrative cost is above the ceiling set for its scheme type."
        case .committeeTripartite: "The steering committee has no employers' or no workers' representative."
        case .measureContributionRate: "A contributory measure's contribution rate is below the rate its expenditure requires."
        case .measureLaw: "A measure pays benefits before the law it needs is passed, or needs a law and says not when."
        case .approvalDate: "An approval step is approved but has no date."
        case .approvalOrder: "An approval step is approved before a step that comes earlier in the process."
        case .benefitReference: "A benefit stated as an amount differs from the share of the reference it is set as."
        case .capacityInstitution: "A capacity assessment names no institution."
        case .ceilingDuplicate: "Two administrative cost ceilings are set for one scheme type and branch."
        case .ceilingGross: "A ceiling stated as a share of gross spending is 100% or more."
        case .costCeiling: "A scenario's cost goes above the fiscal-space ceiling in some year."
        case .coverageDuplicate: "A contingency is assessed twice for one group."
        case .coverageUnknown: "A coverage cell has no figure because the schemes that cover it count no recipients in the group."
        case .criterionWeight: "A priority criterion has a negative weight."
        case .dependencySelf: "An activity depends on itself."
        case .economyGdp: "GDP is not given, so costs cannot be shown as a share of GDP."
        case .findingRating: "An evaluation finding's rating is outside 1 to 4."
        case .gapReason: "A gap is not linked to a reason for extension."
        case .gapUnaddressed: "A gap is not addressed by any measure."
        case .groupGrowth: "A population group shrinks by 100% or more a year."
        case .idDuplicate: "Two entities of one kind share an id."
        case .idEmpty: "An entity has no id."
        case .indicatorBaseline: "A result indicator has no baseline value and year."
        case .indicatorOutcome: "A result indicator is not linked to an outcome."
        case .indicatorTargets: "A result indicator has no targets."
        case .mergeConflict: "Two versions of the plan changed a field differently (or one deleted what the other changed): the merge kept ours and waits for someone to choose."
        case .measureAdminRate: "A measure's administrative rate, as a share of gross spending, is 100% or more."
        case .measureCost: "A measure in a scenario cannot be costed (no target group, no benefit...)."
        case .measureEligibleShare: "A measure changes its eligible share twice in one year."
        case .measureGaps: "A measure does not say which gap it closes."
        case .measureLead: "A measure has no lead institution."
        case .measureModel: "A contributory measure takes no contributions."
        case .measurePhase: "A measure starts outside its phase's years."
        case .measureScenario: "A measure is in no scenario, so no package costs it."
        case .measureStart: "A measure has no start year."
        case .metaBaseYear: "The base year is outside or far from the plan's horizon."
        case .metaCountry: "The plan has no country name."
        case .metaCountryCode: "The country code is not an ISO 3166 code."
        case .metaCurrency: "The currency is not an ISO 4217 code."
        case .metaHorizon: "The plan's horizon ends before it starts."
        case .metaTitle: "The plan has no title."
        case .nameEmpty: "A stakeholder has no name."
        case .percentRange: "A percentage is outside 0 to 100%."
        case .phaseYears: "A phase ends before it starts."
        case .phaseOverlap: "A phase starts before the phase before it has ended."
        case .referenceMissing: "A reference points to an entity that does not exist."
        case .roleNoLead: "A measure has no lead institution for some administrative function."
        case .roleNone: "A measure has no institution roles of its own."
        case .roleTwoLeads: "A measure has more than one lead for one administrative function."
        case .scheduleBeforeMeasure: "An activity finishes before its measure starts."
        case .scheduleBlocked: "Activities come after a dependency cycle and cannot be scheduled."
        case .scheduleCycle: "Activities wait on one another in a cycle."
        case .scheduleFixedStart: "An activity's fixed start is earlier than its dependencies allow."
        case .scheduleHorizon: "An activity finishes after the plan's horizon ends."
        case .schemeAdminCost: "A scheme spends more on administration than in all."
        case .schemeContingencies: "A scheme covers no contingency."
        case .schemeRecipients: "A scheme counts more recipients in a group than the group has persons."
        case .scoreRange: "A priority score is outside 1 to 5."
        case .sdgPartition: "No population group is part of the population partition, so SDG 1.3.1 cannot be computed."
        case .sharesMissing: "Financing shares are not given yet."
        case .sharesTotal: "Financing shares do not add up to 100%."
        case .takeUpRamp: "A take-up ramp is shorter than one year."
        case .valueNegative: "An amount or count that cannot be negative is negative."
        case .yearHorizon: "A year is outside the plan's horizon."
        case .yearRange: "A year or date is outside 1900-2200."
        }
    }
}

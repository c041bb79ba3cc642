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
    /// No evidence of public acceptance is recorded (surveys, consultations, media).
    case acceptanceNone = "acceptance.none"
    /// Evidence shows opposition to a measure, and no communication action explains that measure afterwards.
    case acceptanceOpposed = "acceptance.opposed"
    /// A scheme's or measure's administrative cost is above the ceiling set for its scheme type.
    case adminCeiling = "admin.ceiling"
    /// An approval step is approved but has no date.
    case approvalDate = "approval.date"
    /// An approval step is approved before a step that comes earlier in the process.
    case approvalOrder = "approval.order"
    /// A document an approval step approved has changed since: what is in the plan is not the version approved.
    case approvalChanged = "approval.changed"
    /// An approval step names no document it approves (the strategy, the action plan, the costing).
    case approvalDocuments = "approval.documents"
    /// An approved step records no version of what it approved.
    case approvalVersion = "approval.version"
    /// A benefit stated as an amount differs from the share of the reference it is set as.
    case benefitReference = "benefit.reference"
    /// A capacity assessment names no institution.
    case capacityInstitution = "capacity.institution"
    /// A measure is explained by no communication action.
    case communicationMeasure = "communication.measure"
    /// A communication action names no one responsible for it.
    case communicationResponsible = "communication.responsible"
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
    /// A done study keeps no file or link, so no one can read what the plan rests on.
    case studyFile = "study.file"
    /// The register of studies is empty: no step shows which study or tool it rests on.
    case studyNone = "study.none"
    /// A study says no stage it informs.
    case studyStages = "study.stages"
    /// A study has no title.
    case studyTitle = "study.title"
    /// An activity has no description.
    case activityDescription = "activity.description"
    /// An activity that is not a milestone names no output (deliverable).
    case activityOutput = "activity.output"
    /// An activity names an output but no means of verification.
    case activityVerification = "activity.verification"
    /// Activities with an output have no output indicator (a result indicator linked to them).
    case outputIndicator = "output.indicator"
    /// A pledge names no partner.
    case pledgePartner = "pledge.partner"
    /// A financial pledge has no amount, or a technical one no person-days.
    case pledgeAmount = "pledge.amount"
    /// A pledge's years are missing, in the wrong order or outside the plan's horizon.
    case pledgeYears = "pledge.years"
    /// A pledge in another currency has no exchange rate, so it cannot be added up.
    case pledgeRate = "pledge.rate"
    /// A budget appropriation has no amount.
    case appropriationAmount = "appropriation.amount"
    /// A budget appropriation's year is outside the plan's horizon.
    case appropriationYear = "appropriation.year"
    /// A year of the costed plan has no budget appropriation and no financial pledge.
    case commitmentYear = "commitment.year"
    /// The costed plan is not covered by contributions, appropriations and pledges in some years.
    case fundingGap = "funding.gap"
    /// Several scenarios and none marked as financed by the action plan, or more than one.
    case fundingScenario = "funding.scenario"
    /// Expert support names no stage.
    case expertStages = "expert.stages"
    /// Expert support has no person-days.
    case expertDays = "expert.days"
    /// Some stages of the process have no expert support recorded.
    case expertNone = "expert.none"
    /// A social or development partner takes part in no consultation.
    case partnerConsulted = "partner.consulted"
    /// A partner was first consulted after the strategy started its approval.
    case partnerLate = "partner.late"
    /// An evaluation question says no data it needs.
    case questionData = "question.data"
    /// An evaluation question's data has not been checked for availability.
    case questionAvailability = "question.availability"
    /// An evaluation question's data is missing in part or in all, and no limits on the answer are stated.
    case questionLimits = "question.limits"
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
    /// One of the five dimensions (political, social dialogue, legislative, technical, financial) has no activity in the action plan.
    case dimensionActivity = "dimension.activity"
    /// A measure or activity is tagged with no dimension.
    case dimensionUntagged = "dimension.untagged"
    /// A measure's financial, administrative, legal or political implications are not assessed.
    case implicationsMissing = "measure.implications"
    /// A measure's options are compared but none, or more than one, is chosen.
    case optionChosen = "option.chosen"
    /// A measure has no alternatives compared: fewer than two options.
    case optionNone = "option.none"
    /// A chosen option does not say why it was chosen.
    case optionReason = "option.reason"
    /// A scheme has no complaints channel, or no review of appeals by an independent body.
    case serviceAppeals = "service.appeals"
    /// A service standard's actual figure is worse than its target.
    case serviceMissed = "service.missed"
    /// A scheme run by an administration has no service profile: no one records how transparent, impartial and client-oriented it is.
    case serviceNone = "service.none"
    /// A service profile sets no service standard target (time to decide, time to pay, punctuality, reach).
    case serviceTargets = "service.targets"
    /// A scheme's rules are not published, or it publishes no report.
    case serviceTransparency = "service.transparency"
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
        case .acceptanceNone: "No evidence of public acceptance is recorded (surveys, consultations, media)."
        case .acceptanceOpposed: "Evidence shows opposition to a measure, and no communication action explains that measure afterwards."
        case .adminCeiling: "A scheme's or measure's administrative cost is above the ceiling set for its scheme type."
        case .committeeTripartite: "The steering committee has no employers' or no workers' representative."
        case .measureContributionRate: "A contributory measure's contribution rate is below the rate its expenditure requires."
        case .measureLaw: "A measure pays benefits before the law it needs is passed, or needs a law and says not when."
        case .approvalDate: "An approval step is approved but has no date."
        case .approvalOrder: "An approval step is approved before a step that comes earlier in the process."
        case .approvalChanged: "A document an approval step approved has changed since: what is in the plan is not the version approved."
        case .approvalDocuments: "An approval step names no document it approves (the strategy, the action plan, the costing)."
        case .approvalVersion: "An approved step records no version of what it approved."
        case .benefitReference: "A benefit stated as an amount differs from the share of the reference it is set as."
        case .capacityInstitution: "A capacity assessment names no institution."
        case .communicationMeasure: "A measure is explained by no communication action."
        case .communicationResponsible: "A communication action names no one responsible for it."
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
        case .studyFile: "A done study keeps no file or link, so no one can read what the plan rests on."
        case .studyNone: "The register of studies is empty: no step shows which study or tool it rests on."
        case .studyStages: "A study says no stage it informs."
        case .studyTitle: "A study has no title."
        case .activityDescription: "An activity has no description."
        case .activityOutput: "An activity that is not a milestone names no output (deliverable)."
        case .activityVerification: "An activity names an output but no means of verification."
        case .outputIndicator: "Activities with an output have no output indicator (a result indicator linked to them)."
        case .pledgePartner: "A pledge names no partner."
        case .pledgeAmount: "A financial pledge has no amount, or a technical one no person-days."
        case .pledgeYears: "A pledge's years are missing, in the wrong order or outside the plan's horizon."
        case .pledgeRate: "A pledge in another currency has no exchange rate, so it cannot be added up."
        case .appropriationAmount: "A budget appropriation has no amount."
        case .appropriationYear: "A budget appropriation's year is outside the plan's horizon."
        case .commitmentYear: "A year of the costed plan has no budget appropriation and no financial pledge."
        case .fundingGap: "The costed plan is not covered by contributions, appropriations and pledges in some years."
        case .fundingScenario: "Several scenarios and none marked as financed by the action plan, or more than one."
        case .expertStages: "Expert support names no stage."
        case .expertDays: "Expert support has no person-days."
        case .expertNone: "Some stages of the process have no expert support recorded."
        case .partnerConsulted: "A social or development partner takes part in no consultation."
        case .partnerLate: "A partner was first consulted after the strategy started its approval."
        case .questionData: "An evaluation question says no data it needs."
        case .questionAvailability: "An evaluation question's data has not been checked for availability."
        case .questionLimits: "An evaluation question's data is missing in part or in all, and no limits on the answer are stated."
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
        case .dimensionActivity: "One of the five dimensions (political, social dialogue, legislative, technical, financial) has no activity in the action plan."
        case .dimensionUntagged: "A measure or activity is tagged with no dimension."
        case .implicationsMissing: "A measure's financial, administrative, legal or political implications are not assessed."
        case .optionChosen: "A measure's options are compared but none, or more than one, is chosen."
        case .optionNone: "A measure has no alternatives compared: fewer than two options."
        case .optionReason: "A chosen option does not say why it was chosen."
        case .serviceAppeals: "A scheme has no complaints channel, or no review of appeals by an independent body."
        case .serviceMissed: "A service standard's actual figure is worse than its target."
        case .serviceNone: "A scheme run by an administration has no service profile: no one records how transparent, impartial and client-oriented it is."
        case .serviceTargets: "A service profile sets no service standard target (time to decide, time to pay, punctuality, reach)."
        case .serviceTransparency: "A scheme's rules are not published, or it publishes no report."
        case .valueNegative: "An amount or count that cannot be negative is negative."
        case .yearHorizon: "A year is outside the plan's horizon."
        case .yearRange: "A year or date is outside 1900-2200."
        }
    }
}

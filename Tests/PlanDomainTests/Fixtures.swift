@testable import PlanDomain

/// A small plan with no errors, to break one rule at a time.
func cleanPlan() -> Plan {
    var plan = Plan.new(meta: PlanMeta(country: Country(name: "Côte d'Ivoire", code: "CI"), title: "Test plan",
                                       currency: "XOF", baseYear: 2025, firstYear: 2026, lastYear: 2030))
    var ministry = Stakeholder(id: "STK-1")
    ministry.name = "Ministry of Labour"
    plan.foundations.stakeholders = [ministry]
    plan.foundations.leadMinistryId = "STK-1"
    var study = Study(id: "STU-1")
    study.title = "Rapid assessment costing"
    study.kind = .rapidAssessmentCosting
    study.stages = [.strategy]
    plan.foundations.studies = [study]
    var children = PopulationGroup(id: "GRP-1")
    children.name = "Children"
    children.size = 1000
    plan.stocktake.groups = [children]
    var scheme = Scheme(id: "SCH-1")
    scheme.name = "Child grant"
    scheme.contingencies = [.family]
    scheme.groupIds = ["GRP-1"]
    scheme.financing = FinancingShares(generalRevenue: 100)
    scheme.recipients = [GroupCount(groupId: "GRP-1", count: 200)]
    plan.stocktake.schemes = [scheme]
    var gap = Gap(id: "GAP-1")
    gap.description = "Most children have no benefit"
    gap.reasonIds = ["RSN-1"]
    plan.stocktake.gaps = [gap]
    var reason = ExtensionReason(id: "RSN-1")
    reason.kind = .reducePoverty
    plan.stocktake.reasons = [reason]
    plan.stocktake.economy.gdp = GrowthSeries(baseValue: 1e9, growthPercent: 3)
    var measure = Measure(id: "MEA-1")
    measure.name = "Universal child benefit"
    measure.gapIds = ["GAP-1"]
    measure.targetGroupId = "GRP-1"
    measure.financing = FinancingShares(generalRevenue: 100)
    measure.leadInstitutionId = "STK-1"
    measure.startYear = 2027
    measure.implications.financial = .medium
    measure.implications.administrative = .low
    measure.implications.legal = .high
    measure.implications.political = .medium
    measure.dimensions = [.legislative, .financial]
    plan.strategy.measures = [measure]
    plan.strategy.roles = InstitutionFunction.allCases.enumerated().map { index, function in
        var role = InstitutionRole(id: "ROL-\(index + 1)")
        role.institutionId = "STK-1"
        role.measureId = "MEA-1"
        role.function = function
        return role
    }
    var activity = Activity(id: "ACT-1")
    activity.name = "Draft the law"
    activity.responsibleId = "STK-1"
    activity.measureId = "MEA-1"
    activity.durationDays = 30
    activity.dimensions = [.legislative, .technical, .political]
    activity.output = "Draft law"
    activity.verification = "Draft tabled in cabinet"
    var second = Activity(id: "ACT-2")
    second.name = "Adopt the law"
    second.responsibleId = "STK-1"
    second.dependencies = [Dependency(activityId: "ACT-1")]
    second.dimensions = [.political, .socialDialogue, .financial]
    second.output = "Law passed"
    second.verification = "Official gazette"
    plan.actionPlan.activities = [activity, second]
    var service = ServiceProfile(id: "SVC-1")
    service.schemeId = "SCH-1"
    service.rulesPublished = true
    service.reporting = .yearly
    service.complaintsChannel = true
    service.appealIndependent = true
    service.payDaysTarget = 30
    plan.administration.services = [service]
    return plan
}

/// The findings of `plan` with the given rule.
func findings(_ plan: Plan, rule: Rule) -> [Finding] {
    plan.validate().filter { $0.rule == rule }
}

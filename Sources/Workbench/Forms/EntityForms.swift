import PlanDomain

extension EntityKind {
    /// The form that edits one entity of this kind.
    public var form: FormSpec {
        switch stage {
        case .foundations: foundationsForm
        case .stocktake: stocktakeForm
        case .strategy: strategyForm
        default: laterStagesForm
        }
    }

    private var foundationsForm: FormSpec {
        switch self {
        case .stakeholder:
            typealias F = Fields<Stakeholder>
            return FormSpec("Stakeholder", [
                F.text("Name", \.name), F.text("Acronym", \.acronym),
                F.choice("Kind", \.kind), F.text("Role", \.role, multiline: true, help: "Their role in the process"),
                F.text("Contact", \.contact),
            ])
        case .committeeMember:
            typealias F = Fields<CommitteeMember>
            return FormSpec("Steering committee member", [
                F.text("Name", \.name), F.reference("Represents", \.stakeholderId, to: .stakeholder),
                F.text("Position", \.position), F.flag("Chair", \.chair),
            ])
        default:
            typealias F = Fields<ReadinessItem>
            return FormSpec("Readiness item", [
                F.choice("Dimension", \.dimension), F.text("Criterion", \.criterion),
                F.choice("Status", \.status), F.text("Note", \.note, multiline: true),
            ])
        }
    }

    private var stocktakeForm: FormSpec {
        switch self {
        case .indicator:
            typealias F = Fields<Indicator>
            return FormSpec("Socio-economic indicator", [
                F.text("Name", \.name), F.number("Value", \.value), F.text("Unit", \.unit),
                F.year("Year", \.year), F.text("Source", \.source),
            ])
        case .group:
            typealias F = Fields<PopulationGroup>
            return FormSpec("Population group", [
                F.text("Name", \.name), F.choice("Sex", \.sex), F.number("Size", \.size, unit: "persons"),
                F.year("Year", \.year), F.number("Growth", \.growthPercent, key: "growth", unit: "% a year"),
                F.yearValues("Projection", \.projection, unit: "persons"),
                F.flag("Part of the population partition", \.partOfPartition, key: "partition",
                       help: "The groups so marked together make up the whole population (SDG 1.3.1)"),
                F.text("Source", \.source),
            ])
        case .scheme:
            typealias F = Fields<Scheme>
            return FormSpec("Scheme", [
                F.text("Name", \.name), F.choice("Type", \.type),
                F.reference("Institution", \.institutionId, to: .stakeholder),
                F.text("Legal basis", \.legalBasis), F.choices("Contingencies", \.contingencies),
                F.references("Groups", \.groupIds, to: .group),
                F.percent("Employer contributions", \.financing.employerContributions, key: "financing"),
                F.percent("Insured contributions", \.financing.insuredContributions, key: "financing"),
                F.percent("General revenue", \.financing.generalRevenue, key: "financing"),
                F.percent("Co-payments", \.financing.coPayments, key: "financing"),
                F.percent("Other sources", \.financing.other, key: "financing"),
                F.number("Contributors", \.contributors, unit: "persons"),
                F.groupCounts("Recipients", \.recipients, help: "Persons protected or receiving, per group"),
                F.text("Benefit level", \.benefitLevel), F.number("Expenditure", \.expenditure),
                F.number("Administrative cost", \.administrativeCost), F.year("Year", \.year),
                F.text("Source", \.source),
            ])
        case .coverage:
            typealias F = Fields<CoverageAssessment>
            return FormSpec("Coverage assessment", [
                F.choice("Contingency", \.contingency), F.reference("Group", \.groupId, to: .group),
                F.choice("Rating", \.rating, help: "Your rating overrides the computed band"),
                F.percent("Coverage", \.coveragePercent, help: "Your figure overrides the computed coverage"),
                F.text("Note", \.note, multiline: true),
            ])
        case .gap:
            typealias F = Fields<Gap>
            return FormSpec("Gap", [
                F.choice("Kind", \.kind), F.choice("Contingency", \.contingency),
                F.reference("Group", \.groupId, to: .group), F.text("Description", \.description, multiline: true),
                F.references("Reasons", \.reasonIds, to: .reason),
            ])
        default:
            typealias F = Fields<ExtensionReason>
            return FormSpec("Reason for extension", [
                F.choice("Kind", \.kind), F.text("Description", \.description, multiline: true),
            ])
        }
    }
}

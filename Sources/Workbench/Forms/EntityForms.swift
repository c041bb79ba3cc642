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
            typealias F = Fields<Stakeholder, Stakeholder.Field>
            return FormSpec("Stakeholder", [
                F.text(.name, "Name", \.name),
                F.text(.acronym, "Acronym", \.acronym),
                F.choice(.kind, "Kind", \.kind),
                F.text(.role, "Role", \.role, multiline: true, help: "Their role in the process"),
                F.text(.contact, "Contact", \.contact),
            ])
        case .committeeMember:
            typealias F = Fields<CommitteeMember, CommitteeMember.Field>
            return FormSpec("Steering committee member", [
                F.text(.name, "Name", \.name),
                F.reference(.represents, "Represents", \.stakeholderId, to: .stakeholder),
                F.text(.position, "Position", \.position),
                F.flag(.chair, "Chair", \.chair),
            ])
        case .study:
            typealias F = Fields<Study, Study.Field>
            return FormSpec("Study", [
                F.text(.title, "Title", \.title),
                F.choice(.kind, "Kind", \.kind),
                F.text(.author, "Author or institution", \.author),
                F.date(.date, "Date", \.date, help: "When it was (or will be) finished"),
                F.choice(.status, "Status", \.status),
                F.choices(.stages, "Stages it informs", \.stages),
                F.references(.schemes, "Schemes it informs", \.schemeIds, to: .scheme),
                F.references(.measures, "Measures it informs", \.measureIds, to: .measure),
                F.text(.file, "File or link", \.file,
                       help: "A file kept in the plan folder (studies/rap-2024.pdf) or a web link"),
            ])
        case .expertSupport:
            typealias F = Fields<ExpertSupport, ExpertSupport.Field>
            return FormSpec("Expert support", [
                F.text(.expert, "Expert or team", \.expert, help: "Who: a person, a team or a post"),
                F.reference(.provider, "Provided by", \.providerId, to: .stakeholder,
                            help: "The partner or institution that provides or pays for the expert"),
                F.text(.topic, "Support", \.topic, multiline: true, help: "What the expert does"),
                F.choices(.stages, "Stages", \.stages),
                F.date(.start, "From", \.start),
                F.date(.finish, "To", \.finish),
                F.number(.personDays, "Person-days", \.personDays),
                F.reference(.pledge, "Pledge", \.pledgeId, to: .pledge, help: "The technical pledge that pays for it"),
            ])
        default:
            typealias F = Fields<ReadinessItem, ReadinessItem.Field>
            return FormSpec("Readiness item", [
                F.choice(.dimension, "Dimension", \.dimension),
                F.text(.criterion, "Criterion", \.criterion),
                F.choice(.status, "Status", \.status),
                F.text(.note, "Note", \.note, multiline: true),
            ])
        }
    }

    private var stocktakeForm: FormSpec {
        switch self {
        case .indicator:
            typealias F = Fields<Indicator, Indicator.Field>
            return FormSpec("Socio-economic indicator", [
                F.text(.name, "Name", \.name),
                F.number(.value, "Value", \.value),
                F.text(.unit, "Unit", \.unit),
                F.year(.year, "Year", \.year),
                F.text(.source, "Source", \.source),
                F.reference(.study, "Study", \.studyId, to: .study, help: "The study in the register it comes from"),
            ])
        case .group:
            typealias F = Fields<PopulationGroup, PopulationGroup.Field>
            return FormSpec("Population group", [
                F.text(.name, "Name", \.name),
                F.choice(.sex, "Sex", \.sex),
                F.number(.size, "Size", \.size, unit: "persons"),
                F.year(.year, "Year", \.year),
                F.number(.growth, "Growth", \.growthPercent, unit: "% a year"),
                F.yearValues(.projection, "Projection", \.projection, unit: "persons"),
                F.flag(.partition, "Part of the population partition", \.partOfPartition,
                       help: "The groups so marked together make up the whole population (SDG 1.3.1)"),
                F.choice(.reference, "Reference population", \.reference,
                         help: "The denominator it gives for a branch's coverage ratio"),
                F.text(.source, "Source", \.source),
                F.reference(.study, "Study", \.studyId, to: .study, help: "The study in the register it comes from"),
            ])
        case .scheme:
            typealias F = Fields<Scheme, Scheme.Field>
            return FormSpec("Scheme", [
                F.text(.name, "Name", \.name),
                F.choice(.type, "Type", \.type),
                F.reference(.institution, "Institution", \.institutionId, to: .stakeholder),
                F.text(.legalBasis, "Legal basis", \.legalBasis),
                F.choices(.contingencies, "Contingencies", \.contingencies),
                F.references(.groups, "Groups", \.groupIds, to: .group),
                F.percent(.financing, "Employer contributions", \.financing.employerContributions),
                F.percent(.financing, "Insured contributions", \.financing.insuredContributions),
                F.percent(.financing, "General revenue", \.financing.generalRevenue),
                F.percent(.financing, "Co-payments", \.financing.coPayments),
                F.percent(.financing, "Other sources", \.financing.other),
                F.number(.contributors, "Contributors", \.contributors, unit: "persons"),
                F.groupCounts(.activeContributors, "Contributors by group", \.activeContributors,
                       help: "Persons paying contributions now, per group"),
                F.groupCounts(.recipients, "Beneficiaries", \.recipients,
                       help: "Persons receiving a benefit now, per group"),
                F.groupCounts(.legalCoverage, "Legal coverage", \.legalCoverage,
                       help: "Persons the law covers, per group, whether or not they claim"),
                F.reference(.branchOf, "Branch of", \.branchOf, to: .scheme,
                       help: "The scheme whose members this one shares"),
                F.references(.exclusiveWith, "Exclusive with", \.exclusiveWith, to: .scheme,
                       help: "Schemes nobody can be in together with this one, by law"),
                F.text(.benefitLevel, "Benefit level", \.benefitLevel),
                F.number(.expenditure, "Expenditure", \.expenditure),
                F.number(.contributionIncome, "Contribution income", \.contributionIncome),
                F.number(.administrativeCost, "Administrative cost", \.administrativeCost),
                F.year(.year, "Year", \.year),
                F.text(.source, "Source", \.source),
            ])
        case .coverage:
            typealias F = Fields<CoverageAssessment, CoverageAssessment.Field>
            return FormSpec("Coverage assessment", [
                F.choice(.contingency, "Contingency", \.contingency),
                F.reference(.group, "Group", \.groupId, to: .group),
                F.choice(.rating, "Rating", \.rating, help: "Your rating overrides the computed band"),
                F.percent(.coverage, "Coverage", \.coveragePercent,
                       help: "Your figure overrides the computed coverage"),
                F.text(.note, "Note", \.note, multiline: true),
            ])
        case .gap:
            typealias F = Fields<Gap, Gap.Field>
            return FormSpec("Gap", [
                F.choice(.kind, "Kind", \.kind),
                F.choice(.contingency, "Contingency", \.contingency),
                F.reference(.group, "Group", \.groupId, to: .group),
                F.text(.description, "Description", \.description, multiline: true),
                F.references(.reasons, "Reasons", \.reasonIds, to: .reason),
            ])
        default:
            typealias F = Fields<ExtensionReason, ExtensionReason.Field>
            return FormSpec("Reason for extension", [
                F.choice(.kind, "Kind", \.kind),
                F.text(.description, "Description", \.description, multiline: true),
            ])
        }
    }
}

/// The parts of the strategy document whose prose the national team writes; the tables and
/// figures around them are generated from the plan.
public enum NarrativeSection: String, CaseIterable, Codable, CodingKeyRepresentable, Sendable {
    case foreword
    case executiveSummary
    case process
    case situation
    case legalFramework
    case principles
    case measures
    case financing
    case actionPlan
    case administration
    case monitoring
    case evaluation

    /// What the text is, for forms, the Document tab and messages.
    public var label: String {
        switch self {
        case .foreword: "Foreword"
        case .executiveSummary: "Executive summary"
        case .process: "Mandate and process"
        case .situation: "Socio-economic context"
        case .legalFramework: "Legal framework"
        case .principles: "Principles"
        case .measures: "Measures"
        case .financing: "Costing and financing"
        case .actionPlan: "Action plan"
        case .administration: "Administration"
        case .monitoring: "Monitoring"
        case .evaluation: "Evaluation"
        }
    }

    /// The question the text answers: the guiding prompt shown while it is written.
    public var prompt: String {
        switch self {
        case .foreword:
            "Who presents the strategy (usually the lead minister), why now, and what the Government commits to?"
        case .executiveSummary:
            "In a page: the situation, the gaps, the measures chosen, their cost and financing, and the next steps."
        case .process:
            "How was the strategy prepared: the mandate, the steering committee's work, the assessment-based national dialogue, the consultations?"
        case .situation:
            "What are the country's population, labour market, economy and poverty, and what do they mean for social protection?"
        case .legalFramework:
            "Which laws, decrees and ratified conventions govern social security today, and what is missing?"
        case .principles:
            "Which principles guide the strategy (universality, adequacy, social dialogue, sustainability, non-discrimination...)?"
        case .measures:
            "How do the measures answer the priority gaps, and how are they introduced step by step?"
        case .financing:
            "What does the package cost against the fiscal space, and how is it financed and sustained?"
        case .actionPlan:
            "How will the strategy be implemented: sequence, responsibilities, the critical path and its risks?"
        case .administration:
            "How will the administration register, collect, pay, inform and hear complaints, and at what cost?"
        case .monitoring:
            "Who collects which data, how often, and how are results reported to the steering committee and Parliament?"
        case .evaluation:
            "When and by whom will the strategy be evaluated, and how will the recommendations be acted on?"
        }
    }
}

/// The strategy document's own texts: its version and the prose of each chapter.
/// Absent from a plan that has none; empty texts are not stored.
public struct DocumentText: Codable, Equatable, Sendable {
    /// The version the title page shows ("Draft 2", "1.0").
    public var version = ""
    public var texts: [NarrativeSection: String] = [:]

    public init(version: String = "", texts: [NarrativeSection: String] = [:]) {
        self.version = version
        self.texts = texts.filter { !$0.value.isEmpty }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decodeIfPresent(String.self, forKey: .version) ?? ""
        texts = try container.decodeIfPresent([NarrativeSection: String].self, forKey: .texts) ?? [:]
    }

    public var isEmpty: Bool { version.isEmpty && texts.values.allSatisfy(\.isEmpty) }
}

extension Plan {
    /// The team's text for `section`; empty when not written.
    public func narrative(_ section: NarrativeSection) -> String { document?.texts[section] ?? "" }

    /// The sections still without text.
    public var emptyNarratives: [NarrativeSection] {
        NarrativeSection.allCases.filter { narrative($0).isBlank }
    }

    /// Sets `section`'s text (an empty text is removed; a document with nothing left is removed).
    mutating func setNarrative(_ section: NarrativeSection, _ text: String) {
        var current = document ?? DocumentText()
        current.texts[section] = text.isEmpty ? nil : text
        document = current.isEmpty ? nil : current
    }

    mutating func setDocumentVersion(_ version: String) {
        var current = document ?? DocumentText()
        current.version = version
        document = current.isEmpty ? nil : current
    }
}

extension RecordKind {
    /// The strategy document's fields: its version and one text per narrative section.
    public enum DocumentField: String, FieldKey {
        case version
        case foreword
        case executiveSummary = "executive summary"
        case process = "mandate and process"
        case situation = "socio-economic context"
        case legalFramework = "legal framework"
        case principles
        case measures
        case financing = "costing and financing"
        case actionPlan = "action plan"
        case administration
        case monitoring
        case evaluation
        public static var owner: FieldOwner { .record(.document) }

        /// The narrative section this field holds; nil for the version.
        public var section: NarrativeSection? {
            switch self {
            case .version: nil
            case .foreword: .foreword
            case .executiveSummary: .executiveSummary
            case .process: .process
            case .situation: .situation
            case .legalFramework: .legalFramework
            case .principles: .principles
            case .measures: .measures
            case .financing: .financing
            case .actionPlan: .actionPlan
            case .administration: .administration
            case .monitoring: .monitoring
            case .evaluation: .evaluation
            }
        }
    }
}

extension Plan {
    /// A narrative section's text as a settable value, for forms (`\Plan.[narrative: .foreword]`).
    public subscript(narrative section: NarrativeSection) -> String {
        get { narrative(section) }
        set { setNarrative(section, newValue) }
    }

    /// The document's version as a settable value, for forms.
    public var documentVersion: String {
        get { document?.version ?? "" }
        set { setDocumentVersion(newValue) }
    }
}

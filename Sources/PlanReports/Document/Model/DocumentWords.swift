/// Every word the document itself writes, from one table, so that a French or Spanish table can
/// be added beside the English one. Country text never comes from here: it comes from the plan.
public struct DocumentWords: Sendable {
    private let table: [DocumentWord: String]

    /// The words for `language` (a BCP 47 tag); English until other tables exist.
    public init(language: String) {
        table = DocumentWords.english
    }

    public subscript(_ word: DocumentWord) -> String { table[word] ?? word.rawValue }

    /// A column heading, caption or unit the generated tables and figures use, given in English:
    /// the translation for the document's language once a table for it exists (see `phrases`).
    public func callAsFunction(_ english: String) -> String { phrases[english] ?? english }

    /// A phrase with blanks (`%@`) filled in order: `w("Cost in %@", "2035")`.
    public func callAsFunction(_ english: String, _ values: String...) -> String {
        var text = self(english)
        for value in values { text = text.replacing("%@", with: value, maxReplacements: 1) }
        return text
    }

    /// Column headings, captions and short phrases, English to the document's language. English
    /// needs no entries; a French or Spanish table fills this in.
    private var phrases: [String: String] { [:] }

    static let english: [DocumentWord: String] = [
        .contents: "Contents", .table: "Table", .figure: "Figure", .source: "Source", .note: "Note",
        .page: "Page", .version: "Version", .date: "Date", .status: "Status", .period: "Plan period",
        .preparedBy: "Prepared by", .adoption: "Adoption",
        .statusDraft: "Draft for consultation", .statusValidated: "Technically validated",
        .statusAdopted: "Adopted",
        .foreword: "Foreword", .executiveSummary: "Executive summary", .acronyms: "Acronyms and abbreviations",
        .toBeWritten: "To be written",
        .keyFigures: "Key figures",
        // Chapters
        .chMandate: "Mandate and process", .chSituation: "Situation analysis",
        .chVision: "Vision, principles, objectives and priorities", .chMeasures: "Measures, costing and financing",
        .chActionPlan: "Action plan", .chAdministration: "Administration", .chMonitoring: "Monitoring",
        .chEvaluation: "Evaluation", .annex: "Annex",
        // Chapter 1
        .secMandate: "Mandate", .secCommittee: "Steering committee", .secMethod: "Method",
        .secConsultations: "Consultations held", .secReadiness: "Readiness in the five dimensions",
        .secApproval: "Approval path",
        .method: "The strategy was prepared through an assessment-based national dialogue (ABND): the existing provision for each guarantee of the social protection floor and each branch of social security was reviewed with the social partners and civil society, policy gaps and implementation issues were identified, and recommendations were agreed. The measures were costed with the Rapid Assessment Protocol (RAP): for each measure and year, the eligible population times the take-up rate times the annual benefit, plus administration, set against GDP and government expenditure.",
        .authority: "Mandated by", .instrument: "Instrument", .mandateDate: "Date", .summary: "Summary",
        .leadMinistry: "Lead ministry",
        // Chapter 2
        .secContext: "Socio-economic context", .secLegal: "Legal framework", .secInventory: "Scheme inventory",
        .secSpending: "Social protection spending", .secCoverage: "Coverage", .secGaps: "Gaps",
        .secSDG: "SDG indicator 1.3.1", .secReasons: "Reasons for extension",
        // Chapter 3
        .secVision: "Vision", .secPrinciples: "Principles", .secObjectives: "Objectives", .secPriorities: "Priorities",
        // Chapter 4
        .secMeasuresIntro: "The measures", .secCosting: "Costing by scenario", .secFinancing: "Financing",
        .secRoles: "Institutions' roles", .secPhases: "Phasing",
        // Chapter 5-8
        .secActivities: "Activities by measure", .secTimetable: "Timetable", .secCriticalPath: "Critical path",
        .secCapacity: "Capacity by function", .secReforms: "Reforms that strengthen it",
        .secAdminCosts: "Administrative costs", .secResults: "Results framework",
        .secQuestions: "Evaluation questions", .secFindings: "Findings", .secRecommendations: "Recommendations",
        .secPublic: "Informing the public",
        // Annexes
        .annexAssumptions: "Assumptions", .annexSchemes: "Full scheme inventory",
        .annexConsultations: "Consultation log", .annexActivities: "Full activity list",
        .annexFindings: "Validation findings still open",
    ]
}

public enum DocumentWord: String, Hashable, Sendable, CaseIterable {
    case contents, table, figure, source, note, page, version, date, status, period, preparedBy, adoption
    case statusDraft, statusValidated, statusAdopted
    case foreword, executiveSummary, acronyms, toBeWritten, keyFigures
    case chMandate, chSituation, chVision, chMeasures, chActionPlan, chAdministration, chMonitoring, chEvaluation, annex
    case secMandate, secCommittee, secMethod, secConsultations, secReadiness, secApproval, method
    case authority, instrument, mandateDate, summary, leadMinistry
    case secContext, secLegal, secInventory, secSpending, secCoverage, secGaps, secSDG, secReasons
    case secVision, secPrinciples, secObjectives, secPriorities
    case secMeasuresIntro, secCosting, secFinancing, secRoles, secPhases
    case secActivities, secTimetable, secCriticalPath, secCapacity, secReforms, secAdminCosts, secResults
    case secQuestions, secFindings, secRecommendations, secPublic
    case annexAssumptions, annexSchemes, annexConsultations, annexActivities, annexFindings
}

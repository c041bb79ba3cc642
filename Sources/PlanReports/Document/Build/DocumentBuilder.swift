import Foundation
import PlanDomain

/// Builds the strategy document's content from a plan: chapters in the order a ministry expects
/// (the stages of the guide), each with the team's narrative and the tables and figures Socle
/// generates. Pure: the same plan, date and convention give the same document.
public struct DocumentBuilder {
    let plan: Plan
    let w: DocumentWords
    let n: DocumentNumbers
    let status: DocumentStatus
    let date: Day
    /// Derived once: they are used by several chapters.
    let costs: [ScenarioCost]
    let matrix: CoverageMatrix
    let schedule: Schedule

    /// - Parameters:
    ///   - date: the day the document is generated (the title page's date).
    ///   - numbers: the number convention (the plan's, else the user's locale).
    public init(plan: Plan, date: Day, numbers: NumberConvention) {
        self.plan = plan
        w = DocumentWords(language: plan.meta.language)
        n = DocumentNumbers(convention: numbers, words: w, currency: plan.meta.currency)
        status = DocumentStatus(plan: plan)
        self.date = date
        costs = plan.costComparison()
        matrix = plan.coverageMatrix
        schedule = plan.schedule()
    }

    public func build() -> StrategyDocument {
        var numbering = Numbering()
        let front = [foreword(), executiveSummary(&numbering), acronyms()].compactMap { $0 }
        var chapters: [DocChapter] = []
        let makers: [(inout Numbering) -> DocChapter] = [
            mandateChapter, situationChapter, visionChapter, measuresChapter, actionPlanChapter,
            administrationChapter, monitoringChapter, evaluationChapter,
        ]
        for (index, make) in makers.enumerated() {
            numbering.chapter = String(index + 1)
            chapters.append(make(&numbering))
        }
        for (index, make) in annexMakers.enumerated() {
            numbering.chapter = String(UnicodeScalar(UInt8(65 + index)))
            if let annex = make(&numbering) { chapters.append(annex) }
        }
        return StrategyDocument(language: plan.meta.language, titlePage: titlePage(), front: front,
                                chapters: chapters, words: w)
    }

    private var annexMakers: [(inout Numbering) -> DocChapter?] {
        [assumptionsAnnex, schemesAnnex, consultationsAnnex, activitiesAnnex, findingsAnnex]
    }

    // MARK: Title page

    func titlePage() -> TitlePage {
        let statusLabel = switch status {
        case .draft: w[.statusDraft]
        case .validated: w[.statusValidated]
        case .adopted: w[.statusAdopted]
        }
        let adoption = plan.strategy.approvals.filter { $0.status == .approved }.map { step in
            [step.stage.label, step.date.map(n.day)].compactMap { $0 }.joined(separator: ", ")
                + (step.reference.isEmpty ? "" : ": " + step.reference)
        }
        return TitlePage(country: plan.meta.country.name, title: plan.meta.title,
                         period: n.years(plan.meta.firstYear, plan.meta.lastYear),
                         version: plan.document?.version ?? "", date: n.day(date), status: status,
                         statusLabel: statusLabel, adoption: adoption, authors: plan.meta.authors)
    }

    // MARK: Helpers the chapters share

    /// The team's text for `section` as paragraphs; in a draft, a marker with the guiding question
    /// when it is empty; nothing in a validated or adopted document.
    func narrative(_ section: NarrativeSection) -> [DocBlock] {
        let paragraphs = DocumentBuilder.paragraphs(plan.narrative(section))
        if !paragraphs.isEmpty { return [.narrative(paragraphs)] }
        return status == .draft ? [.missing(label: section.label, prompt: section.prompt)] : []
    }

    /// Paragraphs are separated by blank lines; single line breaks inside one are kept as spaces.
    static func paragraphs(_ text: String) -> [String] {
        var result: [String] = [], current: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                if !current.isEmpty { result.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(trimmed)
            }
        }
        if !current.isEmpty { result.append(current.joined(separator: " ")) }
        return result
    }

    func name(_ kind: EntityKind, _ id: EntityID?) -> String { id == nil ? "–" : plan.name(kind, id) }

    /// A stakeholder's acronym when it has one, else its name: tables stay narrow.
    func institution(_ id: EntityID?) -> String {
        guard let id, let stakeholder = plan.entity(Stakeholder.self, id: id) else { return id ?? "–" }
        return stakeholder.acronym.isEmpty ? stakeholder.name : stakeholder.acronym
    }

    func table(_ numbering: inout Numbering, _ caption: String, _ columns: [DocColumn], _ rows: [[String]],
               strong: Set<Int> = [], note: String? = nil) -> DocBlock {
        .table(DocTable(number: numbering.nextTable(), caption: caption, columns: columns, rows: rows,
                        strongRows: strong, note: note))
    }

    func figure(_ numbering: inout Numbering, _ caption: String, _ chart: SVGChart, summary: String,
                note: String? = nil) -> DocBlock {
        .figure(DocFigure(number: numbering.nextFigure(), caption: caption, svg: chart.svg, width: chart.width,
                          height: chart.height, summary: summary, note: note))
    }

    func section(_ numbering: inout Numbering, _ title: String, _ blocks: [DocBlock]) -> DocSection {
        let number = numbering.nextSection()
        return DocSection(anchor: "sec-" + number.replacingOccurrences(of: ".", with: "-"), number: number,
                          title: title, blocks: blocks)
    }

    func opening(_ numbering: Numbering, _ blocks: [DocBlock]) -> DocSection {
        DocSection(anchor: "ch-\(numbering.chapter)-intro", number: nil, title: "", blocks: blocks)
    }

    func chapter(_ numbering: Numbering, _ title: String, annex: Bool = false, _ sections: [DocSection]) -> DocChapter {
        DocChapter(anchor: (annex ? "annex-" : "ch-") + numbering.chapter.lowercased(),
                   number: annex ? "\(w[.annex]) \(numbering.chapter)" : numbering.chapter,
                   title: title, sections: sections.filter { !$0.blocks.isEmpty || !$0.title.isEmpty })
    }
}

/// Chapter, section, table and figure numbers as the builder goes: "2", "2.3", "Table 2.3".
struct Numbering {
    var chapter = "" { didSet { section = 0; table = 0; figure = 0 } }
    private var section = 0, table = 0, figure = 0

    mutating func nextSection() -> String { section += 1; return "\(chapter).\(section)" }
    mutating func nextTable() -> String { table += 1; return "\(chapter).\(table)" }
    mutating func nextFigure() -> String { figure += 1; return "\(chapter).\(figure)" }
}

import PlanDomain

/// The strategy document as content, before any format: the title page, the front matter, the
/// numbered chapters and the annexes, each made of narrative paragraphs, tables and figures.
/// The renderers (HTML, DOCX, Markdown) only lay it out; the XLSX workbook is built from the plan.
public struct StrategyDocument: Sendable {
    public var language: String
    public var titlePage: TitlePage
    /// Unnumbered: foreword, executive summary, acronyms.
    public var front: [DocChapter]
    /// Numbered 1 to 8, then the annexes (lettered).
    public var chapters: [DocChapter]
    /// The words the layout itself uses ("Contents", "Table", "Figure", "Source").
    public var words: DocumentWords

    public var allChapters: [DocChapter] { front + chapters }
    public var tables: [DocTable] { allChapters.flatMap(\.sections).flatMap(\.blocks).compactMap(\.table) }
    public var figures: [DocFigure] { allChapters.flatMap(\.sections).flatMap(\.blocks).compactMap(\.figure) }
}

/// Whether the strategy is still a draft, validated technically, or adopted (from the approval path).
public enum DocumentStatus: String, Sendable {
    case draft, validated, adopted

    public init(plan: Plan) {
        let approved = Set(plan.strategy.approvals.filter { $0.status == .approved }.map(\.stage))
        if approved.contains(.parliament) || approved.contains(.government) {
            self = .adopted
        } else if approved.contains(.technicalValidation) {
            self = .validated
        } else {
            self = .draft
        }
    }
}

public struct TitlePage: Sendable {
    public var country: String
    public var title: String
    public var period: String
    public var version: String
    public var date: String
    public var status: DocumentStatus
    public var statusLabel: String
    /// One line per approval step passed: "Technical validation, 18 June 2026: Report of ...".
    public var adoption: [String]
    public var authors: [String]
}

public struct DocChapter: Sendable {
    /// An anchor for links and bookmarks ("ch-2", "annex-a").
    public var anchor: String
    /// "2", "A"; nil for the front matter.
    public var number: String?
    public var title: String
    public var sections: [DocSection]

    public var heading: String { number.map { "\($0). \(title)" } ?? title }
}

public struct DocSection: Sendable {
    public var anchor: String
    /// "2.3"; nil for a chapter's opening text or a front-matter section.
    public var number: String?
    /// Empty for a chapter's opening text (no heading of its own).
    public var title: String
    public var blocks: [DocBlock]

    public var heading: String { number.map { "\($0) \(title)" } ?? title }
}

public enum DocBlock: Sendable {
    /// The team's own text, one string per paragraph.
    case narrative([String])
    /// A text the team has not written yet (drafts only): the guiding question.
    case missing(label: String, prompt: String)
    /// Generated sentences.
    case paragraph(String)
    case bullets([String])
    /// Label and value pairs (the mandate, the key figures).
    case facts([(String, String)])
    case table(DocTable)
    case figure(DocFigure)

    public var table: DocTable? { if case .table(let table) = self { table } else { nil } }
    public var figure: DocFigure? { if case .figure(let figure) = self { figure } else { nil } }
}

public struct DocColumn: Sendable {
    public var title: String
    /// Numbers: right-aligned.
    public var numeric: Bool
    public init(_ title: String, numeric: Bool = false) {
        self.title = title
        self.numeric = numeric
    }
}

public struct DocTable: Sendable {
    /// "2.3"
    public var number: String
    public var caption: String
    public var columns: [DocColumn]
    public var rows: [[String]]
    /// Rows shown in bold (totals).
    public var strongRows: Set<Int> = []
    public var note: String?
}

public struct DocFigure: Sendable {
    public var number: String
    public var caption: String
    /// A complete SVG image, sized in points.
    public var svg: String
    public var width: Double
    public var height: Double
    /// What the figure shows, in words (alt text).
    public var summary: String
    public var note: String?
    /// The figures' numbers as a table, for formats that show no pictures (Markdown).
    public var data: DocTable?
}

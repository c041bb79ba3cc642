import Foundation
import PlanDomain

/// The documents Socle writes into a plan's exports/ folder: the action plan's, and the strategy
/// document in its formats (laid out by PlanReports, which the caller's exporter runs).
public enum ExportKind: String, CaseIterable, Sendable {
    /// Every activity with all its fields (CSV).
    case activities
    /// The critical-path schedule: dates, float, critical (CSV).
    case schedule
    /// The budget by year, institution, funding source and activity (CSV).
    case budget
    /// Activities and milestones as all-day events (iCalendar).
    case calendar
    /// The strategy document, print-ready HTML.
    case strategyHTML
    /// The strategy document for Word and LibreOffice.
    case strategyDOCX
    /// The strategy document in Markdown.
    case strategyMarkdown
    /// The costing workbook with live formulas.
    case costingWorkbook
    /// The reporting calendar: indicator values, reports and evaluations due, over the horizon (iCalendar).
    case reportingCalendar

    /// The action plan's exports (stage 3's x).
    public static let actionPlan: [ExportKind] = [.activities, .schedule, .budget, .calendar]
    /// The strategy document's formats (the Document tab's x).
    public static let document: [ExportKind] = [.strategyHTML, .strategyDOCX, .strategyMarkdown, .costingWorkbook]
    /// Monitoring's and evaluation's exports (stages 5 and 6's x): what `socle calendar --ics` writes.
    public static let monitoring: [ExportKind] = [.reportingCalendar]

    public var isDocument: Bool { Self.document.contains(self) }

    /// The default file name in the plan's `exports/` folder.
    public var fileName: String {
        switch self {
        case .activities: "activities.csv"
        case .schedule: "schedule.csv"
        case .budget: "budget.csv"
        case .calendar: "action-plan.ics"
        case .strategyHTML: "strategy.html"
        case .strategyDOCX: "strategy.docx"
        case .strategyMarkdown: "strategy.md"
        case .costingWorkbook: "costing.xlsx"
        case .reportingCalendar: "reporting-calendar.ics"
        }
    }

    public var label: String {
        switch self {
        case .activities: "Activities, every field (CSV)"
        case .schedule: "Schedule: dates, float, critical (CSV)"
        case .budget: "Budget by year, institution, source (CSV)"
        case .calendar: "Calendar of activities and milestones (ICS)"
        case .strategyHTML: "Strategy document, print-ready (HTML)"
        case .strategyDOCX: "Strategy document for Word (DOCX)"
        case .strategyMarkdown: "Strategy document (Markdown)"
        case .costingWorkbook: "Costing workbook, live formulas (XLSX)"
        case .reportingCalendar: "Values, reports, evaluations due (ICS)"
        }
    }

    /// The document's bytes. `stamp` is the moment written into an iCalendar file (DTSTAMP); the
    /// CSV files do not use it. The strategy document's formats are laid out by PlanReports
    /// (`DocumentFiles`), not here: asking for them throws `ExportError.laidOutElsewhere`.
    public func data(_ plan: Plan, stamp: Date) throws -> Data {
        switch self {
        case .strategyHTML, .strategyDOCX, .strategyMarkdown, .costingWorkbook: throw ExportError.laidOutElsewhere(fileName)
        case .activities: try PlanCSV.activities(plan)
        case .schedule: try PlanCSV.schedule(plan)
        case .budget: try PlanCSV.budget(plan)
        case .calendar: ICalendar.data(plan, stamp: stamp)
        case .reportingCalendar: ReportingICalendar.data(ReportingCalendar(plan: plan), plan: plan, stamp: stamp)
        }
    }
}

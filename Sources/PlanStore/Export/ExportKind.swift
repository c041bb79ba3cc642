import Foundation
import PlanDomain

/// The documents Socle makes from a plan's action plan.
public enum ExportKind: String, CaseIterable, Sendable {
    /// Every activity with all its fields (CSV).
    case activities
    /// The critical-path schedule: dates, float, critical (CSV).
    case schedule
    /// The budget by year, institution, funding source and activity (CSV).
    case budget
    /// Activities and milestones as all-day events (iCalendar).
    case calendar

    /// The default file name in the plan's `exports/` folder.
    public var fileName: String {
        switch self {
        case .activities: "activities.csv"
        case .schedule: "schedule.csv"
        case .budget: "budget.csv"
        case .calendar: "action-plan.ics"
        }
    }

    public var label: String {
        switch self {
        case .activities: "Activities, every field (CSV)"
        case .schedule: "Schedule: dates, float, critical (CSV)"
        case .budget: "Budget by year, institution, source (CSV)"
        case .calendar: "Calendar of activities and milestones (ICS)"
        }
    }

    /// The document's bytes. `stamp` is the moment written into an iCalendar file (DTSTAMP); the
    /// CSV files do not use it.
    public func data(_ plan: Plan, stamp: Date) throws -> Data {
        switch self {
        case .activities: try PlanCSV.activities(plan)
        case .schedule: try PlanCSV.schedule(plan)
        case .budget: try PlanCSV.budget(plan)
        case .calendar: ICalendar.data(plan, stamp: stamp)
        }
    }
}

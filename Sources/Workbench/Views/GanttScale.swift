import PlanDomain

/// The Gantt chart's time axis: what one column stands for at each zoom, and which columns show.
///
/// Each zoom names the unit its labels count in; a column is the next smaller period:
/// years → a column per quarter, quarters → a month, months → a week (from Monday), weeks → a day.
/// Periods are numbered from year 0 (quarters, months) or by day number (weeks, days), so the
/// chart's left edge is a period number: the period holding the timetable's start, moved by
/// `offset` steps (`<` `>`) of a year, a quarter, four weeks or a week.
public enum GanttZoom: Int, CaseIterable, Sendable {
    case years, quarters, months, weeks

    public init(zoom: Int) { self = Self.allCases[((zoom % 4) + 4) % 4] }

    public var label: String {
        switch self {
        case .years: "years"
        case .quarters: "quarters"
        case .months: "months"
        case .weeks: "weeks"
        }
    }

    /// The zoom a chart of `width` columns shows at `zoom` presses of `z`: it starts at the finest
    /// zoom that shows the whole schedule, and each press zooms in, from weeks back to years.
    public static func shown(_ schedule: Schedule, width: Int, presses: Int) -> GanttZoom {
        var fitting = GanttZoom.years
        if let finish = schedule.finish {
            let from = min(schedule.start.dayNumber, schedule.activities.map(\.startDay).min() ?? Int.max)
            for zoom in allCases where zoom.period(of: finish.dayNumber) - zoom.period(of: from) < width {
                fitting = zoom
            }
        }
        return GanttZoom(zoom: fitting.rawValue + presses)
    }

    /// Columns per `<` or `>`.
    var step: Int {
        switch self {
        case .years: 4
        case .quarters: 3
        case .months: 4
        case .weeks: 7
        }
    }

    /// The period (column) that holds day number `day`.
    func period(of day: Int) -> Int {
        switch self {
        case .years:
            let d = Day(dayNumber: day)
            return d.year * 4 + (d.month - 1) / 3
        case .quarters:
            let d = Day(dayNumber: day)
            return d.year * 12 + d.month - 1
        case .months:
            // Day number 4 (1970-01-05) was a Monday.
            return Int((Double(day - 4) / 7).rounded(.down))
        case .weeks:
            return day
        }
    }

    /// The day number the period starts on.
    func firstDay(of period: Int) -> Int {
        switch self {
        case .years:
            let year = Int((Double(period) / 4).rounded(.down))
            return Day.firstDayNumber(year: year, month: (period - year * 4) * 3 + 1)
        case .quarters:
            let year = Int((Double(period) / 12).rounded(.down))
            return Day.firstDayNumber(year: year, month: period - year * 12 + 1)
        case .months:
            return period * 7 + 4
        case .weeks:
            return period
        }
    }
}

/// Which periods a chart of `width` columns shows.
public struct GanttWindow: Equatable, Sendable {
    public var zoom: GanttZoom
    /// The period of the leftmost column.
    public var first: Int
    public var width: Int

    public init(zoom: GanttZoom, start: Day, offset: Int, width: Int) {
        self.zoom = zoom
        self.first = zoom.period(of: start.dayNumber) + offset * zoom.step
        self.width = width
    }

    /// The column (0 at the left edge) of a day; may lie outside 0..<width.
    public func column(of day: Int) -> Int { zoom.period(of: day) - first }

    /// The offset that puts the period holding `day` nearest the left edge that steps allow.
    public static func offset(showing day: Int, zoom: GanttZoom, start: Day) -> Int {
        let distance = zoom.period(of: day) - zoom.period(of: start.dayNumber)
        return Int((Double(distance) / Double(zoom.step)).rounded())
    }
}

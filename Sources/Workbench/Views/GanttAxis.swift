import PlanDomain

/// The Gantt chart's two axis lines: the larger unit above (years, or months at the weeks zoom),
/// the zoom's own unit below, each label where there is room; today marked below.
enum GanttAxis {
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func draw(_ canvas: inout Canvas, window: GanttWindow, x: Int, y: Int, today: Day) {
        var freeAbove = 0, freeBelow = 0
        for column in 0..<window.width {
            let period = window.first + column
            let firstDay = window.zoom.firstDay(of: period)
            let nextDay = window.zoom.firstDay(of: period + 1)
            let day = Day(dayNumber: firstDay)
            var (above, below) = labels(window.zoom, day: day, firstDay: firstDay, nextDay: nextDay)
            if column == 0, above == nil {
                // The first column names its year (or month) even when it does not start it.
                above = window.zoom == .weeks ? "\(months[day.month - 1]) \(day.year)" : String(day.year)
            }
            // A label that does not fit whole at the right edge is left out: "20" would read as a year.
            if let above, column >= freeAbove, DisplayWidth.of(above) <= window.width - column {
                freeAbove = column + canvas.put(above, x: x + column, y: y, role: .heading,
                                                maxWidth: window.width - column) + 1
            }
            if let below, column >= freeBelow {
                let width = canvas.put(below, x: x + column, y: y + 1, role: .muted, maxWidth: window.width - column)
                freeBelow = column + width + (window.zoom == .years ? 0 : 1)
            }
        }
        let column = window.column(of: today.dayNumber)
        if (0..<window.width).contains(column) {
            canvas.put(String(canvas.glyphs.arrowDown), x: x + column, y: y + 1, role: .ganttToday)
        }
    }

    /// The labels a column starts, if any: above (a year, or a month at the weeks zoom) and below.
    private static func labels(_ zoom: GanttZoom, day: Day, firstDay: Int, nextDay: Int) -> (String?, String?) {
        // The first of a month that falls in the period, if one does (a period is at most a quarter).
        let last = Day(dayNumber: nextDay - 1)
        let monthStart: Day? = day.day == 1 ? day
            : (last.month != day.month ? Day(year: last.year, month: last.month, day: 1) : nil)
        switch zoom {
        case .years:
            // A column per quarter: the year above its first quarter, quarter numbers below.
            let quarter = (day.month - 1) / 3 + 1
            return (quarter == 1 ? String(day.year) : nil, String(quarter))
        case .quarters:
            // A column per month: the year above January, "Q1" … below each quarter's first month.
            return (day.month == 1 ? String(day.year) : nil, (day.month - 1) % 3 == 0 ? "Q\((day.month - 1) / 3 + 1)" : nil)
        case .months:
            // A column per week: the year above the week holding 1 January, the month below the
            // week holding its first day.
            return (monthStart?.month == 1 ? monthStart.map { String($0.year) } : nil,
                    monthStart.map { months[$0.month - 1] })
        case .weeks:
            // A column per day: the month and year above its first day, Mondays' dates below.
            let monday = (firstDay - 4) % 7 == 0
            return (day.day == 1 ? "\(months[day.month - 1]) \(day.year)" : nil, monday ? String(day.day) : nil)
        }
    }
}

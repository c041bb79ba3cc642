import PlanDomain

/// The action plan's timetable: one bar per activity from its early start to its early finish,
/// the critical path in red, milestones as diamonds, years and quarters across.
struct GanttChart: SVGChart {
    let width = 480.0
    let height: Double
    let svg: String

    init(plan: Plan, schedule: Schedule, words: DocumentWords) {
        let rows = schedule.activities.sorted { $0.index < $1.index }
        let rowHeight = 11.0, top = 24.0, labelWidth = 170.0
        height = top + rowHeight * Double(rows.count) + 26
        var canvas = SVGCanvas(width: width, height: height)
        let first = rows.map(\.startDay).min() ?? schedule.start.dayNumber
        let last = max(rows.map { max($0.endDay, $0.startDay + 1) }.max() ?? first + 365, first + 30)
        let startYear = Day(dayNumber: first).year, endYear = Day(dayNumber: last - 1).year
        let span = Double(Day(year: endYear + 1, month: 1, day: 1)!.dayNumber - Day(year: startYear, month: 1, day: 1)!.dayNumber)
        let origin = Double(Day(year: startYear, month: 1, day: 1)!.dayNumber)
        let plotLeft = labelWidth + 4, plotRight = width - 6
        let x: (Int) -> Double = { plotLeft + (Double($0) - origin) / span * (plotRight - plotLeft) }
        let bottom = top + rowHeight * Double(rows.count)
        for year in startYear...endYear {
            for quarter in 0..<4 {
                let day = Day(year: year, month: quarter * 3 + 1, day: 1)!.dayNumber
                canvas.line(x(day), top - (quarter == 0 ? 14 : 4), x(day), bottom,
                            stroke: quarter == 0 ? "#999999" : ChartPalette.grid)
            }
            let middle = (x(Day(year: year, month: 1, day: 1)!.dayNumber) + x(Day(year: year + 1, month: 1, day: 1)!.dayNumber)) / 2
            canvas.text(middle, top - 6, String(year), size: 7.5, anchor: .middle, bold: true)
        }
        let activities = plan.actionPlan.activities
        for (row, scheduled) in rows.enumerated() {
            let y = top + rowHeight * Double(row)
            if row % 2 == 1 { canvas.rect(0, y, width, rowHeight, fill: "#f6f6f6") }
            let name = scheduled.index < activities.count ? activities[scheduled.index].name : scheduled.id
            canvas.text(labelWidth, y + 8, SVGCanvas.fit(name, width: (labelWidth - 4) * (scheduled.critical ? 0.9 : 1), size: 7), size: 7, anchor: .end,
                        bold: scheduled.critical)
            let color = scheduled.critical ? ChartPalette.critical : ChartPalette.normal
            if scheduled.duration == 0 {
                let cx = x(scheduled.startDay), cy = y + rowHeight / 2
                canvas.polygon([(cx, cy - 4), (cx + 4, cy), (cx, cy + 4), (cx - 4, cy)], fill: color)
            } else {
                canvas.rect(x(scheduled.startDay), y + 2, x(scheduled.endDay) - x(scheduled.startDay), rowHeight - 4,
                            fill: color, title: "\(name): \(scheduled.earlyStart.iso) – \(scheduled.earlyFinish.iso)")
            }
        }
        let legendY = bottom + 16
        canvas.rect(plotLeft, legendY - 7, 14, 7, fill: ChartPalette.normal)
        canvas.text(plotLeft + 18, legendY, words("Activity"), size: 7)
        canvas.rect(plotLeft + 70, legendY - 7, 14, 7, fill: ChartPalette.critical)
        canvas.text(plotLeft + 88, legendY, words("On the critical path"), size: 7)
        canvas.polygon([(plotLeft + 190, legendY - 7), (plotLeft + 194, legendY - 3), (plotLeft + 190, legendY + 1),
                        (plotLeft + 186, legendY - 3)], fill: ChartPalette.normal)
        canvas.text(plotLeft + 198, legendY, words("Milestone"), size: 7)
        svg = canvas.text
    }
}

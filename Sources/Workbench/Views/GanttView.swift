import PlanDomain

/// The timetable as a Gantt chart: rows grouped by measure or institution (or the critical path
/// alone), a time axis zooming from years to weeks, bars that tell critical work (█ / #) from the
/// rest (▓ / =), float after a bar (·), milestones (◆ critical, ◇ not), a dotted today line (┊), and the
/// selected row's details at the foot.
enum GanttView {
    @dynamicMemberLookup
    struct Model: PanelModel {
        let context: PanelContext
        let grouping: GanttGrouping
        let rows: [GanttRow]

        init(_ state: AppState) {
            context = PanelContext(state)
            grouping = GanttGrouping(mode: state.list.mode)
            rows = state.ganttRows(grouping)
        }
    }

    /// Draws within `area`, whatever its size.
    static func draw(_ frame: inout Frame, model: Model, area: Rect) {
        frame.clipped(to: area) { drawClipped(&$0, model: model, area: area) }
    }

    private static func drawClipped(_ frame: inout Frame, model: Model, area: Rect) {
        let list = model.list
        let grouping = model.grouping
        let rows = model.rows
        let (labelWidth, chartX) = geometry(area)
        let window = self.window(model.schedule, list: list, area: area)
        let detailHeight = 4
        let visible = max(1, area.height - 2 - detailHeight)
        GanttAxis.draw(&frame.canvas, window: window, x: chartX, y: area.y, today: model.today)
        drawLegend(&frame.canvas, x: area.x + 1, y: area.y, width: labelWidth)
        if rows.isEmpty {
            let message = grouping == .criticalPath ? "No critical activities (m shows them all)."
                : "No activities yet: add them on the Activities tab."
            frame.canvas.putWrapped(message, x: area.x + 1, y: area.y + 3, role: .muted, width: area.width - 2)
        }
        let first = PanelView.firstRow(list, count: rows.count, visible: visible)
        let todayColumn = window.column(of: model.today.dayNumber)
        let late = Set(model.schedule.late.map(\.activityId))
        for slot in 0..<visible {
            let index = first + slot
            let y = area.y + 2 + slot
            if (0..<window.width).contains(todayColumn) {
                frame.canvas.put(Marks(frame.canvas.glyphs).today, x: chartX + todayColumn, y: y, role: .ganttToday)
            }
            guard index < rows.count else { continue }
            let selected = index == list.selected
            let labelRole: Role = selected ? (model.focused ? .tableSelected : .selection) : .normal
            frame.canvas.fill(Rect(x: area.x, y: y, width: labelWidth + 1, height: 1), role: labelRole)
            switch rows[index] {
            case .group(let title, let members):
                let mark = frame.canvas.glyphs.isUnicode ? "▾ " : "- "
                frame.canvas.putFitted(mark + title, x: area.x + 1, y: y, role: selected ? labelRole : .heading,
                                       attributes: .bold, maxWidth: labelWidth)
                drawSpan(&frame.canvas, members: members, model: model, window: window, x: chartX, y: y)
            case .activity(let place):
                let activity = model.plan.actionPlan.activities[place]
                drawLabel(&frame.canvas, activity, late: late.contains(activity.id), role: labelRole,
                          x: area.x + 1, y: y, width: labelWidth, indent: grouping != .criticalPath)
                if let entry = model.schedule[activity.id], entry.index == place {
                    drawBar(&frame.canvas, entry, window: window, x: chartX, y: y)
                } else {
                    frame.canvas.put("no dates: in or after a dependency cycle", x: chartX, y: y, role: .warning,
                                     maxWidth: window.width)
                }
            }
            frame.regions.append(HitRegion(rect: Rect(x: area.x, y: y, width: area.width, height: 1), target: .row(index)))
        }
        let footer = Rect(x: area.x, y: area.maxY - detailHeight, width: area.width, height: detailHeight)
        GanttDetails.draw(&frame.canvas, model: model, window: window, area: footer)
    }

    /// The label column's width and where the chart starts.
    static func geometry(_ area: Rect) -> (labelWidth: Int, chartX: Int) {
        let labelWidth = min(40, max(20, area.width / 3))
        return (labelWidth, area.x + labelWidth + 2)
    }

    /// The periods the chart shows for the state's zoom and offset.
    static func window(_ schedule: Schedule, list: ListState, area: Rect) -> GanttWindow {
        let width = max(1, area.maxX - geometry(area).chartX - 1)
        let zoom = GanttZoom.shown(schedule, width: width, presses: list.zoom)
        return GanttWindow(zoom: zoom, start: schedule.start, offset: list.offset, width: width)
    }

    private static func drawLegend(_ canvas: inout Canvas, x: Int, y: Int, width: Int) {
        let g = Marks(canvas.glyphs)
        var at = x
        at += canvas.put(g.critical, x: at, y: y, role: .ganttCritical)
        at += canvas.put(" critical ", x: at, y: y, role: .muted, maxWidth: x + width - at)
        at += canvas.put(g.bar, x: at, y: y, role: .ganttBar, maxWidth: x + width - at)
        canvas.put(" other", x: at, y: y, role: .muted, maxWidth: x + width - at)
        at = x
        at += canvas.put(g.float, x: at, y: y + 1, role: .ganttFloat)
        at += canvas.put(" float ", x: at, y: y + 1, role: .muted, maxWidth: x + width - at)
        at += canvas.put(g.milestone, x: at, y: y + 1, role: .ganttMilestone, maxWidth: x + width - at)
        canvas.put(" milestone", x: at, y: y + 1, role: .muted, maxWidth: x + width - at)
    }

    private static func drawLabel(_ canvas: inout Canvas, _ activity: Activity, late: Bool, role: Role,
                                  x: Int, y: Int, width: Int, indent: Bool) {
        let glyphs = canvas.glyphs
        let (mark, markRole): (String, Role) = switch activity.status {
        case .done: (String(glyphs.check), .ok)
        case .cancelled: (String(glyphs.cross), .muted)
        default: late ? ("!", .warning) : (activity.status == .inProgress ? String(glyphs.arrowRight) : " ", .muted)
        }
        var at = x + (indent ? 1 : 0)
        at += canvas.put(mark, x: at, y: y, role: role == .normal ? markRole : role)
        at += canvas.put(" \(activity.id) ", x: at, y: y, role: role == .normal ? .muted : role)
        canvas.putFitted(activity.name.replacingNewlines, x: at, y: y, role: role, maxWidth: x + width - at)
    }

    /// One activity: its bar (or milestone), then its float up to its late finish.
    private static func drawBar(_ canvas: inout Canvas, _ entry: ScheduledActivity, window: GanttWindow, x: Int, y: Int) {
        let marks = Marks(canvas.glyphs)
        let start = window.column(of: entry.startDay)
        let end = window.column(of: entry.finishDay)
        let lateEnd = window.column(of: entry.duration == 0 ? entry.lateStartDay : entry.lateEndDay - 1)
        if end < 0 {
            canvas.put(String(canvas.glyphs.arrowLeft), x: x, y: y, role: .muted)
            return
        }
        if start >= window.width {
            canvas.put(String(canvas.glyphs.arrowRight), x: x + window.width - 1, y: y, role: .muted)
            return
        }
        let floatStart = max(0, end + 1), floatEnd = min(window.width - 1, lateEnd)
        if floatStart <= floatEnd {
            for column in floatStart...floatEnd { canvas.put(marks.float, x: x + column, y: y, role: .ganttFloat) }
        }
        if entry.duration == 0 {
            let glyph = entry.critical ? marks.milestone : marks.otherMilestone
            canvas.put(glyph, x: x + start, y: y, role: entry.critical ? .ganttCritical : .ganttMilestone)
            return
        }
        let glyph = entry.critical ? marks.critical : marks.bar
        for column in max(0, start)...min(window.width - 1, end) {
            canvas.put(glyph, x: x + column, y: y, role: entry.critical ? .ganttCritical : .ganttBar)
        }
    }

    /// A group's span, from its first start to its last finish, as a thin line.
    private static func drawSpan(_ canvas: inout Canvas, members: [Int], model: Model, window: GanttWindow,
                                 x: Int, y: Int) {
        let entries = members.compactMap { place in model.schedule[model.plan.actionPlan.activities[place].id] }
        guard let from = entries.map(\.startDay).min(), let to = entries.map(\.finishDay).max() else { return }
        let start = max(0, window.column(of: from)), end = min(window.width - 1, window.column(of: to))
        guard start <= end else { return }
        for column in start...end {
            canvas.put(String(canvas.glyphs.light.horizontal), x: x + column, y: y, role: .muted)
        }
    }
}

/// The marks of the chart, in Unicode or ASCII.
struct Marks {
    /// The today line is dotted (┊ / :) so no theme, not even mono, makes it look like a critical bar.
    let critical, bar, float, milestone, otherMilestone, today: String

    init(_ glyphs: Glyphs) {
        if glyphs.isUnicode {
            (critical, bar, float, milestone, otherMilestone, today) = ("█", "▓", "·", "◆", "◇", "┊")
        } else {
            (critical, bar, float, milestone, otherMilestone, today) = ("#", "=", ".", "*", "o", ":")
        }
    }
}

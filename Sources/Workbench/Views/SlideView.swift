import PlanDomain
import PlanFormat

/// A presentation's slide (`socle present DIR`), for a validation workshop: the plan as a whole,
/// then one stage a screen with its title in big letters, its key figures, what is still missing,
/// and its picture (the coverage heat map, the cost chart, the Gantt chart, administrative costs).
enum SlideView {
    static func draw(_ frame: inout Frame, state: AppState, layout: Layout) {
        let slide = state.slide ?? 0
        let screen = layout.screen
        frame.canvas.fill(screen, role: .normal)
        drawTop(&frame.canvas, state: state, slide: slide, width: screen.width)
        let body = Rect(x: 2, y: 2, width: screen.width - 4, height: screen.height - 4)
        if slide == 0 {
            drawPlan(&frame, state: state, area: body)
        } else if let stage = Stage(rawValue: slide - 1) {
            drawStage(&frame, state: state, stage: stage, area: body)
        }
        drawBottom(&frame.canvas, state: state, slide: slide, rect: layout.status)
    }

    private static func drawTop(_ canvas: inout Canvas, state: AppState, slide: Int, width: Int) {
        canvas.fill(Rect(x: 0, y: 0, width: width, height: 1), role: .title)
        let meta = state.plan.meta
        let count = "\(slide + 1) / \(Reducer.slideCount) "
        canvas.put(DisplayWidth.truncate(" \(meta.country.name) · \(meta.title)", to: width - count.count - 2,
                                         ellipsis: canvas.glyphs.ellipsis), x: 0, y: 0, role: .title)
        canvas.put(count, x: width - count.count, y: 0, role: .title)
    }

    private static func drawBottom(_ canvas: inout Canvas, state: AppState, slide: Int, rect: Rect) {
        canvas.fill(rect, role: .status)
        if let notice = state.notice {
            canvas.put(" " + notice.text, x: rect.x, y: rect.y, role: StatusView.noticeRole(notice),
                       maxWidth: rect.width - 1)
            return
        }
        var x = rect.x + 1
        for index in 0..<Reducer.slideCount {
            let mark: Character = index == slide ? canvas.glyphs.bullet : (canvas.glyphs.isUnicode ? "·" : ".")
            x += canvas.put(String(mark) + " ", x: x, y: rect.y, role: index == slide ? .statusOK : .status)
        }
        x += canvas.put("│ ", x: x, y: rect.y, role: .status)
        let hints = state.keymap.hints([KeyHint(.right, words: "next"), KeyHint(.left, words: "back"),
                                        KeyHint(.top, words: "first"), KeyHint(.quit, words: "end")], in: [.slides])
        StatusView.drawHints(&canvas, hints: hints, x: x, y: rect.y, room: rect.maxX - x - 1)
    }

    /// Slide 0: the plan, its horizon, and every stage's progress.
    private static func drawPlan(_ frame: inout Frame, state: AppState, area: Rect) {
        let meta = state.plan.meta
        var y = area.y
        let name = meta.country.name
        if BigText.fits(name, in: area.width) {
            BigText.draw(&frame.canvas, name, x: area.x, y: y, role: .heading)
            y += BigText.height + 1
        } else {
            frame.canvas.put(name, x: area.x, y: y, role: .heading, attributes: .bold)
            y += 2
        }
        for line in TextWrap.lines(meta.title, width: area.width).prefix(2) {
            frame.canvas.put(line, x: area.x, y: y, role: .normal, attributes: .bold)
            y += 1
        }
        frame.canvas.put("Horizon " + Figures.yearRange(meta.firstYear, meta.lastYear)
                         + " · base year \(meta.baseYear) · \(meta.currency)", x: area.x, y: y, role: .muted)
        y += 2
        let labelWidth = min(18, area.width / 3)
        for progress in state.progress where y < area.maxY {
            drawProgress(&frame.canvas, progress, label: "\(progress.stage.rawValue) \(progress.stage.title)",
                         labelWidth: labelWidth, x: area.x, y: y, width: area.width)
            y += area.height >= 20 ? 2 : 1
        }
    }

    /// A stage: its title big, its question, key figures and what is missing on the left, its
    /// picture on the right (or below, on a narrow screen).
    private static func drawStage(_ frame: inout Frame, state: AppState, stage: Stage, area: Rect) {
        var y = area.y
        let title = "\(stage.rawValue) \(stage.title)"
        if BigText.fits(title, in: area.width) {
            BigText.draw(&frame.canvas, title, x: area.x, y: y, role: .heading)
            y += BigText.height
        } else {
            frame.canvas.put(title.uppercased(), x: area.x, y: y, role: .heading, attributes: .bold)
            y += 1
        }
        for line in TextWrap.lines(stage.guidingQuestion, width: area.width).prefix(2) {
            frame.canvas.put(line, x: area.x, y: y, role: .muted)
            y += 1
        }
        y += 1
        let rest = Rect(x: area.x, y: y, width: area.width, height: area.maxY - y)
        let picture = pictureSection(stage)
        let figuresWidth = picture == nil ? rest.width : min(30, rest.width / 3)
        drawFigures(&frame.canvas, state: state, stage: stage,
                    area: Rect(x: rest.x, y: rest.y, width: figuresWidth, height: rest.height))
        guard let picture, let tab = Section.tabs(of: stage).firstIndex(of: .panel(picture)) else { return }
        let pictureArea = Rect(x: rest.x + figuresWidth + 2, y: rest.y, width: rest.width - figuresWidth - 2,
                               height: rest.height)
        var view = state
        view.stage = stage
        view.tab = tab
        view.focus = .rail
        var layout = Layout(columns: state.size.columns, rows: state.size.rows)
        layout.bodyArea = pictureArea
        frame.clipped(to: pictureArea) { PanelView.draw(&$0, state: view, panel: picture, layout: layout) }
        // A slide is not clicked through: the picture's rows are not targets.
        frame.regions.removeAll()
    }

    /// The picture that tells a stage's story, where it has one.
    static func pictureSection(_ stage: Stage) -> Panel? {
        switch stage {
        case .stocktake: .heatMap
        case .strategy: .cost
        case .actionPlan: .gantt
        case .administration: .adminCosts
        case .foundations, .monitoring, .evaluation: nil
        }
    }

    /// The stage's progress in big figures, how many of each thing it holds, and what is missing.
    private static func drawFigures(_ canvas: inout Canvas, state: AppState, stage: Stage, area: Rect) {
        let progress = state.progress[stage.rawValue]
        var y = area.y
        let done = "\(progress.done.count)/\(progress.items.count)"
        BigText.draw(&canvas, done, x: area.x, y: y, role: progress.missing.isEmpty ? .ok : .heading)
        canvas.put("done", x: area.x + BigText.width(done) + 2, y: y + 1, role: .muted)
        y += BigText.height + 1
        canvas.put(canvas.glyphs.bar(progress.fraction, width: min(area.width, 24)), x: area.x, y: y,
                   role: progress.status == .complete ? .railDone : .gaugeFill)
        y += 2
        for line in keyFigures(state, stage) where y < area.maxY {
            canvas.put(DisplayWidth.truncate(line, to: area.width, ellipsis: canvas.glyphs.ellipsis), x: area.x, y: y, role: .normal)
            y += 1
        }
        let missing = progress.missing
        guard !missing.isEmpty, y + 1 < area.maxY else { return }
        y += 1
        canvas.put("Still missing", x: area.x, y: y, role: .warning, attributes: .bold)
        y += 1
        for item in missing where y < area.maxY {
            let room = area.maxY - y
            let lines = TextWrap.lines("\(canvas.glyphs.bullet) " + item.label, width: area.width)
            for line in lines.prefix(room) {
                canvas.put(line, x: area.x, y: y, role: .normal)
                y += 1
            }
        }
    }

    /// "12 schemes", "SDG 1.3.1: 41–58%": what a stage holds, in a few lines.
    static func keyFigures(_ state: AppState, _ stage: Stage) -> [String] {
        var lines: [String] = []
        let figures = state.figures
        if stage == .stocktake {
            let sdg = state.plan.sdg131
            if let low = sdg.lowerPercent, let high = sdg.upperPercent {
                lines.append("SDG 1.3.1: " + figures.percent(low) + "–" + figures.percent(high))
            }
        }
        for case .table(let kind) in Section.tabs(of: stage) {
            let count = state.plan.count(kind)
            guard count > 0 else { continue }
            lines.append(counted(count, kind.label, kind.pluralLabel))
        }
        if stage == .actionPlan {
            if let finish = state.schedule.finish { lines.append("Finishes \(finish)") }
            let late = state.schedule.late.count
            if late > 0 { lines.append(counted(late, "activity", "activities") + " late") }
        }
        return lines
    }

    private static func drawProgress(_ canvas: inout Canvas, _ progress: StageProgress, label: String, labelWidth: Int,
                                     x: Int, y: Int, width: Int) {
        canvas.put(DisplayWidth.truncate(label, to: labelWidth, ellipsis: canvas.glyphs.ellipsis), x: x, y: y,
                   role: .normal)
        let count = " \(progress.done.count)/\(progress.items.count)"
        let barWidth = max(4, min(40, width - labelWidth - 2 - count.count))
        let barX = x + labelWidth + 1
        canvas.fill(Rect(x: barX, y: y, width: barWidth, height: 1), role: .gaugeEmpty,
                    with: canvas.glyphs.isUnicode ? canvas.glyphs.blockLight : ".")
        canvas.put(canvas.glyphs.bar(progress.fraction, width: barWidth), x: barX, y: y,
                   role: progress.status == .complete ? .railDone : .gaugeFill,
                   maxWidth: Int((progress.fraction * Double(barWidth)).rounded(.up)))
        canvas.put(count, x: barX + barWidth, y: y, role: .muted)
    }
}

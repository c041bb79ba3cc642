import PlanDomain
import PlanFormat

/// A presentation's slide (`socle present DIR`), for a validation workshop: the plan as a whole,
/// then one stage a screen with its title in big letters, its key figures, what is still missing,
/// and its picture (the coverage heat map, the cost chart, the Gantt chart, administrative costs),
/// which the composer (`Screen`) draws as the stage's panel.
enum SlideView {
    /// What a slide draws.
    struct Model {
        /// 0 for the plan, then 1 + the stage's number.
        var slide: Int
        var meta: PlanMeta
        var progress: [StageProgress]
        /// The stage's key figures ("12 schemes", "SDG 1.3.1: 41–58%"), for a stage's slide.
        var keyFigures: [String]
        var notice: Notice?
        var hints: [(String, String)]

        init(_ state: AppState) {
            slide = state.slide ?? 0
            meta = state.plan.meta
            progress = state.progress
            notice = state.notice
            hints = state.keymap.hints([KeyHint(.right, words: "next"), KeyHint(.left, words: "back"),
                                        KeyHint(.top, words: "first"), KeyHint(.quit, words: "end")], in: [.slides])
            keyFigures = []
            guard let stage = Stage(rawValue: slide - 1) else { return }
            let figures = state.figures
            if stage == .stocktake {
                let sdg = state.plan.sdg131
                if let low = sdg.lowerPercent, let high = sdg.upperPercent {
                    keyFigures.append("SDG 1.3.1: " + figures.percent(low) + "–" + figures.percent(high))
                }
            }
            for case .table(let kind) in Section.tabs(of: stage) {
                let count = state.plan.count(kind)
                guard count > 0 else { continue }
                keyFigures.append(counted(count, kind.label, kind.pluralLabel))
            }
            if stage == .actionPlan {
                if let finish = state.schedule.finish { keyFigures.append("Finishes \(finish)") }
                let late = state.schedule.late.count
                if late > 0 { keyFigures.append(counted(late, "activity") + " late") }
            }
        }
    }

    /// Draws the slide; returns the stage whose picture goes in the area returned, if it has one.
    static func draw(_ frame: inout Frame, model: Model, layout: Layout) -> (stage: Stage, panel: Panel, area: Rect)? {
        let screen = layout.screen
        frame.canvas.fill(screen, role: .normal)
        drawTop(&frame.canvas, model: model, width: screen.width)
        drawBottom(&frame.canvas, model: model, rect: layout.status)
        let body = Rect(x: 2, y: 2, width: screen.width - 4, height: screen.height - 4)
        guard let stage = Stage(rawValue: model.slide - 1) else {
            drawPlan(&frame.canvas, model: model, area: body)
            return nil
        }
        return drawStage(&frame.canvas, model: model, stage: stage, area: body)
    }

    private static func drawTop(_ canvas: inout Canvas, model: Model, width: Int) {
        canvas.fill(Rect(x: 0, y: 0, width: width, height: 1), role: .title)
        let meta = model.meta
        let count = "\(model.slide + 1) / \(Reducer.slideCount) "
        canvas.put(DisplayWidth.truncate(" \(meta.country.name) · \(meta.title)", to: width - count.count - 2,
                                         ellipsis: canvas.glyphs.ellipsis), x: 0, y: 0, role: .title)
        canvas.put(count, x: width - count.count, y: 0, role: .title)
    }

    private static func drawBottom(_ canvas: inout Canvas, model: Model, rect: Rect) {
        canvas.fill(rect, role: .status)
        if let notice = model.notice {
            canvas.put(" " + notice.text, x: rect.x, y: rect.y, role: StatusView.noticeRole(notice),
                       maxWidth: rect.width - 1)
            return
        }
        var x = rect.x + 1
        for index in 0..<Reducer.slideCount {
            let mark: Character = index == model.slide ? canvas.glyphs.bullet : (canvas.glyphs.isUnicode ? "·" : ".")
            x += canvas.put(String(mark) + " ", x: x, y: rect.y, role: index == model.slide ? .statusOK : .status)
        }
        x += canvas.put("│ ", x: x, y: rect.y, role: .status)
        StatusView.drawHints(&canvas, hints: model.hints, x: x, y: rect.y, room: rect.maxX - x - 1)
    }

    /// Slide 0: the plan, its horizon, and every stage's progress.
    private static func drawPlan(_ canvas: inout Canvas, model: Model, area: Rect) {
        let meta = model.meta
        var y = area.y
        let name = meta.country.name
        if BigText.fits(name, in: area.width) {
            BigText.draw(&canvas, name, x: area.x, y: y, role: .headingLarge)
            y += BigText.height + 1
        } else {
            canvas.put(name, x: area.x, y: y, role: .heading, attributes: .bold)
            y += 2
        }
        for line in TextWrap.lines(meta.title, width: area.width).prefix(2) {
            canvas.put(line, x: area.x, y: y, role: .normal, attributes: .bold)
            y += 1
        }
        canvas.put("Horizon " + Figures.yearRange(meta.firstYear, meta.lastYear)
                   + " · base year \(meta.baseYear) · \(meta.currency)", x: area.x, y: y, role: .muted)
        y += 2
        let labelWidth = min(18, area.width / 3)
        for progress in model.progress where y < area.maxY {
            drawProgress(&canvas, progress, label: "\(progress.stage.rawValue) \(progress.stage.title)",
                         labelWidth: labelWidth, x: area.x, y: y, width: area.width)
            y += area.height >= 20 ? 2 : 1
        }
    }

    /// A stage: its title big, its question, key figures and what is missing on the left; its
    /// picture's stage, panel and area on the right, for the composer to draw.
    private static func drawStage(_ canvas: inout Canvas, model: Model, stage: Stage,
                                  area: Rect) -> (stage: Stage, panel: Panel, area: Rect)? {
        var y = area.y
        let title = "\(stage.rawValue) \(stage.title)"
        if BigText.fits(title, in: area.width) {
            BigText.draw(&canvas, title, x: area.x, y: y, role: .headingLarge)
            y += BigText.height
        } else {
            canvas.put(title.uppercased(), x: area.x, y: y, role: .heading, attributes: .bold)
            y += 1
        }
        for line in TextWrap.lines(stage.guidingQuestion, width: area.width).prefix(2) {
            canvas.put(line, x: area.x, y: y, role: .muted)
            y += 1
        }
        y += 1
        let rest = Rect(x: area.x, y: y, width: area.width, height: area.maxY - y)
        let picture = pictureSection(stage)
        let figuresWidth = picture == nil ? rest.width : min(30, rest.width / 3)
        drawFigures(&canvas, model: model, progress: model.progress[stage.rawValue],
                    area: Rect(x: rest.x, y: rest.y, width: figuresWidth, height: rest.height))
        guard let picture else { return nil }
        return (stage, picture, Rect(x: rest.x + figuresWidth + 2, y: rest.y, width: rest.width - figuresWidth - 2,
                                     height: rest.height))
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
    private static func drawFigures(_ canvas: inout Canvas, model: Model, progress: StageProgress, area: Rect) {
        var y = area.y
        let done = "\(progress.done.count)/\(progress.items.count)"
        BigText.draw(&canvas, done, x: area.x, y: y, role: progress.missing.isEmpty ? .ok : .headingLarge)
        canvas.put("done", x: area.x + BigText.width(done) + 2, y: y + 1, role: .muted)
        y += BigText.height + 1
        canvas.put(canvas.glyphs.bar(progress.fraction, width: min(area.width, 24)), x: area.x, y: y,
                   role: progress.status == .complete ? .railDone : .gaugeFill)
        y += 2
        for line in model.keyFigures where y < area.maxY {
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

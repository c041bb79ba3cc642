import PlanDomain
import PlanFormat

/// The thread from gaps to results: each measure with the gaps it addresses, its activities, the
/// indicators tracking it and the evaluation findings on it (`m`: the holes, where the thread breaks).
enum TraceView {
    @dynamicMemberLookup
    struct Model: PanelModel {
        let context: PanelContext
        /// The thread and its holes (from the cache).
        let trace: Trace

        init(_ state: AppState) {
            context = PanelContext(state)
            trace = state.trace
        }
    }

    static func draw(_ frame: inout Frame, model: Model, area: Rect) {
        let trace = model.trace
        let holesMode = model.list.mode % 2 == 1
        let summary = holesMode
            ? (trace.holes.isEmpty ? "No holes: every gap, measure, activity, indicator and recommendation is linked."
               : "\(counted(trace.holes.count, "hole")) in the thread; Enter opens the place to fix.")
            : "Gap -> measure -> activities -> indicators -> findings -> recommendations; "
                + (trace.holes.isEmpty ? "no holes." : "\(counted(trace.holes.count, "hole")) (m shows them).")
        // The line under the summary is blank: a narrow terminal reads the summary on two lines, not cut.
        frame.canvas.putWrapped(summary, x: area.x + 1, y: area.y, role: trace.holes.isEmpty ? .ok : .warning,
                                width: area.width - 2, maxLines: 2)
        typealias C = PanelTable.Column
        let table: PanelTable
        if holesMode {
            table = PanelTable(columns: [C(title: "Place", width: 10), C(title: "Hole", width: 30, flexible: true),
                                         C(title: "Rule", width: 22, priority: 2)],
                               rows: trace.holes.map { hole in
                                   [.init("\(hole.id)"), .init(hole.message, .warning), .init(hole.rule.rawValue)]
                               })
        } else {
            let gapsOf = Dictionary(grouping: trace.gaps.flatMap { gap in gap.measureIds.map { ($0, gap.gapId) } },
                                    by: \.0).mapValues { $0.map(\.1) }
            func list(_ ids: [EntityID]) -> PanelTable.Cell {
                ids.isEmpty ? .init("none", .warning) : .init(ids.count > 3 ? "\(ids.prefix(3).joined(separator: " ")) +\(ids.count - 3)"
                                                                  : ids.joined(separator: " "))
            }
            table = PanelTable(columns: [C(title: "Measure", width: 16, flexible: true), C(title: "Gaps", width: 12),
                                         C(title: "Activities", width: 10, right: true),
                                         C(title: "Indicators", width: 16, flexible: true),
                                         C(title: "Findings", width: 10, priority: 2), C(title: "Recs", width: 10, priority: 3)],
                               rows: trace.measures.map { thread in
                                   [.init("\(thread.measureId) \(thread.name)"), list(gapsOf[thread.measureId] ?? []),
                                    thread.activityIds.isEmpty ? .init("0", .warning) : .init(String(thread.activityIds.count)),
                                    list(thread.indicatorIds), .init(thread.findingIds.joined(separator: " ")),
                                    .init(thread.recommendationIds.joined(separator: " "))]
                               })
        }
        table.draw(&frame, context: model.context, area: Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2))
    }
}

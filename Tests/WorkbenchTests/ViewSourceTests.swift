import Foundation
import Testing

/// Views draw a view model, the little they show, and compute nothing from the plan (issue 14): a view
/// that took the whole `AppState`, or computed costs or a ranking itself on every frame, would not be
/// caught by any screen test, since the screen would look the same.
@Suite struct ViewSourceTests {
    /// The composers, which turn the state into the views' models: their functions may take `AppState`.
    static let composers: Set<String> = ["Frame.swift", "StageView.swift", "PanelView.swift", "OverlayView.swift"]

    static func viewSources() throws -> [(name: String, lines: [Substring])] {
        let folder = packageRoot().appendingPathComponent("Sources/Workbench/Views")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }.sorted()
            .map { name in
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                return (name, text.split(separator: "\n", omittingEmptySubsequences: false))
            }
    }

    /// Outside the composers only a model's `init(_ state: AppState…)` reads the state.
    @Test func viewsTakeTheirModelNotTheState() throws {
        var offenders: [String] = []
        for (name, lines) in try Self.viewSources() {
            for (number, line) in lines.enumerated() where line.contains(": AppState") && line.contains("func ") {
                // Turning the state into models is what a composer is for.
                if Self.composers.contains(name) { continue }
                // The status line's hints are worked out for its model (`StatusView.Model.hints`).
                if name == "ChromeViews.swift", line.contains("static func hints(_ state: AppState)") { continue }
                offenders.append("\(name):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(offenders.isEmpty, "give these views a Model built from the state:\n\(offenders.joined(separator: "\n"))")
    }

    /// What is computed from the whole plan comes from the panel cache (`state.costComparison`…), once per
    /// plan, never from a view on every frame.
    @Test func viewsComputeNothingFromThePlan() throws {
        let computations = try Regex(#"\.(costComparison|adminCostRatios|budgetBreakdown|validate|progress|schedule)\(|CostModel\(plan|PriorityRanking\(plan|GapOverview\(|plan\.(coverageMatrix|rolesMatrix|abndMatrix)\b"#)
        var offenders: [String] = []
        for (name, lines) in try Self.viewSources() {
            for (number, line) in lines.enumerated() where line.contains(computations) {
                offenders.append("\(name):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(offenders.isEmpty, "take these from the panel cache in the view's model:\n\(offenders.joined(separator: "\n"))")
    }
}

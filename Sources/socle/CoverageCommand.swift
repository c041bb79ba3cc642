import ArgumentParser
import Foundation
import PlanDomain
import Workbench
import PlanReports

/// `socle coverage DIR`: the coverage matrix, the gaps and the SDG 1.3.1 range.
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Print the coverage matrix, the gaps, the ILO branch ratios, the floor per guarantee and SDG 1.3.1.",
        discussion: """
            Coverage of a cell (contingency x group) is effective coverage: the active contributors and \
            beneficiaries of the schemes covering that contingency in the group, over the group's size in the \
            base year; the assessor's rating or figure overrides it. Legal coverage is shown apart. Exits 0, or 2 \
            when the plan cannot be read.
            """)

    @Argument(help: "The plan folder (or a plan.json).", completion: .file()) var dir: String
    @Flag(help: "Print a stable machine-readable form instead.") var json = false

    struct Band: Encodable {
        var band: CoverageBand
        var label: String
        var range: String
    }

    struct Report: Encodable {
        var year: Int
        var thresholdPercent: Double
        var bands: [Band]
        var groups: [CoverageMatrix.Group]
        var cells: [CoverageCell]
        var gaps: GapOverview
        /// Each branch's ILO ratio over its reference population, and the floor per R202 guarantee.
        var floor: FloorStatus
        var sdg131: SDG131
    }

    func run() throws {
        let plan = try Loading.plan(at: dir)
        guard json else {
            FileHandle.standardOutput.write(Data(Output.clean(CoverageReport.render(plan, numbers: Output.numbers(for: plan))).utf8))
            return
        }
        let matrix = plan.coverageMatrix
        try Output.json(Report(
            year: matrix.year, thresholdPercent: matrix.thresholdPercent,
            bands: CoverageBand.allCases.map { Band(band: $0, label: $0.label, range: $0.range) },
            groups: matrix.groups, cells: matrix.cells, gaps: GapOverview(plan: plan, matrix: matrix),
            floor: plan.floorStatus, sdg131: plan.sdg131))
    }
}

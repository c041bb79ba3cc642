import ArgumentParser
import Foundation
import PlanDomain
import Workbench
import PlanReports

/// `socle show DIR`: the plan, or one stage, as text or JSON.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print a readable summary of a plan or of one stage.")

    @Argument(help: "The plan folder (or a plan.json).", completion: .file()) var dir: String
    @Option(parsing: .unconditional, help: "Only this stage (0 Foundations to 6 Evaluation).") var stage: Int?
    @Flag(help: "Print a stable machine-readable form instead.") var json = false
    @Option(parsing: .unconditional, help: "Width of the text tables, 40 to 1000 (default: the terminal's, or 100).") var width: Int?

    func validate() throws {
        try Output.validate(width: width)
        if let stage, Stage(rawValue: stage) == nil {
            throw ValidationError("--stage must be a number from 0 to 6, not \(stage).")
        }
    }

    func run() throws {
        let plan = try Loading.plan(at: dir)
        let chosen = stage.flatMap(Stage.init(rawValue:))
        if json {
            try Output.json(PlanOutline(plan: plan, stage: chosen))
        } else {
            let columns = Output.width(width)
            FileHandle.standardOutput.write(Data(Output.clean(PlanSummary.render(plan, stage: chosen,
                                                                                   width: max(60, columns),
                                                                                   numbers: Output.numbers(for: plan),
                                                                                   contents: StageContents.blocks)).utf8))
        }
    }
}

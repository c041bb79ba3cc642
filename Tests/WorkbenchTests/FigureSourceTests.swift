import Foundation
import Testing

/// Figures are written in one place: PlanFormat's `Figures` decides how money, counts, percentages and
/// scores read, so the workbench, the CLI's reports and the document agree. A view that wrote a figure
/// with `NumberConvention` directly (`numbers.whole(x)`) would drift from them when PlanFormat changes.
@Suite struct FigureSourceTests {
    @Test func onlyPlanFormatWritesFiguresFromTheConvention() throws {
        // The calls that write a figure with a `NumberConvention` rather than through `Figures`.
        let direct = try Regex(#"\b(numbers|convention|localeNumbers)\.(format|whole|plain|abbreviated|percent)\("#)
        var offenders: [String] = []
        // The document's `DocumentNumbers` (PlanReports/Document) wraps `Figures` and is itself called `numbers` there.
        for target in ["Workbench", "socle", "PlanReports"] {
            let folder = packageRoot().appendingPathComponent("Sources/\(target)")
            let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!
            for case let url as URL in files where url.pathExtension == "swift" && !url.path.contains("/Document/") {
                let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
                for (number, line) in lines.enumerated() where line.contains(direct) {
                    offenders.append("\(target)/\(url.lastPathComponent):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        #expect(offenders.isEmpty, "write these through Figures (state.figures):\n\(offenders.joined(separator: "\n"))")
    }
}

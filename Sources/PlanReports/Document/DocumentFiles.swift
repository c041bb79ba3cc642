import Foundation
import PlanDomain

/// The strategy document's files: one entry point for the command line and the workbench.
public enum DocumentFiles {
    /// The default name in the plan's `exports/` folder.
    public static func fileName(_ format: DocumentFormat) -> String {
        format == .xlsx ? "costing.xlsx" : "strategy.\(format.fileExtension)"
    }

    /// The file's bytes. `templates` are the plan's own templates by name (they replace the
    /// shipped ones); `date` is the title page's date.
    public static func data(_ plan: Plan, format: DocumentFormat, date: Day, numbers: NumberConvention,
                            templates overrides: [String: String] = [:]) throws -> Data {
        if format == .xlsx { return try CostingWorkbook(plan: plan).data() }
        let templates = try DocumentTemplates(overrides: overrides)
        let document = DocumentBuilder(plan: plan, date: date, numbers: numbers).build()
        switch format {
        case .html: return Data(document.html(templates: templates).utf8)
        case .md: return Data(document.markdown(templates: templates).utf8)
        case .docx: return try document.docx(templates: templates)
        case .xlsx: return Data()
        }
    }
}

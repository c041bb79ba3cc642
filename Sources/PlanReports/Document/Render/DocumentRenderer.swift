import Foundation

/// Lays the document out in one of its formats, through the templates.
public enum DocumentFormat: String, CaseIterable, Sendable {
    case html, docx, md, xlsx

    public var fileExtension: String { rawValue }
    public var label: String {
        switch self {
        case .html: "HTML, print-ready (one file)"
        case .docx: "Word document (DOCX)"
        case .md: "Markdown"
        case .xlsx: "Costing workbook (XLSX)"
        }
    }
}

extension StrategyDocument {
    /// One self-contained HTML file: inline CSS and SVG, nothing fetched, no scripts.
    public func html(templates: DocumentTemplates) -> String {
        var context = DocumentContext.make(self, format: "html")
        context["cssRunningHead"] = DocumentRenderer.cssString("\(titlePage.country) · \(titlePage.title)")
        return templates.render("html-document", context)
    }

    public func markdown(templates: DocumentTemplates) -> String {
        let text = templates.render("markdown-document", DocumentContext.make(self, format: "md"))
        return DocumentRenderer.tidyMarkdown(text)
    }

    /// A Word document: real heading styles (the table of contents is a field Word updates),
    /// real tables, the figures as SVG pictures.
    public func docx(templates: DocumentTemplates) throws -> Data {
        var context = DocumentContext.make(self, format: "docx")
        DocumentRenderer.addTableWidths(&context)
        var package = ZipPackage()
        package.add("[Content_Types].xml", DOCXParts.contentTypes)
        package.add("_rels/.rels", DOCXParts.rootRelationships)
        package.add("docProps/core.xml", DOCXParts.core(title: "\(titlePage.country): \(titlePage.title)",
                                                        creator: titlePage.authors.first ?? "", language: language))
        package.add("docProps/app.xml", DOCXParts.app)
        package.add("word/document.xml", templates.render("docx-document", context))
        package.add("word/styles.xml", templates.render("docx-styles", context))
        package.add("word/settings.xml", DOCXParts.settings)
        package.add("word/numbering.xml", DOCXParts.numbering)
        package.add("word/header1.xml", DOCXParts.header(DocumentContext.clean("\(titlePage.country) · \(titlePage.title)")))
        package.add("word/footer1.xml", DOCXParts.footer)
        let figures = self.figures
        package.add("word/_rels/document.xml.rels", DOCXParts.documentRelationships(figures: figures.count))
        for (index, figure) in figures.enumerated() {
            package.add("word/media/figure\(index + 1).svg", figure.svg)
        }
        return try package.data()
    }
}

enum DocumentRenderer {
    /// A CSS string's content: quotes, backslashes and `<` escaped.
    static func cssString(_ text: String) -> String {
        var out = ""
        for scalar in DocumentContext.clean(text).unicodeScalars {
            switch scalar {
            case "\"", "\\": out += "\\" + String(scalar)
            case "<": out += "\\3C "
            case "\n": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// At most one blank line in a row, and one final newline.
    static func tidyMarkdown(_ text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.hasSuffix(" ") && !line.hasSuffix("  ") ? line.dropLast() : line
            if trimmed.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(trimmed)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The usable width of an A4 page with 2 cm margins, in twentieths of a point.
    static let textWidthTwips = 9638

    /// Column widths for the DOCX tables, from the length of what they hold: a column of long
    /// texts gets more room than a column of years. Adds `twips` to every column and cell.
    static func addTableWidths(_ context: inout [String: Any]) {
        func visit(_ value: Any) -> Any {
            if var dictionary = value as? [String: Any] {
                if var table = dictionary["table"] as? [String: Any] { widen(&table); dictionary["table"] = table }
                for (key, child) in dictionary where key != "table" { dictionary[key] = visit(child) }
                return dictionary
            }
            if let array = value as? [Any] { return array.map(visit) }
            if let array = value as? [[String: Any]] { return array.map { visit($0) } }
            return value
        }
        context = visit(context) as! [String: Any]
    }

    private static func widen(_ table: inout [String: Any]) {
        guard var columns = table["columns"] as? [[String: Any]], var rows = table["rows"] as? [[String: Any]] else { return }
        // About one character of 8-point Liberation Sans, and a cell's left and right padding.
        // Headings are bold, so a little wider.
        let perCharacter = 96.0, padding = 250.0, bold = 1.12
        func longestWord(_ text: String) -> Int { text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(\.count).max() ?? 0 }
        var least = columns.map { Double(longestWord($0["title"] as? String ?? "")) * bold }
        var wanted = least
        for row in rows {
            for (index, cell) in (row["cells"] as? [[String: Any]] ?? []).enumerated() where index < least.count {
                let text = cell["text"] as? String ?? ""
                let numeric = cell["numeric"] as? Bool ?? false
                least[index] = max(least[index], numeric ? Double(text.count) * bold : Double(min(longestWord(text), 18)))
                wanted[index] = max(wanted[index], Double(min(text.count, 48)))
            }
        }
        let minimum = least.map { $0 * perCharacter + padding }
        let desired = zip(wanted, minimum).map { max($0 * perCharacter + padding, $1) }
        let total = Double(textWidthTwips)
        var widths: [Double]
        if desired.reduce(0, +) <= total {
            let extra = total - desired.reduce(0, +), spare = desired.reduce(0, +)
            widths = desired.map { $0 + extra * $0 / max(spare, 1) }
        } else if minimum.reduce(0, +) <= total {
            let room = total - minimum.reduce(0, +), want = zip(desired, minimum).map { $0 - $1 }.reduce(0, +)
            widths = zip(desired, minimum).map { $1 + room * ($0 - $1) / max(want, 1) }
        } else {
            widths = minimum.map { $0 * total / minimum.reduce(0, +) }
        }
        let twips = widths.map { Int($0) }
        for index in columns.indices { columns[index]["twips"] = twips[index] }
        for rowIndex in rows.indices {
            var cells = rows[rowIndex]["cells"] as? [[String: Any]] ?? []
            for index in cells.indices where index < twips.count { cells[index]["twips"] = twips[index] }
            rows[rowIndex]["cells"] = cells
        }
        table["columns"] = columns
        table["rows"] = rows
    }
}

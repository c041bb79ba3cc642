import Foundation
import PlanDomain
import Testing
import ZIPFoundation
@testable import PlanReports

/// The formats as files: the templates a plan may override, HTML that needs nothing else, the
/// DOCX and XLSX packages' parts, and Markdown for diffs.
struct DocumentFormatTests {
    static func example() throws -> StrategyDocument {
        DocumentBuilder(plan: try DocumentBuilderTests.example(), date: DocumentBuilderTests.day, numbers: .commaPoint).build()
    }

    static func parts(_ data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return parts
    }

    @Test func aPlansTemplateReplacesTheShippedOneOfTheSameName() throws {
        let document = try Self.example()
        let shipped = document.html(templates: try DocumentTemplates())
        let house = try DocumentTemplates(overrides: ["html-style": "body { font-family: 'Ministry Sans'; }"])
        #expect(house.overridden == ["html-style"])
        let styled = document.html(templates: house)
        #expect(styled.contains("Ministry Sans") && !styled.contains("Liberation Serif") && shipped.contains("Liberation Serif"))
        #expect(throws: DocumentError.self) { try DocumentTemplates(overrides: ["html-document": "{{#chapters}}"]) }
        do {
            _ = try DocumentTemplates(overrides: ["html-document": "{{#chapters}}"])
        } catch {
            #expect("\(error)".contains("html-document.mustache"))
        }
    }

    @Test func theHTMLNeedsNothingElse() throws {
        let html = try Self.example().html(templates: try DocumentTemplates())
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<style>") && !html.contains("<script"))
        #expect(!html.contains("src=\"http") && !html.contains("href=\"http") && !html.contains("<link"))
        #expect(html.contains("size: A4") && html.contains("break-before: page") && html.contains("@top-center"))
        #expect(html.components(separatedBy: "<figure>").count - 1 == 7)
        // Text is escaped once: an ampersand in plan text does not break the markup.
        var plan = DocumentBuilderTests.fresh()
        plan.meta.title = "Social Protection & Inclusion <2030>"
        let escaped = DocumentBuilder(plan: plan, date: DocumentBuilderTests.day, numbers: .commaPoint).build()
            .html(templates: try DocumentTemplates())
        #expect(escaped.contains("Social Protection &amp; Inclusion &lt;2030&gt;") && !escaped.contains("Inclusion <2030>"))
    }

    @Test func theDOCXPackageHasStylesHeadingsTablesAndPictures() throws {
        let document = try Self.example()
        let parts = try Self.parts(try document.docx(templates: try DocumentTemplates()))
        for part in ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/settings.xml",
                     "word/numbering.xml", "word/header1.xml", "word/footer1.xml", "word/_rels/document.xml.rels",
                     "docProps/core.xml"] {
            #expect(parts[part] != nil, "\(part)")
        }
        let body = try #require(parts["word/document.xml"])
        #expect(body.components(separatedBy: "<w:pStyle w:val=\"Heading1\"/>").count - 1 == document.allChapters.count)
        #expect(body.components(separatedBy: "<w:tbl>").count - 1 >= document.tables.count)
        #expect(body.contains("TOC \\o \"1-2\""))
        #expect(parts.keys.filter { $0.hasPrefix("word/media/") }.count == document.figures.count)
        #expect(parts["word/styles.xml"]?.contains("w:styleId=\"Heading1\"") == true)
        #expect(parts["word/settings.xml"]?.contains("updateFields") == true)
    }

    @Test func theMarkdownHasEveryHeadingTableAndTheHeatMapsFigures() throws {
        let document = try Self.example()
        let markdown = document.markdown(templates: try DocumentTemplates())
        for chapter in document.chapters { #expect(markdown.contains("\n## \(chapter.heading)\n")) }
        #expect(markdown.components(separatedBy: "\n**Table ").count - 1 == document.tables.count)
        #expect(markdown.contains("| Contingency | Children 0–14 |"), "the coverage figure's data as a table")
        #expect(!markdown.contains("\n\n\n") && markdown.hasSuffix("|\n") || markdown.hasSuffix(".\n") || markdown.hasSuffix("*\n"))
    }

    @Test func theWorkbookHasLiveFormulasOnTheAssumptions() throws {
        let plan = try DocumentBuilderTests.example()
        let parts = try Self.parts(try CostingWorkbook(plan: plan).data())
        let workbook = try #require(parts["xl/workbook.xml"])
        #expect(workbook.contains("name=\"Assumptions\"") && workbook.contains("name=\"Basic floor\"")
                && workbook.contains("fullCalcOnLoad=\"1\""))
        let scenario = try #require(parts["xl/worksheets/sheet2.xml"])
        #expect(scenario.contains("<f>'Assumptions'!$D$13*'Assumptions'!$D$14/100</f>"), "beneficiaries = eligible x take-up")
        #expect(scenario.contains("% of GDP"))
        let actionPlan = try #require(parts["xl/worksheets/sheet4.xml"])
        #expect(actionPlan.contains(" s=\"2\""), "dates carry the date style")
    }

    @Test func sheetNamesAreValidAndUnique() {
        var used: Set<String> = []
        #expect(CostingWorkbook.sheetName("Scenario A: tax/benefit [v2]?", used: &used) == "Scenario A- tax-benefit -v2--")
        #expect(CostingWorkbook.sheetName("Assumptions", used: &used) == "Assumptions")
        #expect(CostingWorkbook.sheetName("assumptions", used: &used) == "assumptions (2)")
        #expect(CostingWorkbook.sheetName(String(repeating: "x", count: 40), used: &used).count == 31)
        #expect(SheetWriter.columnName(1) == "A" && SheetWriter.columnName(27) == "AA" && SheetWriter.columnName(703) == "AAA")
    }
}

import Foundation
import Testing

/// `socle document` run as a program on a copy of the example, each format read back by an
/// independent reader: html5lib, python-docx, openpyxl, and LibreOffice for the recalculation.
@Suite(.serialized) struct DocumentCommandTests {
    static let chapters = ["1. Mandate and process", "2. Situation analysis", "3. Vision, principles, objectives and priorities",
                           "4. Measures, costing and financing", "5. Action plan", "6. Administration", "7. Monitoring",
                           "8. Evaluation", "Annex A. Assumptions", "Annex B. Full scheme inventory",
                           "Annex C. Consultation log", "Annex D. Full activity list"]

    /// Writes the example's document in `format` into the sandbox's exports/ folder; returns its path.
    private func document(_ format: String, in sandbox: Sandbox) throws -> String {
        let result = try runSocle(["document", sandbox.plan.path, "--format", format, "--date", "2026-11-30"], in: sandbox)
        #expect(result.status == 0, "\(result.err)")
        return result.out.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func eachFormatGoesToExportsAndIsNotReplacedWithoutForce() throws {
        let sandbox = try Sandbox()
        let names = try ["html", "docx", "md", "xlsx"].map { URL(fileURLWithPath: try document($0, in: sandbox)).lastPathComponent }
        #expect(names == ["strategy.html", "strategy.docx", "strategy.md", "costing.xlsx"])
        let again = try runSocle(["document", sandbox.plan.path], in: sandbox)
        #expect(again.status != 0 && again.err.contains("already exists") && again.err.contains("--force"))
        let forced = try runSocle(["document", sandbox.plan.path, "--force"], in: sandbox)
        #expect(forced.status == 0)
        let markdown = try runSocle(["document", sandbox.plan.path, "--format", "md", "-o", "-"], in: sandbox)
        #expect(markdown.status == 0 && markdown.out.hasPrefix("# National Social Security Strategy and Action Plan 2026–2035\n"))
        for chapter in Self.chapters { #expect(markdown.out.contains("\n## \(chapter)\n"), "\(chapter)") }
    }

    @Test func theHTMLIsValidSelfContainedAndHoldsEveryChapterTableAndFigure() throws {
        let sandbox = try Sandbox()
        let read = try DocumentReaders.read("check_html.py", [try document("html", in: sandbox)])
        let headings = read["chapters"] as? [String] ?? []
        #expect(Array(headings.suffix(Self.chapters.count)) == Self.chapters)
        #expect(headings.contains("Contents") && headings.contains("Executive summary") && headings.contains("Foreword"))
        #expect((read["tables"] as? [String] ?? []).count >= 40)
        let figures = read["figures"] as? [String] ?? []
        for figure in ["Coverage matrix", "by measure and year", "by source", "Timetable of the action plan", "baseline and final target"] {
            #expect(figures.contains { $0.contains(figure) }, "a figure: \(figure)")
        }
        #expect(read["svgs"] as? Int == figures.count)
        #expect(read["scripts"] as? Int == 0)
        #expect((read["externalUrls"] as? [String] ?? []) == [], "nothing fetched from the network")
    }

    @Test func theDOCXHasRealHeadingsTablesAndPictures() throws {
        let sandbox = try Sandbox()
        let read = try DocumentReaders.read("check_docx.py", [try document("docx", in: sandbox)])
        let heading1 = read["heading1"] as? [String] ?? []
        #expect(Array(heading1.suffix(Self.chapters.count)) == Self.chapters)
        #expect((read["heading2"] as? [String] ?? []).contains("2.5 Coverage"))
        let captions = read["captions"] as? [String] ?? []
        #expect(captions.contains("Table 1.1. Composition of the steering committee"))
        #expect(captions.contains { $0.hasPrefix("Figure 2.1. Coverage matrix") })
        #expect((read["tables"] as? Int ?? 0) >= 40)
        #expect(read["pictures"] as? Int == captions.filter { $0.hasPrefix("Figure") }.count)
        #expect(read["pageWidthCm"] as? Double == 21.0)
        #expect(read["header"] as? String == "Republic of Kibara · National Social Security Strategy and Action Plan 2026–2035")
    }

    /// The one LibreOffice test: the workbook, stripped of every value Socle computed, recalculated
    /// by LibreOffice equals `socle cost --json` to the unit and follows a changed assumption; and
    /// the DOCX converts to PDF.
    @Test(.enabled(if: DocumentReaders.soffice != nil, "LibreOffice (soffice) is not installed; .ci/run installs it"))
    func libreOfficeRecalculatesTheWorkbookToSocleCostAndConvertsTheDOCX() throws {
        let sandbox = try Sandbox()
        let soffice = try #require(DocumentReaders.soffice)
        let workbook = try document("xlsx", in: sandbox)
        let cost = try runSocle(["cost", sandbox.plan.path, "--json"], in: sandbox)
        let costFile = sandbox.root.appendingPathComponent("cost.json")
        try cost.stdout.write(to: costFile)
        let read = try DocumentReaders.read("check_xlsx.py", [workbook, costFile.path, sandbox.root.path, soffice])
        #expect(read["sheets"] as? [String] == ["Assumptions", "Basic floor", "Full extension", "Action plan", "Budget by year",
                                                "Results framework"])
        let formulas = read["formulas"] as? [String: Int] ?? [:]
        #expect((formulas["Basic floor"] ?? 0) > 100 && (formulas["Full extension"] ?? 0) > 100)
        #expect(read["dates"] as? Int == 45, "the 45 activities' start dates are dates")
        #expect(read["compared"] as? Int == 120)
        #expect((read["mismatches"] as? [Any])?.isEmpty == true, "\(read["mismatches"] ?? "")")
        #expect(read["followed"] as? Bool == true, "a changed take-up moves the total")

        let docx = try document("docx", in: sandbox)
        let converted = try runProgram(soffice, ["--headless", "--norestore",
                                                 "-env:UserInstallation=file://" + sandbox.root.appendingPathComponent("lo-profile").path,
                                                 "--convert-to", "pdf", "--outdir", sandbox.root.path, docx],
                                       environment: DocumentReaders.environment)
        #expect(converted.status == 0)
        let pdf = try Data(contentsOf: sandbox.root.appendingPathComponent("strategy.pdf"))
        #expect(pdf.starts(with: Array("%PDF".utf8)) && pdf.count > 100_000)
    }

    @Test func aPlanTemplateReplacesTheShippedOne() throws {
        let sandbox = try Sandbox()
        let templates = sandbox.plan.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        let style = try runSocle(["document", "--template", "html-style"], in: sandbox)
        #expect(style.status == 0 && style.out.contains("@page"))
        try (style.out + "\nh1 { color: #8b0000; } /* house style of the ministry */\n")
            .write(to: templates.appendingPathComponent("html-style.mustache"), atomically: true, encoding: .utf8)
        let html = try runSocle(["document", sandbox.plan.path, "-o", "-"], in: sandbox)
        #expect(html.status == 0 && html.out.contains("house style of the ministry"))
        try "{{#chapters}}broken".write(to: templates.appendingPathComponent("html-document.mustache"), atomically: true, encoding: .utf8)
        let broken = try runSocle(["document", sandbox.plan.path, "-o", "-"], in: sandbox)
        #expect(broken.status != 0 && broken.err.contains("html-document.mustache"))
    }
}

import BundledExample
import BundledTemplates
import Foundation
import PlanDomain
import PlanStore
import Testing
@testable import PlanReports

/// The document's content built from a plan: chapters in the guide's order, the title page's
/// status from the approval path, the team's texts or (in a draft) their prompts, and numbers in
/// the plan's convention.
struct DocumentBuilderTests {
    static let day = Day(year: 2026, month: 11, day: 30)!

    static func example() throws -> Plan {
        try PlanCodec.decode(Data(BundledExample.planJSON.utf8), file: "plan.json").plan
    }

    static func fresh() -> Plan {
        Plan.new(meta: PlanMeta(country: Country(name: "Zembla", code: "ZM"), title: "Zembla Social Protection Strategy",
                                currency: "ZMD", baseYear: 2025, firstYear: 2026, lastYear: 2030))
    }

    @Test func theExampleHasEveryChapterInTheGuidesOrder() throws {
        let document = DocumentBuilder(plan: try Self.example(), date: Self.day, numbers: .commaPoint).build()
        #expect(document.front.map(\.title) == ["Foreword", "Executive summary", "Acronyms and abbreviations"])
        #expect(document.chapters.map(\.heading) == [
            "1. Mandate and process", "2. Situation analysis", "3. Vision, principles, objectives and priorities",
            "4. Measures, costing and financing", "5. Action plan", "6. Administration", "7. Monitoring", "8. Evaluation",
            "Annex A. Assumptions", "Annex B. Full scheme inventory", "Annex C. Consultation log", "Annex D. Full activity list",
        ])
        // One section per measure in chapter 4, then the costing, the financing and who pays.
        let measures = document.chapters[3].sections.compactMap { $0.title.isEmpty ? nil : $0.title }
        #expect(measures.contains("Universal child benefit")
            && measures.suffix(3) == ["Costing by scenario", "Financing", "Everyone's financial burden"])
        #expect(document.figures.map(\.number) == ["2.1", "4.1", "4.2", "4.3", "4.4", "5.1", "7.1"])
        #expect(Set(document.tables.map(\.number)).count == document.tables.count, "table numbers are unique")
    }

    @Test func theTitlePageStatusFollowsTheApprovalPath() throws {
        var plan = Self.fresh()
        #expect(DocumentBuilder(plan: plan, date: Self.day, numbers: .commaPoint).titlePage().status == .draft)
        plan.strategy.approvals[0].status = .approved
        plan.strategy.approvals[0].date = Day(year: 2026, month: 6, day: 18)
        plan.strategy.approvals[0].reference = "Workshop report"
        var page = DocumentBuilder(plan: plan, date: Self.day, numbers: .commaPoint).titlePage()
        #expect(page.status == .validated && page.adoption == ["Technical validation, 18 June 2026: Workshop report"])
        plan.strategy.approvals[4].status = .approved
        plan.strategy.approvals[4].reference = "Act No. 3 of 2027"
        page = DocumentBuilder(plan: plan, date: Self.day, numbers: .commaPoint).titlePage()
        #expect(page.status == .adopted && page.statusLabel == "Adopted" && page.adoption.last == "Parliament: Act No. 3 of 2027")
        #expect(page.period == "2026–2030" && page.date == "30 November 2026")
    }

    @Test func aDraftShowsEachEmptyTextsQuestionAndTheOpenFindings() throws {
        var plan = Self.fresh()
        var measure = Measure(id: "MEA-1")
        measure.name = "Child benefit"
        try plan.apply(.insert(measure))
        let document = DocumentBuilder(plan: plan, date: Self.day, numbers: .commaPoint).build()
        let missing = document.allChapters.flatMap(\.sections).flatMap(\.blocks).compactMap { block -> String? in
            if case .missing(let label, _) = block { label } else { nil }
        }
        #expect(missing.contains("Executive summary") && missing.contains("Mandate and process") && missing.contains("Evaluation"))
        #expect(document.chapters.last?.title == "Validation findings still open")
    }

    @Test func aValidatedDocumentLeavesOutWhatIsNotWritten() throws {
        var plan = Self.fresh()
        plan.strategy.approvals[0].status = .approved
        try plan.apply(.set(.narrative(.foreword, "First paragraph\ncontinued.\n\nSecond paragraph.")))
        let document = DocumentBuilder(plan: plan, date: Self.day, numbers: .commaPoint).build()
        let blocks = document.allChapters.flatMap(\.sections).flatMap(\.blocks)
        #expect(!blocks.contains { if case .missing = $0 { true } else { false } })
        #expect(document.front.first?.sections.first?.blocks.count == 1)
        if case .narrative(let paragraphs)? = document.front.first?.sections.first?.blocks.first {
            #expect(paragraphs == ["First paragraph continued.", "Second paragraph."])
        } else {
            Issue.record("the foreword is the team's text")
        }
        #expect(document.chapters.last?.title != "Validation findings still open")
    }

    @Test func numbersFollowThePlansConvention() throws {
        var plan = try Self.example()
        plan.meta.numberFormat = .spaceComma
        let french = DocumentBuilder(plan: plan, date: Self.day, numbers: .spaceComma).build()
        let cost = try #require(french.tables.first { $0.caption.hasPrefix("Cost of the scenario \"Basic floor\"") })
        #expect(cost.rows.last?[4] == "134 170,1" && cost.rows.last?[5] == "1,85%")
        let english = DocumentBuilder(plan: plan, date: Self.day, numbers: .commaPoint).build()
        #expect(english.tables.first { $0.caption == cost.caption }?.rows.last?[4] == "134,170.1")
    }

    @Test func noCountryTextComesFromTheProgram() throws {
        for (name, text) in BundledTemplates.allTexts {
            #expect(!text.contains("Kibara"), "template \(name)")
        }
        let words = DocumentWords(language: "en")
        for word in DocumentWord.allCases { #expect(!words[word].contains("Kibara") && !words[word].isEmpty, "\(word)") }
        let zembla = DocumentBuilder(plan: Self.fresh(), date: Self.day, numbers: .commaPoint).build()
        let html = zembla.html(templates: try DocumentTemplates())
        #expect(html.contains("Zembla Social Protection Strategy") && !html.contains("Kibara"))
    }
}

import PlanDomain
import Testing
@testable import PlanReports

/// The strategy document answers the guide's questions in structure: expert support and partners
/// (chapter 1), who pays (chapter 4), outputs and financing commitments (chapter 5), evaluability
/// (chapter 8), each with the example plan's figures.
struct GuideSectionsTests {
    private func section(_ title: String, in chapter: Int) throws -> DocSection {
        let document = DocumentBuilder(plan: try DocumentBuilderTests.example(), date: DocumentBuilderTests.day,
                                       numbers: .commaPoint).build()
        return try #require(document.chapters[chapter].sections.first { $0.title == title }, "\(title) in chapter \(chapter + 1)")
    }

    private func tables(_ section: DocSection) -> [DocTable] { section.blocks.compactMap(\.table) }

    @Test func expertSupportAndFirstInvolvementAreInChapterOne() throws {
        let found = tables(try section("Expert support and partners", in: 0))
        #expect(found.map(\.caption) == ["Expert support by stage", "Partners' first involvement"])
        #expect(found[0].rows.contains { $0[0] == "ILO social protection actuary" && $0.last == "60" })
        #expect(found[1].rows.contains { $0[0].hasPrefix("Kibara Women's Network") && $0[2] == "8 Oct 2026" })
    }

    @Test func theBurdenTablesAreInChapterFour() throws {
        let found = tables(try section("Everyone's financial burden", in: 3))
        #expect(found.count == 2 + 6, "amounts, shares, then one per measure of the full extension")
        #expect(found[0].caption.hasPrefix("Who pays \"Full extension\""))
        let total = try #require(found[0].rows.last)
        #expect(total.first == "Total" && found[0].strongRows.contains(found[0].rows.count - 1))
    }

    @Test func outputsAndCommitmentsAreInChapterFive() throws {
        let outputs = tables(try section("Outputs and means of verification", in: 4))
        #expect(outputs.first?.rows.count == 45)
        #expect(outputs.first?.rows.contains { $0[1] == "Social Protection Framework Act" && $0[2] == "Official Gazette"
            && $0[3].contains("Laws and regulations") } == true)
        let money = tables(try section("Financing commitments", in: 4))
        #expect(money.map(\.caption).first?.hasPrefix("Timetable for commitment") == true)
        #expect(money.last?.caption == "Partners' pledges" && money.last?.rows.count == 6)
        #expect(money.first?.rows.contains { $0.first == "2035" && $0.contains("30.12") } == true)
    }

    @Test func evaluabilityIsInChapterEight() throws {
        let found = tables(try section("Evaluability", in: 7))
        let rows = try #require(found.first?.rows)
        #expect(rows.count == 12)
        #expect(rows.contains { $0[2] == "Not available" && $0[4].contains("nutrition") })
    }
}

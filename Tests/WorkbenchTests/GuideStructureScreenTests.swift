import Testing
import PlanDomain
@testable import Workbench

/// Issue 16's second slice on the example plan at 80x24: expert support (stage 0), the pledge
/// register, budget appropriations and the timetable for commitment (stage 3), and the forms that
/// explain an activity and an evaluation question's data.
struct GuideStructureScreenTests {
    /// Presses `keys` on the example plan at 80x24, expects each of `words` on screen, and checks the golden.
    private func check(_ keys: String, shows words: [String], golden: String, _ what: String) throws {
        var driver = try panelDriver()
        driver.press(keys)
        let canvas = Screen.render(driver.state).canvas
        for word in words { #expect(canvas.text.contains(word), "\(word) \(what)") }
        Golden.check(Golden.snapshot(canvas, theme: try shippedTheme("mono"), depth: .none), golden)
    }

    @Test func theExpertsTabListsSupportByStage() throws {
        try check("0 l l l l l l l", shows: ["Experts", "EXS-1", "ILO social dialogue specialist", "Days", "EXS-7"],
                  golden: "experts-80x24-mono", "on the Experts tab")
    }

    @Test func thePledgesTabListsPartnersAndStatus() throws {
        try check("3 l l l l l l", shows: ["Pledges", "PLG-1", "UNICEF", "USD 15,000,000", "2027-2031", "Committed", "180 p-days"],
                  golden: "pledges-80x24-mono", "on the Pledges tab")
    }

    @Test func theAppropriationsTabListsYearsAndSources() throws {
        try check("3 l l l l l l l", shows: ["Appropriations", "BUD-1", "State budget", "Voted", "Earmarked tax"],
                  golden: "appropriations-80x24-mono", "on the Appropriations tab")
    }

    @Test func theFundingPanelShowsTheGapYearByYear() throws {
        try check("3 l l l l l l l l", shows: ["Timetable for commitment", "Full extension", "Cost", "Budget", "Pledges", "Gap",
                                              "2035", "30.12", "Total", "Gap in 2030-2035"],
                  golden: "funding-80x24-mono", "on the Funding panel")
    }

    @Test func theBurdenPanelSaysWhoPays() throws {
        try check("2 l l l l l l l l l l", shows: ["Who pays", "Full extension", "Employ.", "Workers", "State", "150.42", "Total", "Wider screen"],
                  golden: "burden-80x24-mono", "on the Burden panel")
        try check("2 l l l l l l l l l l m", shows: ["Shares", "%W", "%G", "0.50"],
                  golden: "burden-shares-80x24-mono", "on the Burden panel's shares")
        try check("2 l l l l l l l l l l m m m m m m", shows: ["MEA-5", "Unemployment insurance", "4.65"],
                  golden: "burden-measure-80x24-mono", "on the Burden panel's view of MEA-5")
    }

    @Test func anActivityFormExplainsItsOutput() throws {
        try check("3 l l Enter", shows: ["Description", "Output", "Means of verification", "Draft strategy and RAP costing workbook"],
                  golden: "activity-form-80x24-mono", "in the activity form")
    }

    @Test func aQuestionFormSaysWhatDataItNeeds() throws {
        try check("6 l j j j j j j j Enter", shows: ["Data needed", "Data exists", "Not available", "Limits on the answer"],
                  golden: "question-form-80x24-mono", "in the question form")
    }
}

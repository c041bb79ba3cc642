import Testing
import PlanDomain
@testable import Workbench

/// Issue 16's second slice on the example plan at 80x24: expert support (stage 0), the pledge
/// register, budget appropriations and the timetable for commitment (stage 3), and the forms that
/// explain an activity and an evaluation question's data.
struct GuideStructureScreenTests {
    private func screen(_ keys: String) throws -> (text: String, golden: String) {
        var driver = try panelDriver()
        driver.press(keys)
        let canvas = Screen.render(driver.state).canvas
        return (canvas.text, Golden.snapshot(canvas, theme: try shippedTheme("mono"), depth: .none))
    }

    @Test func theExpertsTabListsSupportByStage() throws {
        let shown = try screen("0 l l l l l l l")
        for words in ["Experts", "EXS-1", "ILO social dialogue specialist", "Days", "EXS-7"] {
            #expect(shown.text.contains(words), "\(words) on the Experts tab")
        }
        Golden.check(shown.golden, "experts-80x24-mono")
    }

    @Test func thePledgesTabListsPartnersAndStatus() throws {
        let shown = try screen("3 l l l l l l")
        for words in ["Pledges", "PLG-1", "UNICEF", "USD 15,000,000", "2027-2031", "Committed", "180 p-days"] {
            #expect(shown.text.contains(words), "\(words) on the Pledges tab")
        }
        Golden.check(shown.golden, "pledges-80x24-mono")
    }

    @Test func theAppropriationsTabListsYearsAndSources() throws {
        let shown = try screen("3 l l l l l l l")
        for words in ["Appropriations", "BUD-1", "State budget", "Voted", "Earmarked tax"] {
            #expect(shown.text.contains(words), "\(words) on the Appropriations tab")
        }
        Golden.check(shown.golden, "appropriations-80x24-mono")
    }

    @Test func theFundingPanelShowsTheGapYearByYear() throws {
        let shown = try screen("3 l l l l l l l l")
        for words in ["Timetable for commitment", "Full extension", "Cost", "Budget", "Pledges", "Gap", "2035",
                      "30,123.8", "Total", "Gap in 2030-2035"] {
            #expect(shown.text.contains(words), "\(words) on the Funding panel")
        }
        Golden.check(shown.golden, "funding-80x24-mono")
    }

    @Test func anActivityFormExplainsItsOutput() throws {
        let shown = try screen("3 l l Enter")
        for words in ["Description", "Output", "Means of verification", "Draft strategy and RAP costing workbook"] {
            #expect(shown.text.contains(words), "\(words) in the activity form")
        }
        Golden.check(shown.golden, "activity-form-80x24-mono")
    }

    @Test func aQuestionFormSaysWhatDataItNeeds() throws {
        let shown = try screen("6 l j j j j j j j Enter")
        for words in ["Data needed", "Data exists", "Not available", "Limits on the answer"] {
            #expect(shown.text.contains(words), "\(words) in the question form")
        }
        Golden.check(shown.golden, "question-form-80x24-mono")
    }
}

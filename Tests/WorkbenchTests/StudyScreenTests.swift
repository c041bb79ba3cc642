import Testing
import PlanDomain
@testable import Workbench

/// The register of studies (stage 0, tab "Studies") on the example plan, at the smallest size.
struct StudyScreenTests {
    @Test func theStudiesTabListsTheRegister() throws {
        var driver = try panelDriver()
        driver.press("0 l l l l l l")
        let canvas = Screen.render(driver.state).canvas
        for words in ["Studies", "STU-1", "ABND", "STU-3", "Actuarial", "Under way", "Planned"] {
            #expect(canvas.text.contains(words), "\(words) on the Studies tab")
        }
        Golden.check(Golden.snapshot(canvas, theme: try shippedTheme("mono"), depth: .none), "studies-80x24-mono")
    }

    @Test func aStudyOpensInItsForm() throws {
        var driver = try panelDriver()
        driver.press("0 l l l l l l j j Enter")
        let canvas = Screen.render(driver.state).canvas
        for words in ["Study", "NSSF as at 31 December 2024", "Author or institution", "Stages it informs",
                      "File or link"] {
            #expect(canvas.text.contains(words), "\(words) in the form")
        }
        Golden.check(Golden.snapshot(canvas, theme: try shippedTheme("mono"), depth: .none), "study-form-80x24-mono")
    }
}

import Foundation
import Testing
import PlanDomain
import PlanStore
@testable import Workbench

/// Several sessions on one plan: who else is there (the status line), follow mode and the
/// presentation's slides, at 80x24.
struct LiveScreenTests {
    /// The index of the tab showing `section` in `stage`, as a presence file gives it.
    static func tab(_ stage: Stage, _ section: Section) -> Int {
        Section.tabs(of: stage).firstIndex(of: section) ?? -1
    }

    static func other(_ name: String, stage: Int, tab: Int = 0, row: Int = 0,
                      activity: Presence.Activity = .editing, following: String? = nil) -> Presence {
        Presence(name: name, user: name, host: "here", pid: Int32(100 + stage), token: name,
                 since: Date(timeIntervalSince1970: 1_800_000_000), activity: activity, following: following,
                 stage: stage, tab: tab, row: row)
    }

    @Test func statusLineNamesTheOthersAndWhereTheyAre() throws {
        var driver = Driver(try examplePlan())
        _ = Reducer.reduce(&driver.state, .othersChanged([Self.other("amina", stage: 3), Self.other("joão", stage: 1)]))
        driver.press("Esc")
        let canvas = Screen.render(driver.state).canvas
        #expect(canvas.text.contains("2 others: amina (stage 3), joão (stage 1)"))
        // No key fits after them at 80 columns: no bar is left hanging at the end.
        #expect(canvas.text.split(separator: "\n").last?.trimmingCharacters(in: .whitespaces).hasSuffix("│") == false)
        Golden.check(canvas.text + "\n", "presence-80x24")
        // Over a form (no keys on the status line) they are still named.
        driver.press("1 {Schemes} a")
        let form = Screen.render(driver.state).canvas.text
        #expect(form.contains("New scheme") && form.contains("2 others: amina (stage 3)"))
        driver.press("Esc")
        driver.state.notice = nil  // "Closed without saving."
        _ = Reducer.reduce(&driver.state, .othersChanged([Self.other("amina", stage: 3)]))
        #expect(Screen.render(driver.state).canvas.text.contains("1 other: amina (stage 3)"))
        _ = Reducer.reduce(&driver.state, .othersChanged([]))
        #expect(!Screen.render(driver.state).canvas.text.contains("other"))
    }

    @Test func followModeShowsTheLeadersStageAndTabLarge() throws {
        var driver = Driver(try examplePlan(), access: .readOnly("following amina"))
        driver.state.following = "amina"
        _ = Reducer.reduce(&driver.state, .othersChanged([Self.other("amina", stage: 3, tab: Self.tab(.actionPlan, .panel(.gantt)))]))
        #expect(driver.state.stage == .actionPlan)
        #expect(driver.state.section == .panel(.gantt))
        let canvas = Screen.render(driver.state).canvas
        #expect(canvas.text.contains("FOLLOWING amina"))
        // At 80 columns the place is worded to fit beside the keys, not cut.
        #expect(canvas.text.contains("stage 3 Action plan › Gantt │ F stop following"))
        // The big letters are not underlined, though the projector theme underlines headings.
        let projector = try shippedTheme("projector")
        #expect(projector.style(for: .heading).underline && !projector.style(for: .headingLarge).underline)
        #expect(canvas[2, 1].role == .headingLarge)
        Golden.check(Golden.snapshot(canvas, theme: try shippedTheme("projector"), depth: .indexed256),
                     "follow-80x24-projector")
        // The leader moves: so does the follower; its own keys do not move it.
        _ = Reducer.reduce(&driver.state, .othersChanged([Self.other("amina", stage: 1, tab: Self.tab(.stocktake, .table(.scheme)), row: 2)]))
        #expect(driver.state.stage == .stocktake)
        #expect(driver.state.section == .table(.scheme))
        #expect(driver.state.list.selected == 2)
        driver.press("Down 5")
        #expect(driver.state.stage == .stocktake)
        #expect(driver.state.list.selected == 2)
        // The leader leaves: the screen stays where it was and says whom it waits for.
        _ = Reducer.reduce(&driver.state, .othersChanged([]))
        #expect(Screen.render(driver.state).canvas.text.contains("waiting for amina"))
    }

    @Test func theFollowKeyChoosesWhomToFollowAndStops() throws {
        var driver = Driver(try examplePlan())
        driver.state.themeNames = ["default", "projector"]
        driver.press("F")
        #expect(driver.state.notice?.text.contains("no one to follow") == true)
        _ = Reducer.reduce(&driver.state, .othersChanged([Self.other("amina", stage: 2, tab: Self.tab(.strategy, .table(.measure))),
                                                          Self.other("proj", stage: 0, activity: .following,
                                                                     following: "amina")]))
        driver.press("F")
        guard case .choice(let dialog) = driver.state.overlay else {
            Issue.record("F opens no dialog")
            return
        }
        #expect(dialog.options.map(\.label).first == "amina (stage 2)")
        #expect(!dialog.options.contains { $0.label.hasPrefix("proj") })
        driver.press("1")
        #expect(driver.state.following == "amina")
        #expect(driver.state.themeName == "projector")
        #expect(driver.state.section == .table(.measure))
        #expect(driver.effects.contains(.setTheme("projector")))
        driver.press("a")
        #expect(driver.state.overlay == nil)
        driver.press("F")
        #expect(driver.state.following == nil)
        #expect(driver.state.themeName == "default")
    }

    @Test func slidesWalkThePlanThenEachStage() throws {
        var driver = Driver(try examplePlan(), access: .readOnly("presenting"))
        driver.state.slide = 0
        let projector = try shippedTheme("projector")
        var canvas = Screen.render(driver.state).canvas
        #expect(canvas.text.contains("1 / 8"))
        Golden.check(Golden.snapshot(canvas, theme: projector, depth: .indexed256), "slide-plan-80x24-projector")
        let pictures: [(Int, String, String)] = [(2, "slide-stocktake", "SDG 1.3.1"), (3, "slide-strategy", "ceiling"),
                                                  (4, "slide-actionplan", "critical"), (7, "slide-evaluation", "done")]
        for (slide, name, words) in pictures {
            driver.state.slide = 0
            for _ in 0..<slide { driver.press("Right") }
            #expect(driver.state.slide == slide)
            canvas = Screen.render(driver.state).canvas
            #expect(canvas.text.contains("\(slide + 1) / 8"))
            #expect(canvas.text.contains(words), "\(name) lacks \(words)")
            Golden.check(canvas.text + "\n", "\(name)-80x24")
        }
        driver.press("Left")
        #expect(driver.state.slide == 6)
        driver.press("Home")
        #expect(driver.state.slide == 0)
        driver.press("3")
        #expect(driver.state.slide == 4)
        driver.press("End Right")
        #expect(driver.state.slide == 7)
        driver.press("a")
        #expect(driver.state.plan == (try examplePlan()))
        driver.press("q")
        #expect(driver.state.quitting)
    }

    @Test func bigTextIsThreeRowsAndFoldsAccents() {
        var canvas = Canvas(width: 20, height: 3)
        let width = BigText.draw(&canvas, "São", x: 0, y: 0, role: .heading)
        #expect(width == BigText.width("SAO"))
        #expect(canvas.text.split(separator: "\n").first?.hasPrefix("▄▀▀ ▄▀▄ ▄▀▄") == true)
    }
}

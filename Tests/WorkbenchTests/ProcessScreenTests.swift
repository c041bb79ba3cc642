import Testing
import PlanDomain
@testable import Workbench

/// Issue 16's process and service tabs on the example plan, at the smallest size: the options and the
/// evidence of acceptance (last tabs of stage 2), the communication plan, the approval form with the
/// version it approves, a measure's implications, and the service profiles (last tab of stage 4).
struct ProcessScreenTests {
    private func tab(_ stage: Stage, _ section: Section) throws -> Driver {
        var driver = try panelDriver()
        driver.press("\(stage.rawValue)")
        let index = try #require(Section.tabs(of: stage).firstIndex(of: section))
        for _ in 0..<index { driver.press("l") }
        #expect(driver.state.section == section)
        return driver
    }

    private func check(_ driver: Driver, _ words: [String], _ golden: String) throws {
        let canvas = Screen.render(driver.state).canvas
        for word in words { #expect(canvas.text.contains(word), "\(word) on \(golden)") }
        Golden.check(Golden.snapshot(canvas, theme: try shippedTheme("mono"), depth: .none), golden)
    }

    @Test func theOptionsTabComparesTheAlternativesOfEachMeasure() throws {
        try check(tab(.strategy, .table(.option)), ["Options", "MEA-1", "29.7bn", "chosen", "Feas."],
                  "options-80x24-mono")
    }

    @Test func anOptionOpensWithItsFitInTheFiveDimensions() throws {
        var driver = try tab(.strategy, .table(.option))
        driver.press("Enter")
        try check(driver, ["Measure option", "Cost a year", "Feasibility", "Political fit", "Financial fit"],
                  "option-form-80x24-mono")
    }

    @Test func theAcceptanceTabListsTheEvidence() throws {
        try check(tab(.strategy, .table(.acceptance)), ["Acceptance", "Survey", "Supportive", "Opposed", "78%"],
                  "acceptance-80x24-mono")
    }

    @Test func theCommunicationPlanSaysWhoAndWhen() throws {
        try check(tab(.strategy, .table(.publicAction)), ["Communication", "Audience", "When", "MoLSP"],
                  "communication-80x24-mono")
    }

    @Test func anApprovalStepNamesTheDocumentsAndVersionItApproves() throws {
        var driver = try tab(.strategy, .table(.approval))
        driver.press("Enter")
        try check(driver, ["Approval step", "Documents approved", "The strategy", "Draft 2 of 9 June 2026", "Fingerprint"],
                  "approval-form-80x24-mono")
    }

    @Test func savingAStepAsApprovedRecordsTheVersionApproved() throws {
        var driver = try tab(.strategy, .table(.approval))
        let row = try #require(driver.state.plan.strategy.approvals.firstIndex { $0.status != .approved })
        var plan = driver.state.plan
        let step = plan.strategy.approvals[row]
        #expect(step.fingerprint.isEmpty)
        for _ in 0..<row { driver.press("j") }
        driver.press("Enter")
        // Status is the second field: its list, filtered to "Approved", then Ctrl-S.
        driver.press("Tab Enter \"Approved\" Enter C-s")
        plan = driver.state.plan
        let saved = try #require(plan.strategy.approvals.first { $0.id == step.id })
        #expect(saved.status == .approved)
        #expect(saved.fingerprint == plan.fingerprint(of: saved.documents))
        #expect(plan.changedSinceApproval(saved) == [])
    }

    @Test func aMeasureFormEndsWithItsImplicationsAndDimensions() throws {
        var driver = try tab(.strategy, .table(.measure))
        // ↑ from the first field goes round to the buttons, then to the last fields.
        driver.press("Enter Up Up Up")
        try check(driver, ["Political impl.", "Opponents", "Dimensions"], "measure-implications-80x24-mono")
    }

    @Test func theServiceTabComparesCostPerBeneficiaryAcrossSchemes() throws {
        try check(tab(.administration, .table(.service)), ["Service", "Per benef.", "Per 100", "NSSF pension"],
                  "service-80x24-mono")
    }

    @Test func aServiceProfileOpensWithItsStandards() throws {
        var driver = try tab(.administration, .table(.service))
        driver.press("Enter")
        try check(driver, ["Service profile", "Rules published", "Independent review", "Decide claim: target"],
                  "service-form-80x24-mono")
    }
}

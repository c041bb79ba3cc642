import Testing
import PlanDomain
import PlanFormat
@testable import Workbench

/// What a user reads at 80x24 on an empty plan and in small counts: whole sentences, right words.
struct NarrowWordingTests {
    /// The words of the panel right of the stage rail, line breaks taken out, so wrapped text reads as one.
    static func words(_ screen: String) -> String {
        screen.split(separator: "\n").map { line in
            line.firstIndex(of: "│").map { String(line[line.index(after: $0)...]) } ?? String(line)
        }.joined(separator: " ").split(separator: " ").joined(separator: " ")
    }

    /// The message a tab shows while it has nothing to show is read whole, wrapped, never cut.
    @Test(arguments: [
        (Section.table(.publicAction), "No communication actions yet. Press a to add the first one."),
        (Section.panel(.cost), "No measures to cost yet: add them in the Measures tab, and group them in Scenarios."),
        (Section.panel(.scenarios), "No measures to compare yet: add measures, then group them in scenarios."),
        (Section.panel(.ranking), "No gaps yet: record them in stage 1, then score them in the Scores tab."),
        (Section.panel(.roleMatrix), "No measures yet: the roles matrix shows who leads each function of each measure."),
        (Section.panel(.heatMap), "No population groups yet: add them in the Groups tab, and the schemes that cover them."),
        (Section.panel(.adminCosts), "No schemes or measures yet: their administrative costs are compared with the "
            + "ceilings here once schemes (stage 1) or measures (stage 2) are added."),
        (Section.panel(.late), "No activities yet: add them on the Activities tab; those behind their schedule show here."),
        (Section.panel(.capacityMatrix), "No capacity assessments yet: rate each institution's functions in the Capacity tab."),
    ])
    func emptyTabsSayTheirMessageWhole(_ section: Section, _ message: String) {
        var driver = Driver(FormBehaviourTests.emptyPlan())
        driver.show(section)
        #expect(Self.words(driver.screen).contains(message), "\(section): \(message) is cut")
    }

    /// One warning is "1 warning", on the overview (the example's stage 2 has exactly one).
    @Test func oneWarningIsSingular() throws {
        var driver = Driver(try examplePlan())
        driver.press("2")
        #expect(driver.screen.contains("0 errors, 1 warning in this stage"))
        #expect(!driver.screen.contains("1 warnings"))
        #expect(counted(1, "warning") == "1 warning" && counted(0, "error") == "0 errors")
    }

    /// At 80x24 the Cost tab says what its totals are counted in.
    @Test func costTotalsHaveAUnit() throws {
        var driver = Driver(try examplePlan())
        driver.show(.panel(.cost))
        #expect(driver.screen.contains("amounts in XKB million"))
    }

    /// `a` where nothing can be added says why, without pointing at fields the tab does not have.
    @Test func addOnAComputedTabSaysWhy() throws {
        var driver = Driver(try examplePlan())
        driver.show(.panel(.cost))
        driver.press("a")
        #expect(driver.state.notice?.text.contains("Enter edits these fields") == false)
        #expect(driver.state.notice?.text.contains("computed from the measures") == true)
        driver.show(.panel(.heatMap))
        driver.press("a")
        #expect(driver.state.notice?.text.contains("Heat map tab is computed from the plan") == true)
    }

    /// Long labels are read whole where the form has room for them (the values keep 32 columns).
    @Test func longLabelsAreNotCutInWideEnoughForms() throws {
        var driver = Driver(FormBehaviourTests.emptyPlan())
        driver.show(.table(.group))
        driver.press("a")
        #expect(driver.screen.contains("Part of the population partition"))
        driver.press("Esc")
        driver.show(.record(.economy))
        #expect(driver.screen.contains("Government expenditure"))
        #expect(driver.screen.contains("Fiscal-space ceiling (% of GDP)"))
    }

    /// A date that does not read says how to write one, in plain words.
    @Test func theDateErrorReadsWell() {
        #expect(FieldKind.date.format(.commaPoint)?.hasPrefix("a date as YYYY-MM-DD") == true)
        #expect(!("write " + FieldFormat.date).contains("date written"))
    }
}

/// A form longer than the screen says that it scrolls, and how far.
struct FormScrollMarkTests {
    @Test func aLongFormSaysThereAreMoreFields() throws {
        var driver = Driver(FormBehaviourTests.emptyPlan())
        driver.show(.table(.measure))
        driver.press("a")
        let form = try #require(driver.form)
        #expect(driver.screen.contains("more fields below"), "the measure form has \(form.fieldCount) fields")
        #expect(!driver.screen.contains("above"))
        for _ in 0..<14 { driver.press("Tab") }
        #expect(driver.screen.contains("fields above"))
        for _ in 0..<(form.fieldCount - 15) { driver.press("Tab") }
        #expect(!driver.screen.contains("below"))
        Golden.check(try driver.snapshot(), "form-scrolled-80x24-projector")
    }
}

/// Lists name their items in good English when they are empty.
struct EmptyListWordingTests {
    @Test(arguments: [(EntityKind.activity, "No activities yet."), (.priority, "No priorities yet."),
                      (.criterion, "No priority criteria yet."), (.reason, "No reasons for extension yet.")])
    func emptyListsUseThePlural(_ kind: EntityKind, _ text: String) {
        var plan = FormBehaviourTests.emptyPlan()
        plan.strategy.criteria = []
        var driver = Driver(plan, columns: 160, rows: 48)
        driver.show(.table(kind))
        #expect(driver.screen.contains(text), "\(kind)")
    }
}

/// A form opened on a read-only plan does not offer to save.
struct ReadOnlyFormWordingTests {
    @Test func aReadOnlyFormSaysItCannotSave() throws {
        var driver = Driver(try examplePlan(), access: .readOnly("ana@laptop (pid 4242) is editing it"))
        driver.show(.record(.details))
        #expect(driver.screen.contains("Read-only: Enter shows these fields."))
        #expect(!driver.screen.contains("Enter edits these fields."))
        driver.press("Enter")
        #expect(driver.form != nil)
        #expect(driver.screen.contains("read-only: Tab next · Esc closes"))
        #expect(!driver.screen.contains("Ctrl-S saves"))
    }
}

/// The heat map's explanation of the selected cell, cut by the foot of an 80x24 screen, says so.
struct HeatMapDetailCutTests {
    @Test func aCutExplanationEndsWithAnEllipsis() throws {
        var driver = Driver(try examplePlan())
        driver.show(.panel(.heatMap))
        let lines = driver.screen.split(separator: "\n")
        let last = try #require(lines.dropLast().last { $0.contains("│ ") && !$0.hasSuffix("│") })
        let text = last.split(separator: "│", omittingEmptySubsequences: false).last!.trimmingCharacters(in: .whitespaces)
        #expect(text.hasSuffix("…") || text.hasSuffix("."), "the last line of the explanation: \(text)")
    }
}

/// Below the groups table at 80 columns, what the table left out reads as words, not "Part.: yes".
struct GroupPreviewWordingTests {
    @Test func thePartitionColumnIsNamedInFull() throws {
        // Twelve groups leave room below the table at 80x24.
        var plan = try examplePlan()
        plan.stocktake.groups = Array(plan.stocktake.groups.prefix(12))
        var driver = Driver(plan)
        driver.show(.table(.group))
        #expect(driver.screen.contains("Partition: yes"))
        #expect(!driver.screen.contains("Part.:"))
    }
}

/// While a form is open the status line does not offer the panel's keys, which the form would take as text.
struct StatusHintsUnderFormTests {
    @Test func aFormHidesThePanelsKeys() throws {
        var driver = Driver(try examplePlan())
        driver.show(.record(.details))
        #expect(driver.screen.split(separator: "\n").last!.contains("q quit"))
        driver.press("Enter")
        #expect(driver.form != nil)
        let status = String(driver.screen.split(separator: "\n").last!)
        #expect(!status.contains("q quit") && !status.contains("? help"), "\(status)")
    }
}

/// Delete asks its question whole at 80 columns, a long name taking a second line.
struct DeleteQuestionTests {
    @Test func aLongNameIsNotCutFromTheQuestion() throws {
        var driver = Driver(try examplePlan())
        driver.show(.table(.committeeMember))
        driver.press("d")
        // The dialog's lines, between its side frames.
        let inside = driver.screen.split(separator: "\n").compactMap { line -> String? in
            let sides = line.indices.filter { line[$0] == "║" }
            guard sides.count >= 2 else { return nil }
            return String(line[line.index(after: sides[0])..<sides[sides.count - 1]])
        }
        let words = inside.joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(words.contains("Delete steering committee member COM-1 \"Dr. Miriam Achieng-Oduya\"?"), "\(words)")
    }
}

/// The Late tab at 80 columns reads the selected activity's name and why it is late in full below the table.
struct LateDetailTests {
    @Test func theSelectedLateActivityIsReadInFull() throws {
        var driver = Driver(try examplePlan(), columns: 80, rows: 24)
        driver.state.today = try #require(Day(year: 2026, month: 11, day: 30))
        driver.show(.panel(.late))
        let late = driver.state.lateRows
        let first = try #require(late.first)
        let name = driver.state.plan.actionPlan.activities.first { $0.id == first.activityId }!.name
        let words = NarrowWordingTests.words(driver.screen)
        #expect(words.contains("\(first.activityId) \(name):"), "\(words)")
        #expect(words.contains(first.reasons.map(\.label).joined(separator: ", ") + "."))
        Golden.check(try driver.snapshot(), "late-80x24-projector")
    }
}

/// The Gantt's time axis never shows part of a year.
struct GanttAxisLabelTests {
    @Test func noYearIsCutAtTheRightEdge() throws {
        var driver = Driver(try examplePlan())
        driver.show(.panel(.gantt))
        let axis = try #require(driver.screen.split(separator: "\n").first { $0.contains("critical") })
        let last = axis.split(separator: " ").last.map(String.init) ?? ""
        #expect(last.count == 4 || Int(last) == nil, "the axis ends with \(last)")
    }
}

/// On a long horizon the Cost tab's year counter does not write over its heading.
struct CostHeadingCounterTests {
    @Test func theCounterAndTheUnitBothRead() throws {
        var plan = try examplePlan()
        plan.meta.lastYear = 2045
        var driver = Driver(plan)
        driver.show(.panel(.cost))
        let heading = try #require(driver.screen.split(separator: "\n").first { $0.contains("Basic floor") })
        #expect(heading.contains("XKB million"), "\(heading)")
        #expect(heading.contains("scenario 1 of 2") && heading.contains(" 1/20"), "\(heading)")
    }
}

import Foundation
import Testing
@testable import PlanDomain

/// A finding's text written when read is the same finding as one written at once: equal, hashed,
/// encoded and shown alike; and the rules that write their texts late write what they wrote before.
@Suite("Findings whose text is written when read")
struct FindingTextTests {
    static let place = Location("ACT-1", Activity.Field.output)

    @Test("a text written when read equals, hashes and encodes as the same text written at once")
    func deferredEqualsWritten() throws {
        let named = Named(id: "ACT-1", title: "Draft the law")
        let late = Finding(.warning, .activityOutput, at: Self.place) { "Activity \(named) names no output." }
        let early = Finding(.warning, .activityOutput, at: Self.place, "Activity ACT-1 \"Draft the law\" names no output.")
        #expect(late.message == early.message)
        #expect(late == early)
        #expect(Set([late, early]).count == 1)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try encoder.encode(late) == encoder.encode(early))
        let decoded = try JSONDecoder().decode(Finding.self, from: encoder.encode(late))
        #expect(decoded == early)
        // Another text is another finding.
        let other = Finding(.warning, .activityOutput, at: Self.place) { "Activity \(named) names no output!" }
        #expect(other != early)
    }

    @Test("a phrase about a named entity equals, hashes and encodes as its words written at once")
    func phraseEqualsWritten() throws {
        let named = Named(id: "ACT-1", title: "Draft the law")
        let phrased = Finding(.hint, .dimensionUntagged, at: Self.place, .activityUntagged, named)
        let early = Finding(.hint, .dimensionUntagged, at: Self.place, "Activity ACT-1 \"Draft the law\" is tagged with no dimension.")
        #expect(phrased == early)
        #expect(Set([phrased, early]).count == 1)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try encoder.encode(phrased) == encoder.encode(early))
        let measure = Finding(.hint, .dimensionUntagged, at: Self.place, .measureUntagged, Named(id: "MEA-1", title: ""))
        #expect(measure.message == "Measure MEA-1 is tagged with no dimension.")
        #expect(Finding(.hint, .dimensionUntagged, at: Self.place, .measureUntagged, named) != early)
        // The words of the other phrases, as their rules wrote them at once before.
        #expect(Finding(.warning, .activityResponsible, at: Self.place, .activityNoResponsible, named).message
            == "Activity ACT-1 \"Draft the law\" has no responsible institution.")
        #expect(Finding(.hint, .serviceNone, at: Self.place, .schemeNoServiceProfile, Named(id: "SCH-1", title: "Pension")).message
            == "Scheme SCH-1 \"Pension\" has no service profile: record its published rules, appeals and service standards.")
    }

    @Test("setting the message replaces the text to be written")
    func settingTheMessage() {
        var finding = Finding(.hint, .activityDescription, at: Self.place) { "late" }
        finding.message = "now"
        #expect(finding.message == "now")
    }

    @Test("a name is the id, then the title in quotes when there is one")
    func names() {
        #expect(Named(id: "SCH-2", title: "").description == "SCH-2")
        #expect(Named(id: "SCH-2", title: "Old-age pension").description == "SCH-2 \"Old-age pension\"")
    }

    @Test("the example's findings read as the rules wrote them before (every text written when read)")
    func exampleTexts() throws {
        var plan = try ExamplePlanTests.loadPlan()
        // Activities with no description, output or dimension, finishing after the horizon.
        for index in plan.actionPlan.activities.indices.prefix(3) {
            plan.actionPlan.activities[index].description = " "
            plan.actionPlan.activities[index].output = ""
            plan.actionPlan.activities[index].milestone = false
            plan.actionPlan.activities[index].dimensions = []
            plan.actionPlan.activities[index].durationDays = 40_000
        }
        let activity = plan.actionPlan.activities[0]
        let name = activity.name.isEmpty ? activity.id : "\(activity.id) \"\(activity.name)\""
        let about = plan.validate().filter { $0.location.id == activity.id }
        let texts = Dictionary(about.map { ($0.rule, $0.message) }, uniquingKeysWith: { first, _ in first })
        #expect(texts[.activityDescription] == "Activity \(name) has no description: say what it does.")
        #expect(texts[.activityOutput] == "Activity \(name) names no output: say what exists when it is done.")
        #expect(texts[.dimensionUntagged] == "Activity \(name) is tagged with no dimension.")
        let horizon = try #require(texts[.scheduleHorizon])
        #expect(horizon.hasPrefix("Activity \(name) finishes on ") && horizon.contains(", after the plan's horizon ends on \(plan.meta.lastYear)-12-31."))
    }

    @Test("blank is empty or only whitespace, as trimming says, for ASCII and beyond")
    func blank() {
        let samples = ["", " ", "\t\n\r", "\u{0B}\u{0C}", "a", " a ", "\u{00A0}", "\u{2003}x", "\u{2003}", " \u{301}",
                       "\r\n", "é", "\u{85}", "  \u{3000} ", "x\u{2028}", "\u{200B}"]
            // Every ASCII byte first, in a small string (decided from its words) and a long one.
            + (0..<128).flatMap { byte in
                let first = String(UnicodeScalar(UInt8(byte)))
                return [first, first + " ", first + "x", first + String(repeating: " ", count: 20)]
            }
        for text in samples {
            #expect(text.isBlank == text.trimmingSpaces.isEmpty, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect("   ".isBlank && !" a".isBlank && "\u{3000}".isBlank)
    }
}

import Testing
import PlanDomain
@testable import Workbench

/// The workbench under the locales of the officials who use it: numbers on screen follow the
/// locale (when the plan sets no number format), and what a form shows, saved as it is, keeps its
/// value. The convention comes from the locale's name, so no locale data needs installing.
struct LocaleScreenTests {
    static let locales = ["C", "fr_FR.UTF-8", "es_ES.UTF-8", "pt_BR.UTF-8", "de_DE.UTF-8"]

    static func driver(_ locale: String) throws -> Driver {
        Driver(try examplePlan(), localeNumbers: NumberConvention.fromEnvironment(["LANG": locale]))
    }

    static func name(_ locale: String, _ screen: String) -> String {
        "locale-\(locale.split(separator: ".")[0])-\(screen)"
    }

    @Test(arguments: locales)
    func indicatorsEconomyAndCost(_ locale: String) throws {
        var driver = try Self.driver(locale)
        let decimal = driver.state.numbers.decimal
        driver.press("1 {Indicators}")
        #expect(driver.state.section == .table(.indicator))
        #expect(driver.screen.contains("16\(decimal)5"), "16.5 in the locale's decimals")
        #expect(!driver.screen.contains("1,6,5") && !driver.screen.contains("1.6.5"))
        Golden.check(driver.screen + "\n", Self.name(locale, "indicators"))
        driver.press("{Economy} Enter")
        #expect(driver.form != nil)
        Golden.check(driver.screen + "\n", Self.name(locale, "economy-form"))
        driver.press("Esc 2 {Cost}")
        #expect(driver.state.section == .panel(.cost))
        Golden.check(driver.screen + "\n", Self.name(locale, "cost"))
    }

    /// Every prefilled field of every record form and of the first entity of each kind, saved as
    /// shown, parses back to the value it showed: a form never refuses its own numbers.
    @Test(arguments: locales)
    func formsReadBackWhatTheyShow(_ locale: String) throws {
        let numbers = NumberConvention.fromEnvironment(["LANG": locale])
        let plan = try examplePlan()
        var forms: [FormState] = RecordForm.allCases.map { FormState.record($0, of: plan, numbers: numbers) }
        for kind in EntityKind.allCases {
            if let first = plan.entities(kind).first { forms.append(FormState.entity(first, isNew: false, numbers: numbers)) }
        }
        var checked = 0
        for var form in forms {
            let spec = form.spec
            for (index, field) in spec.fields.enumerated() where form.inputs[index] != nil {
                let shown = form.inputs[index]!.text
                form.commitInput(index)
                #expect(form.errors[index] == nil, "\(spec.title) \(field.label) refuses its own \"\(shown)\" in \(locale)")
                let again = FieldText.format(field.value(of: form.subject), as: field.kind, numbers: numbers)
                #expect(again == shown, "\(spec.title) \(field.label): \"\(shown)\" came back as \"\(again)\"")
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    @Test func aFrenchOfficialTypesDecimalCommas() throws {
        var driver = try Self.driver("fr_FR.UTF-8")
        driver.press("1 {Economy} Enter")
        #expect(driver.form?.display(1) == "9,8", "GDP growth shows as 9,8")
        driver.press("C-s")
        #expect(driver.form == nil, "the form saves its own pre-filled values")
        #expect(driver.state.plan.stocktake.economy.gdp.growthPercent == 9.8)
        driver.press("Enter Tab C-u \"5,25\" C-s")
        #expect(driver.state.plan.stocktake.economy.gdp.growthPercent == 5.25)
        driver.press("Enter Tab C-u \"5.5\" C-s")
        #expect(driver.state.plan.stocktake.economy.gdp.growthPercent == 5.5, "a decimal point is read too in 1 234,5")
    }

    @Test func thePlansOwnFormatWinsOverTheLocale() throws {
        var plan = try examplePlan()
        plan.meta.numberFormat = .pointComma
        var driver = Driver(plan, localeNumbers: NumberConvention.fromEnvironment(["LANG": "en_GB.UTF-8"]))
        driver.press("1 {Indicators}")
        #expect(driver.screen.contains("16,5"))
        #expect(driver.screen.contains("12.000.000"))
    }
}

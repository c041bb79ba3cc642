import Testing
import Foundation
@testable import Workbench
import PlanDomain

@Test func scratchRender() throws {
    var plan = Plan.new(meta: PlanMeta(country: Country(name: "Côte d'Ivoire", code: "CI"), title: "Stratégie nationale",
                                       currency: "XOF", baseYear: 2025, firstYear: 2026, lastYear: 2030))
    var s = Stakeholder(id: "STK-1"); s.name = "Ministère de l'Emploi et de la Protection sociale"; s.acronym = "MEPS"
    plan.foundations.stakeholders = [s]
    var state = AppState(plan: plan, planName: "ci-2030")
    for key: Key in [.char("3"), .char("0"), .right, .right, .right] {
        _ = Reducer.reduce(&state, .key(key))
        print(Screen.render(state).canvas.text)
    }
    _ = Reducer.reduce(&state, .key(.enter))
    print(Screen.render(state).canvas.text)
    #expect(true)
}

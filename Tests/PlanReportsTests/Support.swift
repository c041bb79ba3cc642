import BundledExample
import Foundation
import PlanDomain

/// The example plan shipped with Socle (examples/kibara), as compiled into the program.
func examplePlan() throws -> Plan {
    try JSONDecoder().decode(Plan.self, from: Data(BundledExample.planJSON.utf8))
}

import ArgumentParser
import Foundation
import PlanDomain
import PlanFormat
import PlanStore

/// `socle new DIR`: a new, empty plan folder.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new plan folder.",
        discussion: "The folder is built beside DIR and renamed into place, so it is complete or not there at all.")

    @Argument(help: "The folder to create (it must not exist, or be empty; what an interrupted `socle new` left is cleared).",
              completion: .directory)
    var dir: String

    @Option(help: "The country's name.") var country = "Unnamed country"
    @Option(help: "The country's ISO 3166 code.") var code = "XX"
    @Option(help: "The ISO 4217 code of the currency plan amounts are in.") var currency = "XXX"
    @Option(help: "The plan's title.") var title = "National Social Security Strategy and Action Plan"
    @Option(help: "The first year of the plan (default: next year).") var from: Int?
    @Option(help: "The last year of the plan (default: nine years after the first).") var to: Int?

    func validate() throws {
        _ = try ISOCode.currency.normalize(currency)
        _ = try ISOCode.country.normalize(code)
        if let from, let to, to < from {
            throw ValidationError("--to (\(to)) is before --from (\(from)).")
        }
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, !PlanYears.isValid(value) {
                throw ValidationError("\(name) \(value) is not a plausible year.")
            }
        }
    }

    func run() throws {
        let currency = try ISOCode.currency.normalize(self.currency)
        let code = try ISOCode.country.normalize(self.code)
        for note in [code.note, currency.note].compactMap({ $0 }) { Output.error("socle new: \(note)") }
        let thisYear = Calendar(identifier: .gregorian).component(.year, from: Date())
        // Defaults stay within the years a plan may name (1900-2200), so a new plan checks clean.
        let years = PlanYears.valid
        let first = from ?? (to.map { max(years.lowerBound, $0 - 9) } ?? thisYear + 1)
        let last = to ?? min(years.upperBound, first + 9)
        let meta = PlanMeta(country: Country(name: country, code: code.code), title: title,
                            currency: currency.code, baseYear: max(years.lowerBound, first - 1),
                            firstYear: first, lastYear: last,
                            authors: [Settings.load().0.userName])
        let url = URL(fileURLWithPath: dir)
        do {
            let config = Settings.load().0
            let store = try PlanStore.create(at: url, plan: Plan.new(meta: meta), user: config.userName,
                                             backupsToKeep: config.backups)
            store.close()
        } catch {
            throw Failure(description: "socle new: \(error)")
        }
        Output.line("Created \(url.path) for \(country), \(Figures.yearRange(first, last)).")
        Output.line("Open it with: socle \(dir)")
    }
}

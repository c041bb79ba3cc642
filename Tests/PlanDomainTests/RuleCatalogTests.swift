import Foundation
import Testing
@testable import PlanDomain

/// Rules are typed (`Rule`), so a finding and the code that looks for it cannot disagree on a name.
/// These tests keep the catalogue honest: every rule is checked somewhere, and docs/RULES.md lists
/// exactly the catalogue (set SOCLE_UPDATE_GOLDEN=1 to rewrite it from `Rule`).
struct RuleCatalogTests {
    static var sources: String {
        get throws {
            let folder = ExamplePlanTests.packageRoot().appendingPathComponent("Sources/PlanDomain")
            let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
            return try files.map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
                .joined(separator: "\n")
        }
    }

    @Test func everyRuleIsChecked() throws {
        let text = try Self.sources
        for rule in Rule.allCases {
            let used = ["error", "warning", "hint"].contains { text.contains("add(.\($0), .\(rule)") }
            #expect(used, "no validator adds a finding of rule \(rule.rawValue)")
        }
    }

    /// Each rule is made to fire by some test of PlanDomainTests (ValidationTests' broken plans, or
    /// the costing, schedule, coverage and administration tests), so a rule that stops firing fails.
    @Test func everyRuleIsTested() throws {
        let folder = ExamplePlanTests.packageRoot().appendingPathComponent("Tests/PlanDomainTests")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".swift") && $0 != "RuleCatalogTests.swift" }
        let text = try files.map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
            .joined(separator: "\n")
        for rule in Rule.allCases {
            #expect(text.contains(".\(rule)"), "no test of PlanDomainTests makes rule \(rule.rawValue) fire")
        }
    }

    @Test func codesAreUniqueAndDotted() {
        let codes = Rule.allCases.map(\.rawValue)
        #expect(Set(codes).count == codes.count)
        for code in codes {
            #expect(code.split(separator: ".").count == 2, "\(code) is not area.name")
        }
    }

    /// The table of docs/RULES.md, as `Rule` gives it.
    static var table: String {
        var lines = [
            "# Validation rules", "",
            "Every finding of `socle check` (and of the workbench's findings list) names one of these rules;",
            "`socle check --json` prints the code as \"rule\". This file is generated from `Rule` in",
            "Sources/PlanDomain/Rule.swift by `SOCLE_UPDATE_GOLDEN=1 swift test --filter RuleCatalogTests`.", "",
            "| rule | what it finds |", "|---|---|",
        ]
        lines += Rule.allCases.map { "| `\($0.rawValue)` | \($0.summary) |" }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func docsListEveryRule() throws {
        let url = ExamplePlanTests.packageRoot().appendingPathComponent("docs/RULES.md")
        if ProcessInfo.processInfo.environment["SOCLE_UPDATE_GOLDEN"] == "1" {
            try Self.table.write(to: url, atomically: true, encoding: .utf8)
        }
        let written = try String(contentsOf: url, encoding: .utf8)
        #expect(written == Self.table, "docs/RULES.md is out of date: run SOCLE_UPDATE_GOLDEN=1 swift test --filter RuleCatalogTests")
    }
}

import Foundation
import PlanDomain

/// A cell that cannot be read; the message says why in the user's words.
struct CellProblem: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// Reading and writing single CSV cells: locale-neutral numbers, years, yes/no, choices by value or
/// label, references by id or name, and semicolon lists.
enum ImportCell {
    /// `text` without white space (line breaks included) at either end.
    static func trimmed(_ text: String) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return first == text.startIndex && last == text.index(before: text.endIndex) ? text : String(text[first...last])
    }

    /// A number with a point for decimals; commas, spaces or underscores may group thousands
    /// ("12,500", "12 500"); a percentage may end in "%".
    static func number(_ text: String, percent: Bool = false) throws -> Double {
        var body = trimmed(text)
        if percent, body.hasSuffix("%") { body = trimmed(String(body.dropLast())) }
        switch LocaleNeutralNumber.parse(body, suffixes: false) {
        case .success(let value): return value
        case .failure(.decimalComma): throw CellProblem("\"\(trimmed(text))\" is not a number (use a point for decimals)")
        case .failure(.notANumber): throw CellProblem("\"\(trimmed(text))\" is not a number")
        }
    }

    static func optionalNumber(_ text: String) throws -> Double? {
        trimmed(text).isEmpty ? nil : try number(text)
    }

    static func year(_ text: String) throws -> Int? {
        let body = trimmed(text)
        guard !body.isEmpty else { return nil }
        guard body.count == 4, let year = Int(body), (1900...2200).contains(year) else {
            throw CellProblem("\"\(body)\" is not a year (four digits, like 2024)")
        }
        return year
    }

    static func flag(_ text: String) throws -> Bool {
        switch trimmed(text).lowercased() {
        case "", "no", "n", "false", "0": return false
        case "yes", "y", "true", "1", "x": return true
        default: throw CellProblem("\"\(trimmed(text))\" is not yes or no")
        }
    }

    /// A choice by its value ("socialInsurance") or its label ("Social insurance"), in any case.
    static func choice<C: Choice>(_ text: String, _ type: C.Type) throws -> C {
        // Most cells give a value or label as written, perhaps in another case: no folding needed.
        let lower = trimmed(text).lowercased()
        if let match = C.allCases.first(where: { $0.rawValue.lowercased() == lower || $0.label.lowercased() == lower }) {
            return match
        }
        let wanted = fold(text)
        if let match = C.allCases.first(where: { fold($0.rawValue) == wanted || fold($0.label) == wanted }) {
            return match
        }
        let options = C.allCases.map(\.label).joined(separator: ", ")
        throw CellProblem("\"\(trimmed(text))\" is not one of: \(options)")
    }

    /// Items separated by semicolons (empty items are dropped).
    static func list(_ text: String) -> [String] {
        text.split(separator: ";").map { trimmed(String($0)) }.filter { !$0.isEmpty }
    }

    /// An entity by its id, else by its name (any case), else, for a stakeholder, by its acronym.
    static func reference(_ text: String, _ kind: EntityKind, in plan: Plan) throws -> EntityID {
        let wanted = trimmed(text)
        let entities = plan.entities(kind)
        if entities.contains(where: { $0.id == wanted }) { return wanted }
        let folded = fold(wanted)
        var matches = entities.filter { fold(($0 as? Stakeholder)?.name ?? $0.title) == folded }
        if matches.isEmpty, kind == .stakeholder {
            matches = entities.filter { fold(($0 as? Stakeholder)?.acronym ?? "") == folded }
        }
        switch matches.count {
        case 1: return matches[0].id
        case 0: throw CellProblem("there is no \(kind.label) with the id or name \"\(wanted)\"")
        default:
            throw CellProblem("\(matches.count) \(kind.pluralLabel) are named \"\(wanted)\"; use the id (\(matches.map(\.id).joined(separator: ", ")))")
        }
    }

    /// "GRP-1:1200; Older persons 65+:300": a group (id or name) and a count per item.
    static func groupCounts(_ text: String, in plan: Plan) throws -> [GroupCount] {
        try list(text).map { item in
            guard let colon = item.lastIndex(of: ":") else {
                throw CellProblem("\"\(item)\" is not group:count (like GRP-1:1200)")
            }
            let group = try reference(String(item[..<colon]), .group, in: plan)
            return GroupCount(groupId: group, count: try number(String(item[item.index(after: colon)...])))
        }
    }

    /// "2026:436000; 2027:452500".
    static func yearValues(_ text: String) throws -> [YearValue] {
        try list(text).map { item in
            let sides = item.split(separator: ":", maxSplits: 1).map(String.init)
            guard sides.count == 2, let year = try? year(sides[0]) else {
                throw CellProblem("\"\(item)\" is not year:value (like 2026:436000)")
            }
            return YearValue(year: year, value: try number(sides[1]))
        }.sorted { $0.year < $1.year }
    }

    /// A number as the CSV writes it: no grouping, no exponent, no trailing zeros.
    static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    static func fold(_ text: String) -> String {
        trimmed(text).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}

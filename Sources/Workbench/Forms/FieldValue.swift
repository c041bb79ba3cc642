import PlanDomain

/// The value of one form field, as the form edits it.
public enum FieldValue: Equatable, Sendable {
    case text(String)
    case number(Double?)
    case integer(Int?)
    case day(Day?)
    case flag(Bool)
    /// One choice by its raw value (nil when the field allows none).
    case choice(String?)
    case choices([String])
    case reference(EntityID?)
    case references([EntityID])
    case yearValues([YearValue])
    case groupCounts([GroupCount])
    case dependencies([Dependency])
}

/// What a field holds and how typed text becomes a value.
public enum FieldKind: Sendable {
    case text(multiline: Bool)
    /// A number with an optional unit shown after it ("persons", "XKS").
    case number(unit: String, optional: Bool)
    case percent(optional: Bool)
    case year(optional: Bool)
    /// Calendar days; accepts "45", "45d", "6w", "6m" (30 days a month), "1y" (365 days).
    case days
    case date
    case flag
    case choice(options: [(value: String, label: String)], optional: Bool)
    case multiChoice(options: [(value: String, label: String)])
    case reference(EntityKind)
    case references(EntityKind)
    /// "2026: 10, 2027: 12.5" style lists of yearly values.
    case yearValues(unit: String)
    /// "GRP-1: 12,000; GRP-2: 300": persons per population group.
    case groupCounts
    /// "ACT-3; ACT-4 SS +5d; ACT-7 -10d": predecessors, type and lag.
    case dependencies

    /// True for fields edited by picking from a list rather than typing.
    public var isPicked: Bool {
        switch self {
        case .choice, .multiChoice, .reference, .references, .flag: true
        default: false
        }
    }
}

extension FieldKind {
    public static func choice<C: Choice>(_ type: C.Type, optional: Bool = false) -> FieldKind {
        .choice(options: C.allCases.map { ($0.rawValue, $0.label) }, optional: optional)
    }

    public static func multiChoice<C: Choice>(_ type: C.Type) -> FieldKind {
        .multiChoice(options: C.allCases.map { ($0.rawValue, $0.label) })
    }
}

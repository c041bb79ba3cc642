/// How serious a validation finding is.
public enum Severity: String, Codable, Sendable, Comparable, CaseIterable {
    case error, warning, hint

    public var label: String {
        switch self {
        case .error: "error"
        case .warning: "warning"
        case .hint: "hint"
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A place in a plan: a stage, and where known the entity and its field.
public struct Location: Codable, Hashable, Sendable, CustomStringConvertible {
    public var stage: Stage
    public var kind: EntityKind?
    public var id: EntityID?
    public var field: String?

    public init(stage: Stage, kind: EntityKind? = nil, id: EntityID? = nil, field: String? = nil) {
        self.stage = stage
        self.kind = kind
        self.id = id
        self.field = field
    }

    public init(_ kind: EntityKind, _ id: EntityID?, field: String? = nil) {
        self.init(stage: kind.stage, kind: kind, id: id, field: field)
    }

    /// "Stocktake > scheme SCH-3 > expenditure".
    public var description: String {
        var parts = ["\(stage.rawValue) \(stage.title)"]
        if let kind {
            parts.append(id.map { "\(kind.label) \($0)" } ?? kind.label)
        }
        if let field { parts.append(field) }
        return parts.joined(separator: " > ")
    }
}

/// One thing validation found wrong or worth a look.
public struct Finding: Codable, Hashable, Sendable {
    public var severity: Severity
    /// A stable code for the rule ("reference.missing", "shares.total").
    public var rule: String
    public var location: Location
    public var message: String

    public init(_ severity: Severity, _ rule: String, at location: Location, _ message: String) {
        self.severity = severity
        self.rule = rule
        self.location = location
        self.message = message
    }
}

extension Array where Element == Finding {
    public var errors: [Finding] { filter { $0.severity == .error } }
    public var warnings: [Finding] { filter { $0.severity == .warning } }
}

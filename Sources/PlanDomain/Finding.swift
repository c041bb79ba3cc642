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

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }

    /// Its place in `allCases`: 0 for an error.
    var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .hint: 2
        }
    }
}

/// A place in a plan: a stage, and where known the entity and its field.
public struct Location: Hashable, Sendable, CustomStringConvertible {
    public var stage: Stage
    public var kind: EntityKind?
    public var id: EntityID?
    /// The field concerned, by its typed identity (see `FieldKey`).
    public var field: FieldID?

    public init(stage: Stage, kind: EntityKind? = nil, id: EntityID? = nil) {
        self.stage = stage
        self.kind = kind
        self.id = id
    }

    public init(_ kind: EntityKind, _ id: EntityID?) {
        self.init(stage: kind.stage, kind: kind, id: id)
    }

    /// A field of the entity `id` (of the field's kind), or of a plan record when the field is a
    /// record's: `Location(measure.id, Measure.Field.financing)`.
    public init<Field: FieldKey>(_ id: EntityID?, _ field: Field) {
        self.init(stage: Field.owner.stage, kind: Field.owner.kind, id: id)
        self.field = field.id
    }

    /// A field with no particular entity: a record's field, or a field of every entity of a kind.
    public init<Field: FieldKey>(_ field: Field) {
        self.init(nil, field)
    }

    /// A field of an entity shown on another stage's panels (a scheme's administrative cost on the
    /// administration stage).
    public init<Field: FieldKey>(stage: Stage, _ id: EntityID?, _ field: Field) {
        self.init(id, field)
        self.stage = stage
    }

    /// "Stocktake > scheme SCH-3 > expenditure".
    public var description: String {
        var parts = ["\(stage.rawValue) \(stage.title)"]
        if let kind {
            parts.append(id.map { "\(kind.label) \($0)" } ?? kind.label)
        }
        if let field { parts.append(field.key) }
        return parts.joined(separator: " > ")
    }
}

extension Location: Codable {
    private enum CodingKeys: String, CodingKey { case stage, kind, id, field }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(stage, forKey: .stage)
        try container.encodeIfPresent(kind, forKey: .kind)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encodeIfPresent(field?.key, forKey: .field)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(stage: try container.decode(Stage.self, forKey: .stage),
                  kind: try container.decodeIfPresent(EntityKind.self, forKey: .kind),
                  id: try container.decodeIfPresent(EntityID.self, forKey: .id))
        guard let key = try container.decodeIfPresent(String.self, forKey: .field) else { return }
        let owners: [FieldOwner] = kind.map { [.entity($0)] }
            ?? RecordKind.allCases.filter { $0.stage == stage }.map { .record($0) }
        guard let field = owners.lazy.compactMap({ FieldID.named(key, of: $0) }).first else {
            throw DecodingError.dataCorruptedError(
                forKey: .field, in: container,
                debugDescription: "no field \"\(key)\" in \(owners.map(\.description).joined(separator: " or "))")
        }
        self.field = field
    }
}

/// One thing validation found wrong or worth a look.
///
/// Its text is written when it is read: a plan of national size has tens of thousands of findings,
/// of which a screen shows a few, so a rule that finds something for each scheme or activity gives
/// the words to write (`init(_:_:at:written:)`) rather than the text. Two findings are the same when
/// their severity, rule, place and text are (which writes both texts).
public struct Finding: Hashable, Sendable {
    public var severity: Severity
    /// The rule that found it.
    public var rule: Rule
    public var location: Location
    private var text: FindingText

    /// What the finding says, written now when it was given as words to write.
    public var message: String {
        get { text.written }
        set { text = .text(newValue) }
    }

    public init(_ severity: Severity, _ rule: Rule, at location: Location, _ message: String) {
        self.severity = severity
        self.rule = rule
        self.location = location
        self.text = .text(message)
    }

    /// A finding whose text `write` gives when it is read. `write` captures the values it reads (an
    /// id, a title, a number), not the plan, and gives the same text each time.
    public init(_ severity: Severity, _ rule: Rule, at location: Location,
                written write: @escaping @Sendable () -> String) {
        self.severity = severity
        self.rule = rule
        self.location = location
        self.text = .deferred(write)
    }

    /// A finding whose text is `phrase` about the entity `named`: for the rules that find something
    /// about most of the activities of a plan, no allocation per finding (a closure's captures are
    /// one), only the name's texts kept.
    init(_ severity: Severity, _ rule: Rule, at location: Location, _ phrase: NamedPhrase, _ named: Named) {
        self.severity = severity
        self.rule = rule
        self.location = location
        self.text = .named(phrase, named)
    }

    public static func == (a: Finding, b: Finding) -> Bool {
        a.severity == b.severity && a.rule == b.rule && a.location == b.location && a.message == b.message
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(severity)
        hasher.combine(rule)
        hasher.combine(location)
        hasher.combine(message)
    }
}

/// A finding's text: written, or the words to write it from when it is read.
private enum FindingText: Sendable {
    case text(String)
    case deferred(@Sendable () -> String)
    case named(NamedPhrase, Named)

    var written: String {
        switch self {
        case .text(let text): text
        case .deferred(let write): write()
        case .named(let phrase, let named): phrase.text(about: named)
        }
    }
}

/// What a finding says about one entity, for the rules that find it about most of a plan's
/// thousands of activities (tens of thousands of findings in a national plan): a case, written
/// when read (see ``Finding/init(_:_:at:_:_:)``).
enum NamedPhrase: UInt8, Sendable {
    case activityNoDescription, activityNoOutput, activityNoResponsible, activityUntagged, measureUntagged
    case schemeNoServiceProfile

    func text(about named: Named) -> String {
        switch self {
        case .activityNoDescription: "Activity \(named) has no description: say what it does."
        case .activityNoOutput: "Activity \(named) names no output: say what exists when it is done."
        case .activityNoResponsible: "Activity \(named) has no responsible institution."
        case .activityUntagged: "Activity \(named) is tagged with no dimension."
        case .measureUntagged: "Measure \(named) is tagged with no dimension."
        case .schemeNoServiceProfile:
            "Scheme \(named) has no service profile: record its published rules, appeals and service standards."
        }
    }
}

extension Finding: Codable {
    private enum CodingKeys: String, CodingKey { case severity, rule, location, message }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(try container.decode(Severity.self, forKey: .severity), try container.decode(Rule.self, forKey: .rule),
                  at: try container.decode(Location.self, forKey: .location),
                  try container.decode(String.self, forKey: .message))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(severity, forKey: .severity)
        try container.encode(rule, forKey: .rule)
        try container.encode(location, forKey: .location)
        try container.encode(message, forKey: .message)
    }
}

extension Array where Element == Finding {
    public var errors: [Finding] { filter { $0.severity == .error } }
    public var warnings: [Finding] { filter { $0.severity == .warning } }

    /// How many findings have `severity` (counted, not copied out).
    public func count(_ severity: Severity) -> Int { reduce(0) { $0 + ($1.severity == severity ? 1 : 0) } }
}

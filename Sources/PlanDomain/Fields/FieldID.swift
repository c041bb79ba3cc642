/// The parts of a plan that are not entities but single records, each edited by one form.
public enum RecordKind: String, CaseIterable, Codable, Sendable {
    /// The plan's details: country, title, currency, years, language, number format, authors.
    case details
    /// Who mandated the work and by which act.
    case mandate
    /// The economic inputs of the stocktake.
    case economy
    /// The strategy's vision.
    case vision
    /// The action plan's start date.
    case timetable
    /// The strategy document's version and the team's text for each chapter.
    case document

    /// The stage whose panels show this record.
    public var stage: Stage {
        switch self {
        case .details, .mandate, .document: .foundations
        case .economy: .stocktake
        case .vision: .strategy
        case .timetable: .actionPlan
        }
    }

    /// The record's fields, in the order its form shows them.
    public var fields: [FieldID] {
        switch self {
        case .details: DetailsField.ids
        case .mandate: MandateField.ids
        case .economy: EconomyField.ids
        case .vision: VisionField.ids
        case .timetable: TimetableField.ids
        case .document: DocumentField.ids
        }
    }
}

/// What a field belongs to: an entity kind or a plan record.
public enum FieldOwner: Hashable, Sendable, CustomStringConvertible {
    case entity(EntityKind)
    case record(RecordKind)

    public var stage: Stage {
        switch self {
        case .entity(let kind): kind.stage
        case .record(let record): record.stage
        }
    }

    public var kind: EntityKind? {
        if case .entity(let kind) = self { kind } else { nil }
    }

    /// Every field of this owner.
    public var fields: [FieldID] {
        switch self {
        case .entity(let kind): kind.fields
        case .record(let record): record.fields
        }
    }

    public var description: String {
        switch self {
        case .entity(let kind): kind.rawValue
        case .record(let record): record.rawValue
        }
    }
}

/// The typed identity of one field: the enum case of its owner (`Measure.Field.targetGroup`), so a
/// finding, a form field and an import column name the same field by the same value, and a typo is a
/// compile error instead of an error message that silently detaches from its field.
public protocol FieldKey: RawRepresentable, CaseIterable, Hashable, Sendable
where RawValue == String, AllCases == [Self] {
    static var owner: FieldOwner { get }
    /// The field a user edits to change this one: itself, except for values that follow from another
    /// field (a scenario's cost from its measures), whose findings show under that field.
    var editedThrough: Self { get }
}

extension FieldKey {
    public var editedThrough: Self { self }
    /// The identity shared by validation, forms and import columns.
    public var id: FieldID { FieldID(owner: Self.owner, key: rawValue, editedThrough: editedThrough.rawValue) }
    static var ids: [FieldID] { allCases.map(\.id) }
}

/// A field, type-erased: what `Location.field` holds. Made only from a `FieldKey` case, so every
/// value names a field its owner declares.
public struct FieldID: Hashable, Sendable, CustomStringConvertible {
    public let owner: FieldOwner
    /// The stable name: "target group". It is what `socle check --json` prints as "field".
    public let key: String
    /// The key of the field a user edits to change this one (see `FieldKey.editedThrough`).
    public let editedThrough: String

    fileprivate init(owner: FieldOwner, key: String, editedThrough: String) {
        self.owner = owner
        self.key = key
        self.editedThrough = editedThrough
    }

    /// The field of `owner` named `key`, if it declares one.
    public static func named(_ key: String, of owner: FieldOwner) -> FieldID? {
        owner.fields.first { $0.key == key }
    }

    public var description: String { key }
}

extension PlanEntity {
    /// This kind's fields, in the order its form shows them.
    public static var fields: [FieldID] { Field.ids }
}

extension EntityKind {
    /// The fields of this kind's entities, in the order its form shows them.
    public var fields: [FieldID] { type.fields }
}

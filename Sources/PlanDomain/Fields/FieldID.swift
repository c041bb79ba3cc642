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
    /// How monitoring judges progress: the data's cut-off date, the tolerance, the grace days.
    case reporting

    /// The stage whose panels show this record.
    public var stage: Stage {
        switch self {
        case .details, .mandate, .document: .foundations
        case .economy: .stocktake
        case .vision: .strategy
        case .timetable: .actionPlan
        case .reporting: .monitoring
        }
    }

    /// Its fields' names, in the order of `fields`.
    var names: [FieldID.Names] {
        switch self {
        case .details: DetailsField.names
        case .mandate: MandateField.names
        case .economy: EconomyField.names
        case .vision: VisionField.names
        case .timetable: TimetableField.names
        case .document: DocumentField.names
        case .reporting: ReportingField.names
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
        case .reporting: ReportingField.ids
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

    /// Its place among every owner: the entity kinds in order, then the records.
    var ordinal: Int {
        switch self {
        case .entity(let kind): kind.casePlace
        case .record(let record): Self.kinds + record.casePlace
        }
    }

    private static let kinds = EntityKind.allCases.count
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
    public var id: FieldID { FieldID(owner: Self.owner, ordinal: casePlace) }
    static var ids: [FieldID] { allCases.map(\.id) }
    /// Each field's key and the key of the field edited to change it, in the order of `allCases`.
    static var names: [FieldID.Names] { allCases.map { FieldID.Names(key: $0.rawValue, editedThrough: $0.editedThrough.rawValue) } }
}

/// A field, type-erased: what `Location.field` holds. Made only from a `FieldKey` case, so every
/// value names a field its owner declares.
///
/// It holds its owner and its place among the owner's fields (four bytes, no text): every finding's
/// location may hold one, and a national plan's tens of thousands of findings are copied as they
/// are put in order. Its names are read from a table made once.
public struct FieldID: Hashable, Sendable, CustomStringConvertible {
    public let owner: FieldOwner
    /// Its place among its owner's fields (`FieldOwner.fields`).
    private let ordinal: UInt16

    fileprivate init(owner: FieldOwner, ordinal: Int) {
        self.owner = owner
        self.ordinal = UInt16(ordinal)
    }

    /// The stable name: "target group". It is what `socle check --json` prints as "field".
    public var key: String { Self.names[owner.ordinal][Int(ordinal)].key }
    /// The key of the field a user edits to change this one (see `FieldKey.editedThrough`).
    public var editedThrough: String { Self.names[owner.ordinal][Int(ordinal)].editedThrough }

    /// A field's two names.
    struct Names: Sendable {
        let key: String
        let editedThrough: String
    }

    /// Each owner's fields' names, by `FieldOwner.ordinal`.
    private static let names: [[Names]] = EntityKind.allCases.map { kind in
        func names<E: PlanEntity>(_ type: E.Type) -> [Names] { E.Field.names }
        return names(kind.type)
    } + RecordKind.allCases.map(\.names)

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

/// Two versions of a plan that changed the same field differently (or one deleted an entity the
/// other changed): what each side had, and who. A merge keeps "ours" in the plan and stores the
/// conflict beside it, in `Plan.conflicts`, until someone chooses (see `Plan.resolving`).
///
/// The same record serves any way two sets of edits meet: a git merge (`socle merge-driver`), or
/// two sessions editing one plan folder.
public struct PlanConflict: Codable, Hashable, Sendable {
    /// The entity's kind and id; both nil for a part of the plan that is not an entity (the vision,
    /// the economic inputs), whose place `field` then gives from the top ("strategy.vision").
    public var kind: EntityKind?
    public var id: EntityID?
    /// The field, dotted when nested ("benefit.annualAmount"); nil when the entity as a whole
    /// conflicts: one side deleted it, the other changed it.
    public var field: String?
    /// The value in the common ancestor and on each side; nil where the field or entity is absent
    /// (a deleted entity, an unset optional field, no common ancestor).
    public var base: JSONValue?
    public var ours: JSONValue?
    public var theirs: JSONValue?
    /// Who made each side ("amina", a git branch or author), where known.
    public var oursBy: String?
    public var theirsBy: String?
    /// When the conflict was recorded, ISO 8601 in UTC ("2026-11-30T10:00:00Z"), where known.
    public var time: String?

    public init(kind: EntityKind?, id: EntityID?, field: String?, base: JSONValue?, ours: JSONValue?,
                theirs: JSONValue?, oursBy: String? = nil, theirsBy: String? = nil, time: String? = nil) {
        self.kind = kind
        self.id = id
        self.field = field
        self.base = base
        self.ours = ours
        self.theirs = theirs
        self.oursBy = oursBy
        self.theirsBy = theirsBy
        self.time = time
    }

    /// The three versions a user chooses between.
    public enum Side: String, CaseIterable, Codable, Sendable {
        case base, ours, theirs

        public var label: String {
            switch self {
            case .base: "base (before either change)"
            case .ours: "ours (kept for now)"
            case .theirs: "theirs"
            }
        }
    }

    public func value(_ side: Side) -> JSONValue? {
        switch side {
        case .base: base
        case .ours: ours
        case .theirs: theirs
        }
    }

    /// Where the conflict is, as a validation location: the entity (or record) and, where the
    /// changed property is one a form edits, its typed field.
    public var location: Location {
        if let kind {
            var location = Location(kind, id)
            location.field = field.flatMap { FieldID.forProperty($0, of: .entity(kind)) }
            return location
        }
        let path = field ?? ""
        guard let (record, rest) = RecordKind.holding(path) else {
            return Location(stage: PlanConflict.stage(ofRecord: path))
        }
        var location = Location(stage: record.stage)
        location.field = FieldID.forProperty(rest, of: .record(record))
        return location
    }

    /// "measure MEA-2, benefit annual amount", or "vision" for a part that is not an entity.
    public var place: String {
        guard let kind else { return fieldWords ?? "the plan" }
        let entity = "\(kind.label) \(id ?? "")"
        return fieldWords.map { "\(entity), \($0)" } ?? entity
    }

    /// The field in words ("benefit annual amount"; "vision" for `strategy.vision`); nil for a whole entity.
    public var fieldWords: String? {
        guard let field else { return nil }
        let steps = field.split(separator: ".").map { DiffWords.words(String($0)) }
        return (kind == nil && steps.count > 1 ? steps.dropFirst() : steps[...]).joined(separator: " ")
    }

    /// What a side holds, in words: "deleted" for an absent entity, "not set" for an absent field.
    public func describe(_ side: Side, numbers: NumberConvention = .commaPoint) -> String {
        guard let value = value(side) else {
            if field == nil && kind != nil { return side == .base ? "not there" : "deleted" }
            return "not set"
        }
        if field == nil, kind != nil { return side == .base ? "as it was" : "changed" }
        return value.text(numbers: numbers)
    }

    static func stage(ofRecord path: String) -> Stage {
        switch path.split(separator: ".").first.map(String.init) {
        case "foundations": .foundations
        case "stocktake": .stocktake
        case "strategy": .strategy
        case "actionPlan": .actionPlan
        case "administration": .administration
        case "monitoring": .monitoring
        case "evaluation": .evaluation
        default: .foundations
        }
    }
}

extension Plan {
    /// Every finding about this plan, most serious first, in plan order within a severity. Numbers in
    /// messages are written in `numbers` (by default the plan's own number format, else 1,234.5).
    /// Monitoring judges progress on the plan's reporting cut-off date, else on `today`; with
    /// neither, it judges each indicator's latest value and finds nothing overdue.
    /// Every rule runs; ``Validation`` gives the same findings after an edit by re-running only the
    /// rules that read what the edit changed.
    public func validate(numbers: NumberConvention? = nil, today: Day? = nil) -> [Finding] {
        var validation = Validation()
        return validation.update(to: self, numbers: numbers, today: today)
    }
}

/// Collects findings; the rules live in the Validator+Stage files.
struct Validator {
    let plan: Plan
    /// Where the first entity with each id sits in its collection, per kind: one lookup, O(1).
    let positions: KindIndex
    let numbers: NumberConvention
    /// The day monitoring judges progress on; nil: no day (nothing is overdue).
    let asOf: Day?
    var findings: [Finding] = []
    /// Each group's size by id (the last group with an id wins), once a check has asked for a group
    /// whose id another shares (see `groupSize(_:at:)`).
    var groupSizeCache: [EntityID: Double]?
    /// The schemes some service profile names, once a check has asked.
    var profiledSchemeCache: Set<EntityID>?
    /// The action plan's schedule, once a check has asked (see `schedule()`).
    var scheduleCache: Schedule? {
        didSet { scheduleEntries = scheduleCache.map { ($0.slots, $0.activities) } ?? ([], []) }
    }
    /// What `scheduledSlot(at:)` reads of the schedule, apart: read in place, where reading it
    /// through the optional would copy the whole schedule for each activity.
    var scheduleEntries: (slots: [Int], activities: [ScheduledActivity]) = ([], [])
    /// The schedule being worked out while the steps that do not read it run (see
    /// ``SharedSchedule``): `schedule()` waits for it.
    var sharedSchedule: SharedSchedule?
    /// The budget of the schedule worked out alongside the steps (see ``SharedBudget``), which the
    /// funding timetable takes its budget by year from when it is known by then.
    var sharedBudget: SharedBudget?
    /// The schedule's `linksFound` once asked for (see `dependenciesFound(at:)`); empty when the
    /// schedule was not at hand then.
    var linksFoundCache: [Bool]?
    /// `horizonEndDay()`, once worked out.
    var horizonEndCache: Int?
    /// The plan's SDG 1.3.1 figures, once a check has asked (computed indicators read them: once,
    /// not once per indicator).
    var sdgCache: SDG131?

    mutating func sdg131() -> SDG131 {
        if let sdgCache { return sdgCache }
        let sdg = plan.sdg131
        sdgCache = sdg
        return sdg
    }

    /// `positions`: the index of every kind, when the caller has it (see ``Validation``).
    init(plan: Plan, numbers: NumberConvention, asOf: Day? = nil,
         positions: KindIndex? = nil) {
        self.plan = plan
        self.numbers = numbers
        self.asOf = asOf
        self.positions = positions ?? KindIndex(plan)
    }

    /// What `plan.name(kind, id)` gives, through the index: the entity's title, or the id when the
    /// entity is missing or has no title.
    func nameOf(_ kind: EntityKind, _ id: EntityID?) -> String {
        guard let id else { return "" }
        guard let position = positions.position(of: id, kind) else { return id }
        let title = plan.title(kind, at: position)
        return title.isEmpty ? id : title
    }

    mutating func add(_ severity: Severity, _ rule: Rule, _ location: Location, _ message: String) {
        findings.append(Finding(severity, rule, at: location, message))
    }

    /// A finding whose text is written when read (see `Finding`): what a rule finds for each scheme,
    /// activity or other entity of a plan that may hold thousands. `write` captures what it reads
    /// (`Named`, an id, a number and `numbers`), never the validator.
    mutating func add(_ severity: Severity, _ rule: Rule, _ location: Location,
                      written write: @escaping @Sendable () -> String) {
        findings.append(Finding(severity, rule, at: location, written: write))
    }

    /// A finding about one entity, in words of `phrase` written when read (see `NamedPhrase`).
    mutating func add(_ severity: Severity, _ rule: Rule, _ location: Location, _ phrase: NamedPhrase, _ named: Named) {
        findings.append(Finding(severity, rule, at: location, phrase, named))
    }

    /// A reference to an entity that must exist. The location is worked out only for a finding: most references exist, and 10,000 activities make 50,000 of them.
    mutating func reference(_ target: EntityID?, _ kind: EntityKind, from location: @autoclosure () -> Location) {
        guard let target, !target.isEmpty else { return }
        if positions.position(of: target, kind) == nil { referenceMissing(target, kind, at: location()) }
    }

    /// ``reference(_:_:from:)``, giving the position of the first entity with the id (nil when none
    /// has it; an empty id is no reference, but is looked up too): a check that reads the entity
    /// needs no second lookup.
    mutating func lookUp(_ target: EntityID?, _ kind: EntityKind, from location: @autoclosure () -> Location) -> Int? {
        guard let target else { return nil }
        let position = positions.position(of: target, kind)
        if position == nil && !target.isEmpty { referenceMissing(target, kind, at: location()) }
        return position
    }

    private mutating func referenceMissing(_ target: EntityID, _ kind: EntityKind, at location: Location) {
        add(.error, .referenceMissing, location,
            "\(location.field?.key ?? "A reference") points to \(kind.label) \(target), which does not exist.")
    }

    mutating func references(_ targets: [EntityID], _ kind: EntityKind, from location: @autoclosure () -> Location) {
        for target in targets { reference(target, kind, from: location()) }
    }

    /// A percentage that must lie between 0 and 100.
    mutating func percent(_ value: Double?, _ location: @autoclosure () -> Location, what: @autoclosure () -> String) {
        guard let value else { return }
        if !value.isFinite || value < 0 || value > 100 {
            add(.error, .percentRange, location(), "\(what()) is \(format(value))%; it must be between 0 and 100%.")
        }
    }

    mutating func nonNegative(_ value: Double?, _ location: @autoclosure () -> Location, what: @autoclosure () -> String) {
        guard let value else { return }
        if !value.isFinite || value < 0 {
            add(.error, .valueNegative, location(), "\(what()) is \(format(value)); it cannot be negative.")
        }
    }

    /// Financing shares must add up to 100% once any share is given.
    mutating func shares(_ shares: FinancingShares, _ location: Location, what: @autoclosure () -> String) {
        for source in FinancingSource.allCases {
            percent(shares.share(of: source), location, what: "The \(source.label.lowercased()) share")
        }
        if shares.isEmpty {
            add(.warning, .sharesMissing, location, "\(what()) has no financing shares yet.")
        } else if abs(shares.total - 100) > 0.001 {
            add(.error, .sharesTotal, location,
                "\(what())'s financing shares add up to \(format(shares.total))%, not 100%.")
        }
    }

    /// A year that should fall within the plan's horizon.
    mutating func inHorizon(_ year: Int?, _ location: Location, what: @autoclosure () -> String) {
        guard let year, plan.meta.firstYear <= plan.meta.lastYear else { return }
        if year < plan.meta.firstYear || year > plan.meta.lastYear {
            add(.warning, .yearHorizon, location,
                "\(what()) (\(year)) is outside the plan's horizon \(plan.meta.firstYear)-\(plan.meta.lastYear).")
        }
    }

    func name(_ entity: some PlanEntity) -> String { Named(entity).description }

    /// Empty and duplicate ids of one kind.
    mutating func checkIdentity(_ kind: EntityKind) {
        // The index holds where each id is first used: any later use is a duplicate (with every id
        // used once, found without a lookup).
        let first = positions[kind] ?? plan.firstPositions(kind)
        // Every id there once and none blank (what the index noted as it was made): nothing to find.
        if first.idsUnique && !first.hasBlankIDs { return }
        plan.forEachID(of: kind) { position, id in
            if id.isBlank {
                add(.error, .idEmpty, Location(kind, id), "A \(kind.label) has no id.")
            } else if !first.isFirst(id, at: position) {
                add(.error, .idDuplicate, Location(kind, id), "Two \(kind.pluralLabel) share the id \(id).")
            }
        }
    }
}

extension Validator {
    /// Numbers in messages: up to two decimals, groups of three marked.
    func format(_ value: Double) -> String { numbers.format(value, decimals: 2) }
}

/// An entity as a message names it: its id, and its title in quotes when it has one. Kept by a
/// finding whose text is written when read (two strings, not the entity).
struct Named: CustomStringConvertible, Sendable {
    let id: EntityID
    let title: String

    init(_ entity: some PlanEntity) {
        id = entity.id
        title = entity.title
    }

    init(id: EntityID, title: String) {
        self.id = id
        self.title = title
    }

    var description: String { title.isEmpty ? id : "\(id) \"\(title)\"" }
}

extension String {
    /// Whether the text is empty or only whitespace (as `trimmingSpaces.isEmpty`), read byte by
    /// byte while the text is ASCII: most texts are decided at their first byte.
    var isBlank: Bool {
        #if _endian(little) && _pointerBitWidth(_64)
        // A small string (up to 15 bytes: nearly every id) holds its bytes in its own two words, the
        // first in the lowest byte (see `IDIndex.hash`): one that starts with a printable ASCII
        // character is decided there, without reaching its bytes through a view.
        let (low, high) = unsafeBitCast(self, to: (UInt64, UInt64).self)
        if (high >> 61) & 0b101 == 0b101, (high >> 56) & 0xF > 0, case 0x21...0x7F = UInt8(truncatingIfNeeded: low) {
            return false
        }
        #endif
        for byte in utf8 {
            if byte >= 0x80 { return trimmingSpaces.isEmpty } // beyond ASCII: Character's rules
            if byte != 0x20 && !(0x09...0x0D).contains(byte) { return false }
        }
        return true
    }

    var trimmingSpaces: Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? endIndex
        return start < end ? self[start..<end] : ""
    }
}

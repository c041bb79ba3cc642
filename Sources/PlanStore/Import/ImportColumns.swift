import PlanDomain

/// One column of an import: its header, what it holds, how it reads into an entity and how the
/// entity's value reads back (to show what a row changes).
struct ImportColumn<E: PlanEntity> {
    let name: String
    let help: String
    /// The field validation findings name for this value (`Location.field`), to name the column of a
    /// finding: the given one, else the entity's field whose name is the column's ("legal_basis" is
    /// `Scheme.Field.legalBasis`). `ImportColumnTests` checks every column has one.
    let field: FieldID?
    let show: (E, Plan) -> String
    let read: (inout E, String, Plan) throws -> Void

    init(_ name: String, _ help: String, field: E.Field? = nil, show: @escaping (E, Plan) -> String,
         read: @escaping (inout E, String, Plan) throws -> Void) {
        self.name = name
        self.help = help
        self.field = (field ?? E.Field(rawValue: name.replacingOccurrences(of: "_", with: " ")))?.id
        self.show = show
        self.read = read
    }

    static func text(_ name: String, _ path: WritableKeyPath<E, String>, _ help: String) -> Self {
        Self(name, help, show: { entity, _ in entity[keyPath: path] },
             read: { entity, text, _ in entity[keyPath: path] = ImportCell.trimmed(text) })
    }

    static func number(_ name: String, _ path: WritableKeyPath<E, Double>, _ help: String, field: E.Field? = nil,
                       percent: Bool = false) -> Self {
        Self(name, help, field: field, show: { entity, _ in ImportCell.plain(entity[keyPath: path]) },
             read: { entity, text, _ in
                 entity[keyPath: path] = ImportCell.trimmed(text).isEmpty ? 0 : try ImportCell.number(text, percent: percent)
             })
    }

    static func optionalNumber(_ name: String, _ path: WritableKeyPath<E, Double?>, _ help: String) -> Self {
        Self(name, help, show: { entity, _ in entity[keyPath: path].map(ImportCell.plain) ?? "" },
             read: { entity, text, _ in entity[keyPath: path] = try ImportCell.optionalNumber(text) })
    }

    static func year(_ name: String, _ path: WritableKeyPath<E, Int?>, _ help: String) -> Self {
        Self(name, help, show: { entity, _ in entity[keyPath: path].map(String.init) ?? "" },
             read: { entity, text, _ in entity[keyPath: path] = try ImportCell.year(text) })
    }

    static func flag(_ name: String, _ path: WritableKeyPath<E, Bool>, _ help: String) -> Self {
        Self(name, help, show: { entity, _ in entity[keyPath: path] ? "yes" : "no" },
             read: { entity, text, _ in entity[keyPath: path] = try ImportCell.flag(text) })
    }

    static func choice<C: Choice>(_ name: String, _ path: WritableKeyPath<E, C>, _ help: String) -> Self {
        Self(name, help, show: { entity, _ in entity[keyPath: path].rawValue },
             read: { entity, text, _ in
                 guard !ImportCell.trimmed(text).isEmpty else { throw CellProblem("a value is needed") }
                 entity[keyPath: path] = try ImportCell.choice(text, C.self)
             })
    }

    static func choices<C: Choice>(_ name: String, _ path: WritableKeyPath<E, [C]>, _ help: String) -> Self {
        Self(name, help, show: { entity, _ in entity[keyPath: path].map(\.rawValue).joined(separator: ";") },
             read: { entity, text, _ in
                 entity[keyPath: path] = try ImportCell.list(text).map { try ImportCell.choice($0, C.self) }
             })
    }

    static func reference(_ name: String, _ path: WritableKeyPath<E, EntityID?>, to kind: EntityKind,
                          _ help: String) -> Self {
        Self(name, help, show: { entity, _ in entity[keyPath: path] ?? "" },
             read: { entity, text, plan in
                 entity[keyPath: path] = ImportCell.trimmed(text).isEmpty ? nil
                     : try ImportCell.reference(text, kind, in: plan)
             })
    }

    static func references(_ name: String, _ path: WritableKeyPath<E, [EntityID]>, to kind: EntityKind,
                           _ help: String) -> Self {
        Self(name, help, show: { entity, _ in entity[keyPath: path].joined(separator: ";") },
             read: { entity, text, plan in
                 entity[keyPath: path] = try ImportCell.list(text).map { try ImportCell.reference($0, kind, in: plan) }
             })
    }
}

extension ImportColumn where E == Scheme {
    /// The columns of `socle import schemes`, in the order an export would write them.
    static var all: [ImportColumn<Scheme>] {
        typealias C = ImportColumn<Scheme>
        return [
            C.text("name", \.name, "the scheme's name"),
            C.choice("type", \.type, "social insurance, social assistance, universal, categorical, micro-insurance, community-based, employer liability"),
            C.reference("institution", \.institutionId, to: .stakeholder, "the stakeholder that runs it: id, name or acronym"),
            C.text("legal_basis", \.legalBasis, "the act or decree"),
            C.choices("contingencies", \.contingencies, "C102 branches separated by semicolons (oldAge;invalidity or Old age;Invalidity)"),
            C.references("groups", \.groupIds, to: .group, "the groups it is for: ids or names separated by semicolons"),
            C.number("employer_pct", \.financing.employerContributions, "employer contributions, % of financing", field: .financing, percent: true),
            C.number("insured_pct", \.financing.insuredContributions, "insured persons' contributions, %", field: .financing, percent: true),
            C.number("general_revenue_pct", \.financing.generalRevenue, "general government revenue, %", field: .financing, percent: true),
            C.number("co_payments_pct", \.financing.coPayments, "co-payments, %", field: .financing, percent: true),
            C.number("other_pct", \.financing.other, "other sources, %", field: .financing, percent: true),
            C.optionalNumber("contributors", \.contributors, "protected persons (active contributors)"),
            C("recipients", "persons protected or receiving per group: GRP-1:1200;GRP-2:300 (ids or names)",
              show: { scheme, _ in scheme.recipients.map { "\($0.groupId):\(ImportCell.plain($0.count))" }.joined(separator: ";") },
              read: { scheme, text, plan in scheme.recipients = try ImportCell.groupCounts(text, in: plan) }),
            C.text("benefit_level", \.benefitLevel, "the benefit, in words"),
            C.optionalNumber("expenditure", \.expenditure, "yearly expenditure, in the plan's currency"),
            C.optionalNumber("administrative_cost", \.administrativeCost, "yearly administrative cost"),
            C.year("year", \.year, "the year of the figures"),
            C.text("source", \.source, "where the figures come from"),
        ]
    }
}

extension ImportColumn where E == PopulationGroup {
    /// The columns of `socle import groups`.
    static var all: [ImportColumn<PopulationGroup>] {
        typealias C = ImportColumn<PopulationGroup>
        return [
            C.text("name", \.name, "the group's name"),
            C.choice("sex", \.sex, "all, female or male"),
            C.number("size", \.size, "persons in the group in the year"),
            C.year("year", \.year, "the year of the size"),
            C.number("growth_pct", \.growthPercent, "growth per year, %", field: .growth, percent: true),
            C.flag("partition", \.partOfPartition, "yes when the group is one of the parts that make up the population (SDG 1.3.1)"),
            C("projection", "yearly sizes that replace the growth rate: 2026:436000;2027:452500",
              show: { group, _ in group.projection.map { "\($0.year):\(ImportCell.plain($0.value))" }.joined(separator: ";") },
              read: { group, text, _ in group.projection = try ImportCell.yearValues(text) }),
            C.text("source", \.source, "where the figures come from"),
        ]
    }
}

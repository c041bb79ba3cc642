import Foundation
import PlanDomain
import PlanFormat

/// A column of an entity table: its title, how wide it wants to be, and what it shows.
public struct TableColumn {
    public enum Alignment: Sendable { case left, right }

    public let title: String
    /// The width the column gets before spare room is shared out.
    public private(set) var width: Int
    /// Flexible columns share the spare width of a wide terminal.
    public let flexible: Bool
    public let alignment: Alignment
    /// Columns with a priority above the terminal's room are left out (1 always shows).
    public let priority: Int
    /// The narrowest a priority-1 column gets on a small terminal before other text gives way.
    public private(set) var minimum: Int
    /// Whether it shows ids: widened to the plan's longest (see ``widened(toFit:)``).
    var showsIDs = false
    let text: (any PlanEntity, Plan, NumberConvention) -> String
    let number: ((any PlanEntity, Plan) -> Double?)?
    /// For number columns: the figure abbreviated (1.5M), for when the exact one does not fit.
    let short: ((any PlanEntity, Plan, NumberConvention) -> String)?
    /// For a figure computed across the plan: where it is among the ``TableFigures``, and how it is written.
    let figure: (value: (any PlanEntity, TableFigures) -> Double?, written: (Double, NumberConvention) -> String)?

    init(title: String, width: Int, flexible: Bool, alignment: Alignment, priority: Int, minimum: Int? = nil,
         text: @escaping (any PlanEntity, Plan, NumberConvention) -> String, number: ((any PlanEntity, Plan) -> Double?)?,
         short: ((any PlanEntity, Plan, NumberConvention) -> String)?,
         figure: (value: (any PlanEntity, TableFigures) -> Double?, written: (Double, NumberConvention) -> String)? = nil) {
        self.figure = figure
        self.title = title
        self.width = width
        self.flexible = flexible
        self.alignment = alignment
        self.priority = priority
        // Flexible text keeps enough to be told apart; fixed columns keep their width.
        self.minimum = minimum ?? (flexible ? min(width, 12) : width)
        self.text = text
        self.number = number
        self.short = short
    }

    /// The column as wide as `widest` (the plan's longest id, up to 14) when it shows ids and is
    /// narrower: an id cut short ("ACT-76…") names no activity.
    func widened(toFit widest: Int) -> TableColumn {
        guard showsIDs, widest > width else { return self }
        var column = self
        column.width = min(widest, 14)
        column.minimum = column.width
        return column
    }

    /// What the column shows for `entity`: a number column's exact figure, or its abbreviation
    /// (12.5M) when `abbreviated` (see ``abbreviates(_:in:numbers:width:figures:)``); a figure computed
    /// across the plan comes from `figures`.
    public func text(of entity: any PlanEntity, in plan: Plan, numbers: NumberConvention, abbreviated: Bool = false,
                     figures: TableFigures) -> String {
        if let figure { return figure.value(entity, figures).map { figure.written($0, numbers) } ?? "" }
        guard abbreviated, let short else { return text(entity, plan, numbers) }
        return short(entity, plan, numbers)
    }

    /// Whether the column, `width` wide, must abbreviate its figures: when any exact one does not
    /// fit. The whole column then abbreviates, so it never mixes 9,000,000 and 24M.
    public func abbreviates(_ entities: [any PlanEntity], in plan: Plan, numbers: NumberConvention, width: Int) -> Bool {
        short != nil && entities.contains { DisplayWidth.of(text(entity: $0, plan, numbers)) > width }
    }

    private func text(entity: any PlanEntity, _ plan: Plan, _ numbers: NumberConvention) -> String {
        text(entity, plan, numbers)
    }

    /// Sorts numbers as numbers, text by its folded form.
    public func ascending(_ a: any PlanEntity, _ b: any PlanEntity, in plan: Plan, figures: TableFigures) -> Bool {
        if let figure {
            return (figure.value(a, figures) ?? -.infinity) < (figure.value(b, figures) ?? -.infinity)
        }
        if let number {
            return (number(a, plan) ?? -.infinity) < (number(b, plan) ?? -.infinity)
        }
        return text(a, plan, .commaPoint).folded < text(b, plan, .commaPoint).folded
    }
}

extension TableColumn {
    /// A column that only takes part in fitting widths (panels draw their own cells).
    init(layoutOnly title: String, width: Int, flexible: Bool, right: Bool, priority: Int) {
        self.init(title: title, width: width, flexible: flexible, alignment: right ? .right : .left, priority: priority,
                  text: { _, _, _ in "" }, number: nil, short: nil)
    }
}

/// Builders of columns over a concrete entity type.
public enum Columns<E: PlanEntity> {
    public static func text(_ title: String, _ width: Int, flexible: Bool = false, priority: Int = 1,
                            minimum: Int? = nil, _ value: @escaping (E, Plan) -> String) -> TableColumn {
        TableColumn(title: title, width: width, flexible: flexible, alignment: .left, priority: priority,
                    minimum: minimum, text: { entity, plan, _ in (entity as? E).map { value($0, plan) } ?? "" }, number: nil, short: nil)
    }

    public static func text(_ title: String, _ width: Int, flexible: Bool = false, priority: Int = 1,
                            minimum: Int? = nil, _ value: @escaping (E) -> String) -> TableColumn {
        text(title, width, flexible: flexible, priority: priority, minimum: minimum) { entity, _ in value(entity) }
    }

    /// A text column that writes numbers: `value` gets the convention to write them in.
    public static func formatted(_ title: String, _ width: Int, flexible: Bool = false, priority: Int = 1,
                                 _ value: @escaping (E, NumberConvention) -> String) -> TableColumn {
        TableColumn(title: title, width: width, flexible: flexible, alignment: .left, priority: priority,
                    text: { entity, _, numbers in (entity as? E).map { value($0, numbers) } ?? "" }, number: nil, short: nil)
    }

    public static func number(_ title: String, _ width: Int, priority: Int = 1, suffix: String = "",
                              _ value: @escaping (E) -> Double?) -> TableColumn {
        // A column reads entities of its own type only (the table of `E`); another reads as empty.
        func number(_ entity: any PlanEntity) -> Double? { (entity as? E).flatMap(value) }
        return TableColumn(title: title, width: width, flexible: false, alignment: .right, priority: priority,
                           text: { entity, _, numbers in number(entity).map { Figures(numbers).number($0, decimals: 2) + suffix } ?? "" },
                           number: { entity, _ in number(entity) },
                           short: { entity, _, numbers in number(entity).map { Figures(numbers).abbreviated($0) + suffix } ?? "" })
    }

    /// A number that follows from the plan as well as the entity (a figure computed across collections).
    public static func number(_ title: String, _ width: Int, priority: Int = 1, suffix: String = "",
                              _ value: @escaping (E, Plan) -> Double?) -> TableColumn {
        TableColumn(title: title, width: width, flexible: false, alignment: .right, priority: priority,
                    text: { entity, plan, numbers in
                        value(entity as! E, plan).map { Figures(numbers).number($0, decimals: 2) + suffix } ?? "" },
                    number: { entity, plan in value(entity as! E, plan) },
                    short: { entity, plan, numbers in
                        value(entity as! E, plan).map { Figures(numbers).abbreviated($0) + suffix } ?? "" })
    }

    /// A figure computed across the plan (see ``TableFigures``), written by `written`.
    public static func figure(_ title: String, _ width: Int, priority: Int = 1,
                              _ value: @escaping (E, TableFigures) -> Double?,
                              written: @escaping (Double, NumberConvention) -> String) -> TableColumn {
        TableColumn(title: title, width: width, flexible: false, alignment: .right, priority: priority,
                    text: { _, _, _ in "" }, number: nil, short: nil,
                    figure: ({ entity, figures in (entity as? E).flatMap { value($0, figures) } }, written))
    }

    public static func id(_ width: Int = 7) -> TableColumn {
        var column = text("Id", width) { $0.id }
        column.showsIDs = true
        return column
    }

}

extension String {
    /// Lower-cased and without diacritics, for search and sorting ("Côte" matches "cote").
    public var folded: String {
        String(String.UnicodeScalarView(lowercased().decomposedScalars.filter {
            !(0x300...0x36F).contains($0.value)
        }))
    }

    private var decomposedScalars: [Unicode.Scalar] {
        Array(decomposedStringWithCanonicalMapping.unicodeScalars)
    }
}

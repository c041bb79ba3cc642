import Foundation
import PlanDomain

/// A column of an entity table: its title, how wide it wants to be, and what it shows.
public struct TableColumn {
    public enum Alignment: Sendable { case left, right }

    public let title: String
    /// The width the column gets before spare room is shared out.
    public let width: Int
    /// Flexible columns share the spare width of a wide terminal.
    public let flexible: Bool
    public let alignment: Alignment
    /// Columns with a priority above the terminal's room are left out (1 always shows).
    public let priority: Int
    /// The narrowest a priority-1 column gets on a small terminal before other text gives way.
    public let minimum: Int
    let text: (any PlanEntity, Plan) -> String
    let number: ((any PlanEntity, Plan) -> Double?)?

    init(title: String, width: Int, flexible: Bool, alignment: Alignment, priority: Int, minimum: Int? = nil,
         text: @escaping (any PlanEntity, Plan) -> String, number: ((any PlanEntity, Plan) -> Double?)?) {
        self.title = title
        self.width = width
        self.flexible = flexible
        self.alignment = alignment
        self.priority = priority
        // Flexible text keeps enough to be told apart; fixed columns keep their width.
        self.minimum = minimum ?? (flexible ? min(width, 12) : width)
        self.text = text
        self.number = number
    }

    public func text(of entity: any PlanEntity, in plan: Plan) -> String { text(entity, plan) }

    /// Sorts numbers as numbers, text by its folded form.
    public func ascending(_ a: any PlanEntity, _ b: any PlanEntity, in plan: Plan) -> Bool {
        if let number {
            return (number(a, plan) ?? -.infinity) < (number(b, plan) ?? -.infinity)
        }
        return text(a, plan).folded < text(b, plan).folded
    }
}

/// Builders of columns over a concrete entity type.
public enum Columns<E: PlanEntity> {
    public static func text(_ title: String, _ width: Int, flexible: Bool = false, priority: Int = 1,
                            minimum: Int? = nil, _ value: @escaping (E, Plan) -> String) -> TableColumn {
        TableColumn(title: title, width: width, flexible: flexible, alignment: .left, priority: priority,
                    minimum: minimum, text: { value($0 as! E, $1) }, number: nil)
    }

    public static func text(_ title: String, _ width: Int, flexible: Bool = false, priority: Int = 1,
                            minimum: Int? = nil, _ value: @escaping (E) -> String) -> TableColumn {
        text(title, width, flexible: flexible, priority: priority, minimum: minimum) { entity, _ in value(entity) }
    }

    public static func number(_ title: String, _ width: Int, priority: Int = 1, suffix: String = "",
                              _ value: @escaping (E) -> Double?) -> TableColumn {
        TableColumn(title: title, width: width, flexible: false, alignment: .right, priority: priority,
                    text: { entity, _ in value(entity as! E).map { Self.format($0) + suffix } ?? "" },
                    number: { entity, _ in value(entity as! E) })
    }

    public static func id(_ width: Int = 7) -> TableColumn {
        text("Id", width) { $0.id }
    }

    static func format(_ value: Double) -> String {
        abs(value) >= 1e6 ? FieldText.plain((value / 1e5).rounded() / 10) + "M" : FieldText.grouped(value.rounded(toPlaces: 2))
    }
}

extension Double {
    func rounded(toPlaces places: Int) -> Double {
        var factor = 1.0
        for _ in 0..<places { factor *= 10 }
        return (self * factor).rounded() / factor
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

/// One cell of a ``Canvas``: a grapheme, its display width, its role and extra attributes.
///
/// A wide character (two columns) occupies its cell and the next one; that next cell is a
/// *continuation*: empty text, width 0, same role. Terminals draw only the first.
public struct Cell: Hashable, Sendable {
    /// One grapheme cluster (" " when blank, "" for a continuation cell).
    public var text: String
    /// Columns the text takes: 1 or 2, or 0 for a continuation cell.
    public var width: Int
    public var role: Role
    /// Attributes on top of the role's style (bold for emphasis inside a line, for instance).
    public var attributes: TextAttributes

    /// A cell as given (no sanitizing or measuring: ``Canvas/put(_:x:y:role:attributes:maxWidth:)`` does that).
    public init(text: String = " ", width: Int = 1, role: Role = .normal, attributes: TextAttributes = []) {
        self.text = text
        self.width = width
        self.role = role
        self.attributes = attributes
    }

    /// A blank cell in `role`.
    public static func blank(_ role: Role = .normal) -> Cell { Cell(role: role) }

    /// The right half of a wide character.
    public var isContinuation: Bool { width == 0 }

    static func continuation(_ role: Role, _ attributes: TextAttributes) -> Cell {
        Cell(text: "", width: 0, role: role, attributes: attributes)
    }
}

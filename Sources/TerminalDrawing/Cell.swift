/// One cell of a ``Canvas``: a grapheme, its display width, its role and extra attributes.
///
/// A wide character (two columns) occupies its cell and the next one; that next cell is a
/// *continuation*: empty text, width 0, same role. Terminals draw only the first.
///
/// A cell is eight bytes and holds no reference: a frame of 200x50 cells is filled, copied,
/// compared and freed without reference counting. The grapheme is kept as its one code point
/// (nearly every cell) or, for a cluster of several ("e" + U+0301, "👩‍🌾"), as a number given to
/// that cluster by ``GraphemeTable``; ``text`` gives the grapheme back as it was put.
public struct Cell: Hashable, Sendable {
    /// The grapheme: its code point, or ``GraphemeTable/clusterFlag`` with the cluster's number
    /// (``GraphemeTable/empty`` for a continuation cell's empty text).
    var glyph: UInt32
    private var columns: UInt8
    public var role: Role
    /// Attributes on top of the role's style (bold for emphasis inside a line, for instance).
    public var attributes: TextAttributes

    /// A cell as given (no sanitizing or measuring: ``Canvas/put(_:x:y:role:attributes:maxWidth:)`` does that).
    public init(text: String = " ", width: Int = 1, role: Role = .normal, attributes: TextAttributes = []) {
        self.init(glyph: GraphemeTable.glyph(of: text), width: width, role: role, attributes: attributes)
    }

    /// A cell of one code point.
    init(scalar: Unicode.Scalar, width: Int = 1, role: Role = .normal, attributes: TextAttributes = []) {
        self.init(glyph: scalar.value, width: width, role: role, attributes: attributes)
    }

    init(glyph: UInt32, width: Int, role: Role, attributes: TextAttributes) {
        self.glyph = glyph
        self.columns = UInt8(clamping: width)
        self.role = role
        self.attributes = attributes
    }

    /// One grapheme cluster (" " when blank, "" for a continuation cell).
    public var text: String {
        get { GraphemeTable.text(of: glyph) }
        set { glyph = GraphemeTable.glyph(of: newValue) }
    }

    /// Columns the text takes: 1 or 2, or 0 for a continuation cell.
    public var width: Int {
        get { Int(columns) }
        set { columns = UInt8(clamping: newValue) }
    }

    /// A blank cell in `role`.
    public static func blank(_ role: Role = .normal) -> Cell { Cell(glyph: 0x20, width: 1, role: role, attributes: []) }

    /// The right half of a wide character.
    public var isContinuation: Bool { columns == 0 }

    /// Whether the cell shows exactly `character` (box drawing looks for the rules it crosses).
    func shows(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        return scalars.count == 1 ? glyph == scalars.first!.value : text == String(character)
    }

    static func continuation(_ role: Role, _ attributes: TextAttributes) -> Cell {
        Cell(glyph: GraphemeTable.empty, width: 0, role: role, attributes: attributes)
    }
}

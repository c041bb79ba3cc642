/// Where each part of the screen goes for a terminal size. Views draw into these rectangles and
/// the reducer uses them to know how many rows a page holds.
public struct Layout: Equatable, Sendable {
    public static let minimumColumns = 80
    public static let minimumRows = 24
    /// From this width on, the rail is wider and tables have a detail pane beside them.
    public static let wideColumns = 140

    public let columns: Int
    public let rows: Int
    /// Follow mode: no stage rail, the stage takes the whole width.
    public var railHidden = false

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    public var isTooSmall: Bool { columns < Layout.minimumColumns || rows < Layout.minimumRows }
    public var screen: Rect { Rect(x: 0, y: 0, width: columns, height: rows) }
    public var header: Rect { Rect(x: 0, y: 0, width: columns, height: 1) }
    public var status: Rect { Rect(x: 0, y: rows - 1, width: columns, height: 1) }

    /// The stage rail: wider on wide terminals.
    public var rail: Rect { Rect(x: 0, y: 1, width: railHidden ? 0 : isWide ? 28 : 21, height: rows - 2) }

    /// Everything right of the rail.
    public var panel: Rect {
        Rect(x: rail.maxX + 1, y: 1, width: columns - rail.maxX - 2, height: rows - 2)
    }

    /// Stage title and guiding question (which wraps onto a second line when it must).
    public var stageHeading: Rect { Rect(x: panel.x, y: panel.y, width: panel.width, height: 3) }
    public var tabBar: Rect { Rect(x: panel.x, y: panel.y + 3, width: panel.width, height: 1) }
    /// The tab's content, under the tab bar and its rule.
    public var body: Rect {
        Rect(x: panel.x, y: tabBar.y + 2, width: panel.width, height: panel.maxY - tabBar.y - 2)
    }

    /// A detail pane beside tables on wide terminals.
    public var hasDetailPane: Bool { isWide }
    public var isWide: Bool { columns >= Layout.wideColumns }
    public var tableArea: Rect {
        hasDetailPane ? Rect(x: body.x, y: body.y, width: body.width * 3 / 5, height: body.height) : body
    }
    public var detailArea: Rect {
        Rect(x: tableArea.maxX + 1, y: body.y, width: body.maxX - tableArea.maxX - 1, height: body.height)
    }

    /// Rows of a table body (below its header row).
    public var listHeight: Int { max(1, body.height - 1) }

    /// The frame of a form or dialog, centred.
    public func dialog(width: Int, height: Int) -> Rect {
        let w = min(width, columns - 4)
        let h = min(height, rows - 2)
        return Rect(x: (columns - w) / 2, y: max(1, (rows - h) / 2), width: w, height: h)
    }

    /// The form dialog: most of the screen.
    public var form: Rect { dialog(width: min(100, columns - 6), height: rows - 4) }
}

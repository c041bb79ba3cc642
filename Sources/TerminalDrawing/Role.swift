/// A semantic style role: what a piece of the screen *is*, never what colour it has.
///
/// Views draw with roles; a ``Theme`` maps each role to a ``Style``. The raw values are the keys
/// used in theme files (`"rail.active" = { fg = "black", bg = "yellow" }`).
///
/// A role that a theme does not define takes its style from its ``parent``: the role named by
/// dropping the last dotted part (`border.focus` → `border`), or ``normal``.
public enum Role: String, CaseIterable, Hashable, Sendable, Comparable {
    // Text
    case normal
    case title
    case heading
    /// Letters three rows high (follow mode's stage, a presentation's titles): a heading without
    /// the underline a theme may give headings, which would stripe each row of the letters.
    case headingLarge = "heading.large"
    case muted
    case hint
    case info
    case ok
    case warning
    case error
    case disabled
    case selection
    case key
    case link
    // Frames
    case border
    case borderFocus = "border.focus"
    case scrollbar
    // Stage rail
    case rail
    case railActive = "rail.active"
    case railDone = "rail.done"
    case railPartial = "rail.partial"
    // Tabs
    case tab
    case tabActive = "tab.active"
    // Tables
    case tableHeader = "table.header"
    case tableSelected = "table.selected"
    case tableRowAlt = "table.row.alt"
    // Forms
    case fieldLabel = "field.label"
    case fieldValue = "field.value"
    case fieldFocus = "field.focus"
    case fieldError = "field.error"
    case fieldPlaceholder = "field.placeholder"
    // Status line
    case status
    case statusWarning = "status.warning"
    case statusError = "status.error"
    case statusOK = "status.ok"
    // Dialogs
    case dialog
    case dialogTitle = "dialog.title"
    case dialogBorder = "dialog.border"
    // Coverage heat map, from no coverage to full coverage
    case coverageNone = "coverage.none"
    case coverageLow = "coverage.low"
    case coveragePartial = "coverage.partial"
    case coverageHigh = "coverage.high"
    case coverageFull = "coverage.full"
    // Charts and gauges
    case chartBar1 = "chart.bar1"
    case chartBar2 = "chart.bar2"
    case chartBar3 = "chart.bar3"
    case chartBar4 = "chart.bar4"
    case chartBar5 = "chart.bar5"
    case chartBar6 = "chart.bar6"
    case gaugeFill = "gauge.fill"
    case gaugeEmpty = "gauge.empty"
    // Gantt timetable
    case ganttBar = "gantt.bar"
    case ganttCritical = "gantt.critical"
    case ganttFloat = "gantt.float"
    case ganttMilestone = "gantt.milestone"
    case ganttToday = "gantt.today"
    // Search
    case searchMatch = "search.match"

    /// The role this one falls back to when a theme leaves it (or one of its fields) undefined:
    /// the nearest dotted prefix that is itself a role, else ``normal``. `normal` has no parent.
    public var parent: Role? {
        if self == .normal { return nil }
        var name = Substring(rawValue)
        while let dot = name.lastIndex(of: ".") {
            name = name[..<dot]
            if let role = Role(rawValue: String(name)) { return role }
        }
        return .normal
    }

    /// The chart series roles in order, for widgets that colour series 1…6.
    public static let chartSeries: [Role] = [.chartBar1, .chartBar2, .chartBar3, .chartBar4, .chartBar5, .chartBar6]

    /// The coverage bands from none to full, for heat maps.
    public static let coverageBands: [Role] = [.coverageNone, .coverageLow, .coveragePartial, .coverageHigh, .coverageFull]

    public static func < (lhs: Role, rhs: Role) -> Bool {
        lhs.order < rhs.order
    }

    private var order: Int { Role.allCases.firstIndex(of: self) ?? 0 }
}

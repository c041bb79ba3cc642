/// How a table's columns share a width: every priority-1 column always shows (they identify a row),
/// narrowed down to its minimum when room is short; lower priorities show only where they fit at
/// their own width; spare room goes to the flexible columns. Text that does not fit its cell is cut
/// with an ellipsis by the view.
enum ColumnFit {
    struct Demand {
        var width: Int
        var minimum: Int
        var flexible: Bool
        var priority: Int
        var shrinks: Bool

        init(width: Int, minimum: Int, flexible: Bool, priority: Int, shrinks: Bool) {
            self.width = width
            self.minimum = min(width, minimum)
            self.flexible = flexible
            self.priority = priority
            self.shrinks = shrinks
        }

        init(_ column: TableColumn) {
            self.init(width: column.width, minimum: column.minimum, flexible: column.flexible,
                      priority: column.priority, shrinks: column.alignment == .left)
        }
    }

    /// The narrowest a column ever gets when nothing else can give way.
    static let floor = 4

    static func fit(_ columns: [Demand], width: Int) -> [(Int, Int)] {
        guard !columns.isEmpty, width > 0 else { return [] }
        var chosen = columns.indices.filter { columns[$0].priority <= 1 }
        if chosen.isEmpty, let first = columns.indices.min(by: { columns[$0].priority < columns[$1].priority }) {
            chosen = [first]
        }
        func total(_ slots: [Int]) -> Int { slots.reduce(0) { $0 + columns[$1].width } + 2 * max(0, slots.count - 1) }
        for priority in 2...3 {
            for index in columns.indices where columns[index].priority == priority {
                if total(chosen + [index]) <= width { chosen.append(index) }
            }
        }
        chosen.sort()
        var widths = chosen.map { columns[$0].width }
        var excess = total(chosen) - width
        if excess > 0 {
            // First the flexible columns give way, down to their minimum, then any text column.
            excess = shrink(&widths, by: excess, slots: chosen.indices.filter { columns[chosen[$0]].flexible },
                            to: { columns[chosen[$0]].minimum })
            let narrowed = widths
            excess = shrink(&widths, by: excess, slots: chosen.indices.filter { columns[chosen[$0]].shrinks },
                            to: { min(narrowed[$0], 8) })
            excess = shrink(&widths, by: excess, slots: Array(chosen.indices), to: { _ in floor })
        } else {
            var spare = -excess
            let flexible = chosen.indices.filter { columns[chosen[$0]].flexible }
            if !flexible.isEmpty {
                let share = spare / flexible.count
                for slot in flexible { widths[slot] += share }
                spare -= share * flexible.count
                if spare > 0 { widths[flexible.last!] += spare }
            }
        }
        return zip(chosen, widths).map { ($0, $1) }
    }

    /// Takes `excess` columns from `slots`, one at a time from the widest, none below its floor.
    /// Returns what could not be taken.
    private static func shrink(_ widths: inout [Int], by excess: Int, slots: [Int], to floor: (Int) -> Int) -> Int {
        var excess = excess
        while excess > 0 {
            guard let widest = slots.filter({ widths[$0] > floor($0) }).max(by: { widths[$0] < widths[$1] })
            else { break }
            widths[widest] -= 1
            excess -= 1
        }
        return excess
    }
}

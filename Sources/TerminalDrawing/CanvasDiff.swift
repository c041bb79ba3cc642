/// A horizontal run of cells that changed between two frames: what a terminal must redraw.
/// A run never starts on the right half of a wide character.
public struct CanvasRun: Hashable, Sendable {
    public let x: Int
    public let y: Int
    public let cells: [Cell]

    public init(x: Int, y: Int, cells: [Cell]) {
        self.x = x
        self.y = y
        self.cells = cells
    }

    /// The run's text (for tests and debugging).
    public var text: String { cells.map(\.text).joined() }
}

extension Canvas {
    /// The runs of cells that differ from `old`: every row whole when there is no old frame or its
    /// size differs, else only the changed cells, joined into maximal runs per row. A wide character
    /// and its continuation cell always change together.
    public func diff(from old: Canvas?) -> [CanvasRun] {
        guard let old, old.width == width, old.height == height else {
            return (0..<height).compactMap { row in
                width == 0 ? nil : CanvasRun(x: 0, y: row, cells: Array(cells[(row * width)..<((row + 1) * width)]))
            }
        }
        var runs: [CanvasRun] = []
        for row in 0..<height {
            let base = row * width
            var column = 0
            var start: Int? = nil
            while column < width {
                let i = base + column
                let span = (cells[i].width == 2 || old.cells[i].width == 2) && column + 1 < width ? 2 : 1
                var changed = false
                for k in 0..<span where cells[i + k] != old.cells[i + k] { changed = true }
                if changed {
                    if start == nil { start = column }
                } else if let s = start {
                    runs.append(CanvasRun(x: s, y: row, cells: Array(cells[(base + s)..<i])))
                    start = nil
                }
                column += span
            }
            if let s = start {
                runs.append(CanvasRun(x: s, y: row, cells: Array(cells[(base + s)..<(base + width)])))
            }
        }
        return runs
    }
}

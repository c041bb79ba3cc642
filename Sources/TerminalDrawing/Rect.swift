/// A cell position on a canvas or screen (column `x`, row `y`, from the top left).
public struct Point: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public init(x: Int, y: Int) { self.x = x; self.y = y }
}

/// A rectangle of cells. Widths and heights are never negative: helpers that would shrink a
/// rectangle past nothing return an empty one.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The column just right of the rectangle.
    public var maxX: Int { x + width }
    /// The row just below the rectangle.
    public var maxY: Int { y + height }
    /// True when it holds no cell.
    public var isEmpty: Bool { width == 0 || height == 0 }
    public var description: String { "(\(x),\(y) \(width)x\(height))" }

    /// Whether the cell (`px`, `py`) is inside.
    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }

    /// The shared part of two rectangles (empty when they do not overlap).
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x), top = max(y, other.y)
        return Rect(x: left, y: top, width: min(maxX, other.maxX) - left, height: min(maxY, other.maxY) - top)
    }

    /// The rectangle shrunk by `amount` on every side (1 = inside a box frame).
    public func inset(by amount: Int) -> Rect {
        inset(top: amount, left: amount, bottom: amount, right: amount)
    }

    /// The rectangle shrunk by `dx` columns left and right and `dy` rows top and bottom.
    public func inset(dx: Int, dy: Int) -> Rect {
        inset(top: dy, left: dx, bottom: dy, right: dx)
    }

    /// The rectangle shrunk by the given amounts on each side.
    public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        Rect(x: x + left, y: y + top, width: width - left - right, height: height - top - bottom)
    }

    /// The top `rows` rows (or all, if fewer).
    public func top(_ rows: Int) -> Rect { Rect(x: x, y: y, width: width, height: min(rows, height)) }
    /// The bottom `rows` rows.
    public func bottom(_ rows: Int) -> Rect {
        let h = min(rows, height)
        return Rect(x: x, y: maxY - h, width: width, height: h)
    }
    /// The left `columns` columns.
    public func left(_ columns: Int) -> Rect { Rect(x: x, y: y, width: min(columns, width), height: height) }
    /// The right `columns` columns.
    public func right(_ columns: Int) -> Rect {
        let w = min(columns, width)
        return Rect(x: maxX - w, y: y, width: w, height: height)
    }

    /// A `width`×`height` rectangle centred in this one (clipped to it), for dialogs.
    public func centered(width w: Int, height h: Int) -> Rect {
        let cw = min(w, width), ch = min(h, height)
        return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
    }

    /// Splits into side-by-side columns of the given sizes, left to right.
    public func columns(_ sizes: [Extent]) -> [Rect] {
        Extent.distribute(width, sizes).reduce(into: (x, [Rect]())) { state, size in
            state.1.append(Rect(x: state.0, y: y, width: size, height: height))
            state.0 += size
        }.1
    }

    /// Splits into stacked rows of the given sizes, top to bottom.
    public func rows(_ sizes: [Extent]) -> [Rect] {
        Extent.distribute(height, sizes).reduce(into: (y, [Rect]())) { state, size in
            state.1.append(Rect(x: x, y: state.0, width: width, height: size))
            state.0 += size
        }.1
    }
}

/// The size of one part when a ``Rect`` is split into columns or rows.
public enum Extent: Hashable, Sendable {
    /// Exactly this many cells (less if the space runs out).
    case fixed(Int)
    /// This percentage of the whole.
    case percent(Int)
    /// A share of what the fixed and percentage parts leave, by weight (`.fill(1)` takes an equal share).
    case fill(Int)

    /// A fill part with weight 1.
    public static let fill = Extent.fill(1)

    /// Sizes for `parts` in `total` cells: fixed and percentage parts first, in order, each capped by
    /// what is left; fill parts share the rest by weight, the remainder going to the first ones.
    static func distribute(_ total: Int, _ parts: [Extent]) -> [Int] {
        var left = max(0, total)
        var sizes = parts.map { part -> Int in
            let want: Int
            switch part {
            case .fixed(let n): want = max(0, n)
            case .percent(let p): want = max(0, total * p / 100)
            case .fill: return 0
            }
            let size = min(want, left)
            left -= size
            return size
        }
        let weights = parts.map { if case .fill(let w) = $0 { return max(0, w) } else { return 0 } }
        let totalWeight = weights.reduce(0, +)
        guard totalWeight > 0 else { return sizes }
        var given = 0
        for (i, w) in weights.enumerated() where w > 0 {
            sizes[i] = left * w / totalWeight
            given += sizes[i]
        }
        var remainder = left - given
        for i in weights.indices where weights[i] > 0 && remainder > 0 {
            sizes[i] += 1
            remainder -= 1
        }
        return sizes
    }
}

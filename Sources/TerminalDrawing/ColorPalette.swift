/// The xterm 256-colour palette as RGB, and nearest-colour search over it.
enum ColorPalette {
    /// The RGB of palette index `index` (xterm's defaults for 0…15, the 6×6×6 cube, the grey ramp).
    static func rgb(_ index: Int) -> (Int, Int, Int) {
        switch index {
        case 0..<16: return basic[index]
        case 16..<232:
            let i = index - 16
            return (cubeLevels[i / 36], cubeLevels[i / 6 % 6], cubeLevels[i % 6])
        default:
            let v = 8 + (index - 232) * 10
            return (v, v, v)
        }
    }

    /// The nearest index in the cube and grey ramp (16…255) to an RGB colour. Indexes 0…15 are left
    /// out: terminals let users redefine them, so only the upper palette means a fixed colour.
    static func nearest256(r: Int, g: Int, b: Int) -> Int {
        let cube = 16 + 36 * cubeStep(r) + 6 * cubeStep(g) + cubeStep(b)
        let average = (r + g + b) / 3
        let grey = average > 238 ? 255 : max(232, min(255, 232 + (average - 3) / 10))
        return distance(rgb(cube), (r, g, b)) <= distance(rgb(grey), (r, g, b)) ? cube : grey
    }

    /// The nearest of the first `count` palette colours (8 or 16) to palette colour `index`.
    /// A grey goes to the nearest grey (black, white and, with 16, their bright variants), so grey
    /// text never turns into a hue, nor into black on a dark screen unless it is nearly black.
    static func nearest(to index: Int, among count: Int) -> Int {
        let target = rgb(index)
        let isGrey = max(target.0, target.1, target.2) - min(target.0, target.1, target.2) < 24
        let candidates = isGrey ? [0, 7, 8, 15].filter { $0 < count } : Array(0..<count)
        return candidates.min { distance(rgb($0), target) < distance(rgb($1), target) } ?? 7
    }

    private static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// xterm's default values for 0…15, close to what most terminals show.
    private static let basic: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    private static func cubeStep(_ v: Int) -> Int {
        v < 48 ? 0 : v < 115 ? 1 : (v - 35) / 40
    }

    private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        return 2 * dr * dr + 4 * dg * dg + 3 * db * db
    }
}

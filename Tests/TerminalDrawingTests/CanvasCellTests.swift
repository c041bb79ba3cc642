import Testing
@testable import TerminalDrawing

/// Cells hold a grapheme as a code point or a cluster's number, and `put` places text whose code
/// points are all below U+0300 without grapheme breaking: both must give exactly the canvas the
/// grapheme-by-grapheme drawing gives, for any text.
@Suite("Canvas cells and the narrow-text path")
struct CanvasCellTests {
    /// The drawing of one line grapheme by grapheme, as `put` did before its narrow-text path: the reference.
    static func reference(_ text: String, x: Int, y: Int, role: Role, maxWidth: Int?, into canvas: inout Canvas) -> Int {
        guard y >= 0, y < canvas.height else { return 0 }
        let limit = min(maxWidth ?? Int.max, canvas.width - x)
        guard limit > 0 else { return 0 }
        let clean = canvas.glyphs.isUnicode ? TextSanitizer.sanitize(text) : TextSanitizer.asciiOnly(text)
        var used = 0
        for character in clean {
            let w = DisplayWidth.of(character)
            if w == 0 { continue }
            if used + w > limit {
                if used < limit { canvas.set(Cell(text: " ", width: 1, role: role), x: x + used, y: y); used += 1 }
                break
            }
            let column = x + used
            if column + w <= 0 {
            } else if column < 0 {
                canvas.set(Cell(text: " ", width: 1, role: role), x: 0, y: y)
            } else {
                canvas.set(Cell(text: String(character), width: w, role: role), x: column, y: y)
            }
            used += w
        }
        return used
    }

    /// Deterministic choices from a seed.
    struct Choices {
        var state: UInt64
        mutating func next(_ below: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(max(1, below)))
        }
    }

    static let pieces: [String] = [
        "a", "Z", " ", "7", "-", "é", "ç", "Ô", "ß", "ÿ", "Ł", "ǅ", "·", "\u{A0}", "\u{AD}", "e\u{301}", "\u{301}",
        "中", "文", "한", "ｱ", "😀", "👩‍🌾", "🇫🇷", "✓", "—", "…", "\t", "\n", "\r\n", "\u{7}", "\u{85}", "\u{202E}",
        "ê\u{323}", "\u{200D}", "☺\u{FE0F}", "ก\u{E31}",
    ]

    @Test("random texts: put gives the reference canvas", arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func putMatchesReference(seed: UInt64) {
        var random = Choices(state: seed)
        for glyphs in [Glyphs.unicode, Glyphs.ascii] {
            var canvas = Canvas(width: 24, height: 3, glyphs: glyphs)
            var expected = canvas
            for _ in 0..<400 {
                // Mostly narrow text (the fast path), some of it mixed with everything else.
                let narrow = random.next(2) == 0
                let text = (0..<random.next(12)).map { _ in
                    narrow ? Self.pieces[random.next(15)] : Self.pieces[random.next(Self.pieces.count)]
                }.joined()
                let x = random.next(30) - 4, y = random.next(4) - 1
                let maxWidth: Int? = random.next(3) == 0 ? nil : random.next(10)
                let role: Role = random.next(2) == 0 ? .normal : .heading
                if random.next(5) == 0 {
                    let clip = Rect(x: random.next(20), y: 0, width: random.next(20), height: 3)
                    let used = canvas.clipped(to: clip) { $0.put(text, x: x, y: y, role: role, maxWidth: maxWidth) }
                    let reference = expected.clipped(to: clip) {
                        Self.reference(text, x: x, y: y, role: role, maxWidth: maxWidth, into: &$0)
                    }
                    #expect(used == reference, "\(text.debugDescription) at \(x),\(y)")
                } else {
                    let used = canvas.put(text, x: x, y: y, role: role, maxWidth: maxWidth)
                    let reference = Self.reference(text, x: x, y: y, role: role, maxWidth: maxWidth, into: &expected)
                    #expect(used == reference, "\(text.debugDescription) at \(x),\(y)")
                }
                let same = canvas.cells == expected.cells
                #expect(same, "\(text.debugDescription) at \(x),\(y): \(canvas.lines) vs \(expected.lines)")
            }
        }
    }

    @Test("a cell gives back exactly the grapheme it was given")
    func cellTextRoundTrips() {
        for text in ["", " ", "a", "é", "e\u{301}", "ê\u{323}", "e\u{323}\u{302}", "中", "😀", "👩‍🌾", "🇫🇷", "☺\u{FE0F}",
                     "\u{FFFD}", "ก\u{E31}"] {
            let cell = Cell(text: text)
            #expect(cell.text.unicodeScalars.elementsEqual(text.unicodeScalars), "\(text.debugDescription)")
            var changed = Cell.blank()
            changed.text = text
            #expect(changed == cell)
        }
        // Canonically equivalent clusters are different cells: each is sent as it was put.
        #expect(Cell(text: "ê\u{323}") != Cell(text: "e\u{323}\u{302}"))
        #expect(Cell(text: "e\u{301}") == Cell(text: "e\u{301}"))
        #expect(Cell.continuation(.normal, []).text == "" && Cell.continuation(.normal, []).isContinuation)
        #expect(MemoryLayout<Cell>.stride == 8)
    }

    @Test("a placed strip is the row filled in a role with the strip's text put on it")
    func placeMatchesFillAndPut() {
        var random = Choices(state: 99)
        for _ in 0..<300 {
            let text = (0..<random.next(14)).map { _ in Self.pieces[random.next(Self.pieces.count)] }.joined()
            var scratch = Canvas(width: 16, height: 1)
            scratch.put(text, x: 1, y: 0)
            let strip = scratch.strip(y: 0, count: 16)
            // A canvas with something already there: wide characters across the strip's edges.
            var base = Canvas(width: 24, height: 2)
            base.put(String(repeating: "中", count: 12), x: random.next(2), y: 1)
            let clip = Rect(x: random.next(6), y: 0, width: 10 + random.next(14), height: 2)
            var placed = base, drawn = base
            placed.clipped(to: clip) { $0.place(strip, x: 3, y: 1, role: .selection) }
            drawn.clipped(to: clip) {
                $0.fill(Rect(x: 3, y: 1, width: 16, height: 1), role: .selection)
                $0.put(text, x: 4, y: 1, role: .selection, maxWidth: 15)
            }
            let same = placed.cells == drawn.cells
            #expect(same, "\(text.debugDescription) clip \(clip): \(placed.lines) vs \(drawn.lines)")
        }
    }
}

import Testing
@testable import TerminalDrawing

@Suite("Canvas diff")
struct TerminalDiffTests {
    @Test func noPreviousFrameMeansEveryRow() {
        let canvas = Canvas(width: 5, height: 3)
        let runs = canvas.diff(from: nil)
        #expect(runs.count == 3)
        #expect(runs.allSatisfy { $0.x == 0 && $0.cells.count == 5 })
    }

    @Test func identicalFramesNeedNothing() {
        var canvas = Canvas(width: 10, height: 3)
        canvas.put("Lesotho", x: 1, y: 1)
        #expect(canvas.diff(from: canvas).isEmpty)
    }

    @Test func oneChangedCellIsOneRunOfOneCell() {
        var old = Canvas(width: 80, height: 24)
        old.put("Foundations", x: 2, y: 3)
        var new = old
        new.put("f", x: 2, y: 3)
        let runs = new.diff(from: old)
        #expect(runs == [CanvasRun(x: 2, y: 3, cells: [Cell(text: "f")])])
    }

    @Test func roleChangeAloneIsAChange() {
        var old = Canvas(width: 10, height: 1)
        old.put("abc", x: 0, y: 0)
        var new = old
        new.setRole(.selection, in: Rect(x: 1, y: 0, width: 1, height: 1))
        #expect(new.diff(from: old).map { [$0.x, $0.cells.count] } == [[1, 1]])
    }

    @Test func separateChangesOnARowAreSeparateRuns() {
        let old = Canvas(width: 10, height: 2)
        var new = old
        new.put("ab", x: 1, y: 0)
        new.put("c", x: 6, y: 0)
        new.put("d", x: 9, y: 1)
        let runs = new.diff(from: old)
        #expect(runs.map { "\($0.x),\($0.y):\($0.text)" } == ["1,0:ab", "6,0:c", "9,1:d"])
    }

    @Test func wideCharacterChangesTogetherWithItsContinuation() {
        var old = Canvas(width: 6, height: 1)
        old.put("ab中", x: 0, y: 0)
        var new = old
        new.put("x", x: 3, y: 0)  // cuts 中 in half: both of its cells change
        let runs = new.diff(from: old)
        #expect(runs.count == 1)
        #expect(runs[0].x == 2)
        #expect(runs[0].text == " x")
        var wider = old
        wider.put("文", x: 2, y: 0)
        let replaced = wider.diff(from: old)
        #expect(replaced.map(\.x) == [2])
        #expect(replaced[0].cells.count == 2)
        #expect(!replaced[0].cells[0].isContinuation)
    }

    @Test func sizeChangeRedrawsEverything() {
        let old = Canvas(width: 10, height: 2)
        let new = Canvas(width: 12, height: 2)
        #expect(new.diff(from: old).count == 2)
    }
}

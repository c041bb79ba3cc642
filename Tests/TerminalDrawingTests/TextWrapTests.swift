import Testing
@testable import TerminalDrawing

@Suite struct TextWrapTests {
    @Test func wordsWrapAtSpacesAndLongWordsAreCutAtTheWidth() {
        #expect(TextWrap.lines("the quick brown fox", width: 9) == ["the quick", "brown fox"])
        #expect(TextWrap.lines("a abcdefghij b", width: 4) == ["a", "abcd", "efgh", "ij b"])
        #expect(TextWrap.lines("日本語テキスト", width: 5) == ["日本", "語テ", "キス", "ト"])
        #expect(TextWrap.lines("one\n\ntwo", width: 10) == ["one", "", "two"])
        #expect(TextWrap.lines("日", width: 1) == ["日"], "a character wider than the line still gets one")
        #expect(TextWrap.lines("x", width: 0).isEmpty)
    }

    /// Found by the fuzzer (issue 15): a scheme id of 750,000 characters froze the findings list,
    /// because a long word was measured again for every line cut from it. Now it is one pass.
    @Test(.timeLimit(.minutes(1)))
    func aVeryLongWordIsCutInOnePass() {
        let word = String(repeating: "ab\u{301}", count: 100_000)
        let lines = TextWrap.lines("id " + word + " end", width: 80)
        #expect(lines.count == 2 + 200_000 / 80)
        #expect(lines.first == "id")
        #expect(lines.dropFirst().dropLast().allSatisfy { DisplayWidth.of($0) == 80 })
        #expect(lines.last == "end")
    }
}

import Testing
@testable import PlanStore

/// The scanner that says where a plan.json stops being JSON: objects and lists share the reading of their
/// members, and each still names what it was reading when the separator is wrong.
@Suite struct JSONScannerTests {
    static func error(_ text: String) -> JSONScanner.SyntaxError? { JSONScanner.firstError(in: Array(text.utf8)) }

    @Test func aMissingCommaNamesTheFieldOrTheItem() {
        #expect(Self.error(#"{"a": 1 "b": 2}"#)?.message.hasPrefix(#"expected ',' or '}' after the value of "a", found"#) == true)
        #expect(Self.error("[1, 2 3]")?.message.hasPrefix("expected ',' or ']' after item 2 of a list, found") == true)
        #expect(Self.error(#"{"a": [1, {"b": true} false]}"#)?.message.hasPrefix("expected ',' or ']' after item 2 of a list") == true)
    }

    @Test func emptyAndNestedContainersAreValid() {
        for valid in ["{}", "[]", #"{"a": [], "b": {}, "c": [[], [{}]]}"#, " [ 1 , 2 ] ", #"{ "a" : { } }"#] {
            #expect(Self.error(valid) == nil, "\(valid)")
        }
        #expect(Self.error("[1, 2")?.endOfInput == true)
    }

    @Test func pathsAndDuplicatesStillFollowTheMembers() {
        let text = Array(#"{"a": [10, {"b": 1, "b": 2}]}"#.utf8)
        #expect(JSONScanner.offset(of: [.key("a"), .index(1), .key("b")], in: text) == 17)
        #expect(JSONScanner.firstDuplicateKey(in: text)?.path == [.key("a"), .index(1), .key("b")])
    }
}

import Foundation
import Testing
@testable import Workbench

/// README.md's and docs/KEYS.md's key tables are the keymap written out: a key added, moved or
/// described anew in the keymap fails here until they are regenerated (SOCLE_UPDATE_GOLDEN=1).
struct KeyDocsTests {
    static let begin = "<!-- keys: generated from the keymap by KeyDocsTests; SOCLE_UPDATE_GOLDEN=1 swift test --filter KeyDocsTests -->"
    static let end = "<!-- keys: end -->"

    @Test func readmeListsTheMainScreensKeys() throws {
        try check("README.md", KeyReference.markdown(contexts: KeyReference.mainContexts))
    }

    @Test func keysGuideListsEveryContext() throws {
        try check("docs/KEYS.md", KeyReference.markdown(contexts: KeyContext.allCases, headingLevel: 3))
    }

    /// The text between the markers must be `expected`; rewritten when SOCLE_UPDATE_GOLDEN=1.
    private func check(_ path: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = packageRoot().appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let start = text.range(of: Self.begin), let stop = text.range(of: Self.end, range: start.upperBound..<text.endIndex) else {
            Issue.record("\(path) has no key table markers:\n\(Self.begin)\n\(Self.end)", sourceLocation: sourceLocation)
            return
        }
        let generated = "\n" + expected
        let current = String(text[start.upperBound..<stop.lowerBound])
        if ProcessInfo.processInfo.environment["SOCLE_UPDATE_GOLDEN"] == "1" {
            try (text[..<start.upperBound] + generated + text[stop.lowerBound...]).write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(current == generated, "\(path)'s key table is not the keymap's; SOCLE_UPDATE_GOLDEN=1 swift test --filter KeyDocsTests rewrites it. Expected:\n\(expected)",
                sourceLocation: sourceLocation)
    }
}

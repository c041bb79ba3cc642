import Foundation
import Testing

/// The `embed-files` build tool (run by the EmbedFiles plugin) on awkward texts: the generated
/// Swift must compile and give back every file byte for byte.
@Suite("embedding data files")
struct EmbedFilesTests {
    @Test("texts with quotes, #s, backslashes, interpolation look-alikes, CRLF, control characters or no final newline come back byte for byte")
    func awkwardTextsRoundTrip() throws {
        let tool = try URL(fileURLWithPath: SocleBinary.path()).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("embed-files-tool").path
        try #require(FileManager.default.isExecutableFile(atPath: tool), "no embed-files tool at \(tool)")
        let swiftc = try #require(Isolation.program("swiftc"), "swiftc is not on the PATH")
        let sandbox = try Sandbox(copyExample: false)
        let data = sandbox.root.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let texts: [String: String] = [
            "quotes.txt": "a \"\"\"# b \\(x) \\#(y) \"##\nline\twith tab\n",
            "hashes.txt": "no newline at the end ##\"\"\"##",
            "crlf.txt": "one\r\ntwo\r\n\u{1}\u{7F}",
            "empty.txt": "",
            "sub/names.toml": "name = \"Côte d'Ivoire · São Tomé\"\n\n\n",
        ]
        for (name, text) in texts { try Data(text.utf8).write(to: data.appendingPathComponent(name)) }
        let generated = sandbox.root.appendingPathComponent("EmbeddedFiles.swift")
        let embedded = try runProgram(tool, [generated.path, data.path] + texts.keys.sorted().map { data.appendingPathComponent($0).path },
                                      environment: sandbox.environment)
        try #require(embedded.status == 0, "embed-files failed: \(embedded.err)")
        let main = sandbox.root.appendingPathComponent("main.swift")
        try Data("""
            for (name, text) in EmbeddedFiles.texts.sorted(by: { $0.key < $1.key }) {
                print(name, Array(text.utf8))
            }
            """.utf8).write(to: main)
        let program = sandbox.root.appendingPathComponent("check").path
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = sandbox.root.path
        let compiled = try runProgram(swiftc, [generated.path, main.path, "-o", program], environment: environment)
        try #require(compiled.status == 0, "the generated Swift does not compile:\n\(compiled.err)")
        let expected = texts.sorted { $0.key < $1.key }.map { "\($0.key) \(Array($0.value.utf8))\n" }.joined()
        #expect(try runProgram(program, [], environment: sandbox.environment).out == expected)
    }
}

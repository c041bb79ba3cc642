import Foundation
import Testing
@testable import PlanDomain

/// The hash under every approval fingerprint: FIPS 180-4 test vectors, and every length around the
/// block and padding boundaries against the system's `sha256sum`.
@Suite("SHA-256")
struct SHA256Tests {
    @Test("FIPS 180-4 vectors")
    func vectors() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("lengths around the 64-byte blocks, against sha256sum",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sha256sum")))
    func lengths() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("socle-sha-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let lengths = Array(0...130) + [191, 192, 193, 1_000, 4_095, 4_096, 65_537]
        var files: [URL] = []
        var ours: [String] = []
        for length in lengths {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ length) }
            let file = folder.appendingPathComponent("\(length)")
            try Data(bytes).write(to: file)
            files.append(file)
            ours.append(SHA256.hex(bytes))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = files.map(\.path)
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let theirs = output.split(separator: "\n").map { String($0.prefix(64)) }
        #expect(theirs.count == lengths.count)
        for (index, length) in lengths.enumerated() where index < theirs.count {
            #expect(ours[index] == theirs[index], "length \(length)")
        }
    }

    /// A hash under way fed in parts of every size, and resumed from a copy of its state (a midstate),
    /// gives the digest of the whole.
    @Test("fed in parts, and resumed from a copy of the state")
    func parts() {
        var random = LookupTests.Random(state: 5)
        for length in [0, 1, 55, 56, 63, 64, 65, 127, 128, 129, 1_000, 5_000] {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ length) }
            let whole = SHA256.hex(bytes)
            var state = SHA256.State()
            var offset = 0
            var midstates: [(Int, SHA256.State)] = []
            while offset < length {
                let size = min(length - offset, [1, 3, 63, 64, 65, 200][random.next(6)])
                midstates.append((offset, state))
                state.feed(Array(bytes[offset..<offset + size]))
                offset += size
            }
            #expect(state.hex() == whole, "length \(length)")
            #expect(state.length == length)
            for (at, midstate) in midstates {
                var resumed = midstate
                resumed.feed(Array(bytes[at...]))
                #expect(resumed.hex() == whole, "length \(length) resumed at \(at)")
            }
        }
    }
}

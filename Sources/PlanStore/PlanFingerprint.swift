import Foundation

/// What the journal records of a plan.json, to tell one version from another: its size in bytes
/// and its 64-bit FNV-1a hash, written `"<size>:<16 hex digits>"`. It detects whether a save
/// landed, not tampering: it is not a cryptographic hash.
enum PlanFingerprint {
    static func of(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { buffer in
            for byte in buffer {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
        }
        let hex = String(hash, radix: 16)
        return "\(data.count):" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}

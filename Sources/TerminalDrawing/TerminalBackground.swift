import Foundation

/// Whether the terminal's background is dark or light, so that a session with no theme set starts
/// with one readable on it (`default` on dark, `light` on light). Pure parsing and deciding; the
/// socle program does the asking: `COLORFGBG` first, else an OSC 11 query (`ESC ] 11 ; ? BEL`).
public enum TerminalBackground: String, Sendable, Equatable {
    case dark, light

    /// The shipped theme for this background.
    public var themeName: String { self == .dark ? "default" : "light" }

    /// From `COLORFGBG` ("15;0", "0;15", "12;default;7", as rxvt, Konsole and others set it): the
    /// last field is the background's colour index; 0–6 and 8 are dark, 7 and 9–15 light.
    public init?(colorFGBG: String) {
        guard let last = colorFGBG.split(separator: ";").last, let index = Int(last), (0...15).contains(index) else {
            return nil
        }
        self = (0...6).contains(index) || index == 8 ? .dark : .light
    }

    /// From a terminal's answer to OSC 11: `ESC ] 11 ; rgb:RRRR/GGGG/BBBB` ended by BEL or ST (each
    /// channel 1 to 4 hex digits), possibly with other bytes around it. Light when the colour's
    /// relative luminance is above 0.179, where black text starts to contrast more than white.
    public init?(osc11Reply reply: [UInt8]) {
        let text = String(decoding: reply, as: UTF8.self)
        guard let start = text.range(of: "]11;rgb:") else { return nil }
        let body = text[start.upperBound...].prefix { $0.isHexDigit || $0 == "/" }
        let channels = body.split(separator: "/", omittingEmptySubsequences: false)
        guard channels.count == 3 else { return nil }
        var values: [Double] = []
        for channel in channels {
            guard (1...4).contains(channel.count), let value = Int(channel, radix: 16) else { return nil }
            values.append(Double(value) / Double((1 << (4 * channel.count)) - 1))
        }
        self = Self.luminance(values[0], values[1], values[2]) > 0.179 ? .light : .dark
    }

    /// WCAG relative luminance of an sRGB colour with channels from 0 to 1.
    static func luminance(_ r: Double, _ g: Double, _ b: Double) -> Double {
        func linear(_ c: Double) -> Double { c <= 0.039_28 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    }

    /// The query to send, and the Device Attributes request after it: every terminal answers DA1,
    /// in order, so its answer marks the end of what to read (no OSC 11 answer came if it comes first).
    public static let query: [UInt8] = Array("\u{1B}]11;?\u{07}\u{1B}[c".utf8)

    /// Whether `bytes` read so far hold the end of the DA1 answer (`ESC [ ? … c`).
    public static func isComplete(_ bytes: [UInt8]) -> Bool {
        guard let start = findDA1(bytes) else { return false }
        return bytes[start...].contains(UInt8(ascii: "c"))
    }

    private static func findDA1(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 3 else { return nil }
        for i in 0..<(bytes.count - 2) where bytes[i] == 0x1B && bytes[i + 1] == UInt8(ascii: "[") && bytes[i + 2] == UInt8(ascii: "?") {
            return i
        }
        return nil
    }

    /// The theme to start with: the one asked for (`--theme`, then config.toml), else the one for the
    /// detected background, else `default`.
    public static func theme(requested: String?, configured: String?, detected: TerminalBackground?) -> String {
        requested ?? configured ?? detected?.themeName ?? "default"
    }
}

import Foundation

/// A chart drawn as a self-contained SVG image, sized in points (1/72 inch), so it prints at the
/// same size in a browser, in Word and in LibreOffice.
public protocol SVGChart {
    var width: Double { get }
    var height: Double { get }
    var svg: String { get }
}

/// Builds SVG text: shapes and text with everything escaped, numbers written with a point.
struct SVGCanvas {
    let width: Double
    let height: Double
    private(set) var body = ""
    static let font = "Liberation Sans, Arial, Helvetica, sans-serif"

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    var text: String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))pt\" height=\"\(f(height))pt\" "
            + "viewBox=\"0 0 \(f(width)) \(f(height))\" font-family=\"\(SVGCanvas.font)\">"
            + "<rect width=\"\(f(width))\" height=\"\(f(height))\" fill=\"#ffffff\"/>" + body + "</svg>"
    }

    mutating func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, fill: String, stroke: String? = nil,
                       title: String? = nil) {
        body += "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(max(w, 0)))\" height=\"\(f(max(h, 0)))\" fill=\"\(fill)\""
        if let stroke { body += " stroke=\"\(stroke)\" stroke-width=\"0.5\"" }
        body += title.map { "><title>\(SVGCanvas.escape($0))</title></rect>" } ?? "/>"
    }

    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 0.5,
                       dash: String? = nil) {
        body += "<line x1=\"\(f(x1))\" y1=\"\(f(y1))\" x2=\"\(f(x2))\" y2=\"\(f(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(f(width))\""
            + (dash.map { " stroke-dasharray=\"\($0)\"" } ?? "") + "/>"
    }

    mutating func polygon(_ points: [(Double, Double)], fill: String) {
        body += "<polygon points=\"" + points.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ") + "\" fill=\"\(fill)\"/>"
    }

    enum Anchor: String { case start, middle, end }

    mutating func text(_ x: Double, _ y: Double, _ content: String, size: Double = 8, anchor: Anchor = .start,
                       bold: Bool = false, fill: String = "#222222", rotate: Double? = nil) {
        body += "<text x=\"\(f(x))\" y=\"\(f(y))\" font-size=\"\(f(size))\" text-anchor=\"\(anchor.rawValue)\" fill=\"\(fill)\""
            + (bold ? " font-weight=\"bold\"" : "")
            + (rotate.map { " transform=\"rotate(\(f($0)) \(f(x)) \(f(y)))\"" } ?? "")
            + ">\(SVGCanvas.escape(content))</text>"
    }

    /// The width `text` takes at `size`, roughly (a generous average advance, so sans-serif fallbacks fit too).
    static func textWidth(_ text: String, size: Double) -> Double { Double(text.count) * size * 0.6 }

    /// `text` cut to fit `width` at `size`, with an ellipsis.
    static func fit(_ text: String, width: Double, size: Double) -> String {
        let most = Int(width / (size * 0.6))
        guard text.count > most, most > 1 else { return text }
        return String(text.prefix(most - 1)).trimmingCharacters(in: .whitespaces) + "…"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case _ where scalar.value < 0x20 && scalar != "\n" && scalar != "\t": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private func f(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

/// Colours that print well and stay apart in greyscale.
enum ChartPalette {
    static let series = ["#1f4e79", "#e07b39", "#4f9d69", "#c4453c", "#8064a2", "#d4a72c", "#3a9ac9", "#8c564b",
                         "#7f7f7f", "#b5cf6b"]
    static func color(_ index: Int) -> String { series[index % series.count] }
    static let axis = "#666666"
    static let grid = "#dddddd"
    static let ceiling = "#c00000"
    static let critical = "#c00000"
    static let normal = "#1f4e79"
}

/// Round steps for an axis from 0 to at least `maximum`: 0, 0.5, 1.0...
func axisTicks(maximum: Double, count: Int = 5) -> [Double] {
    guard maximum > 0, maximum.isFinite else { return [0, 1] }
    let raw = maximum / Double(count)
    let magnitude = pow(10, floor(log10(raw)))
    let step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? raw
    var ticks: [Double] = []
    var value = 0.0
    while value < maximum + step * 0.999 {
        ticks.append(value)
        value += step
    }
    return ticks
}

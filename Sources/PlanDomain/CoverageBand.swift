/// How well a cell of the coverage matrix is covered, from none to full.
///
/// A computed or assessed percentage falls in a band by these limits:
/// - none: 0% (or no scheme at all)
/// - low: above 0% and below 33%
/// - partial: 33% to below 67% (about a third to two thirds)
/// - high: 67% to below 90%
/// - full: 90% and over
///
/// An assessor's rating maps to the band of the same name; `notApplicable` has no band.
public enum CoverageBand: String, Codable, CaseIterable, Sendable, Comparable {
    case none, low, partial, high, full

    /// The lowest percentage of each band above none.
    public static let partialFrom = 33.0
    public static let highFrom = 67.0
    public static let fullFrom = 90.0

    public init(percent: Double) {
        switch percent {
        case ...0: self = .none
        case ..<Self.partialFrom: self = .low
        case ..<Self.highFrom: self = .partial
        case ..<Self.fullFrom: self = .high
        default: self = .full
        }
    }

    /// The band an assessor's rating stands for (the band of the same name); nil for a cell rated
    /// not applicable.
    public init?(rating: CoverageRating) {
        self.init(rawValue: rating.rawValue)
    }

    /// The same words as the rating of the same name.
    public var label: String { CoverageRating(rawValue: rawValue)!.label }

    /// One letter per band, for text tables: N L P H F.
    public var letter: Character {
        switch self {
        case .none: "N"
        case .low: "L"
        case .partial: "P"
        case .high: "H"
        case .full: "F"
        }
    }

    /// The percentages the band holds, as words for a legend ("33% to below 67%").
    public var range: String {
        switch self {
        case .none: "0%"
        case .low: "below \(Int(Self.partialFrom))%"
        case .partial: "\(Int(Self.partialFrom))% to below \(Int(Self.highFrom))%"
        case .high: "\(Int(Self.highFrom))% to below \(Int(Self.fullFrom))%"
        case .full: "\(Int(Self.fullFrom))% and over"
        }
    }

    /// The percentage the band stays below (100 for full): a rating given without a figure is
    /// below a threshold only when its whole band is.
    public var upperLimit: Double {
        switch self {
        case .none: 0
        case .low: Self.partialFrom
        case .partial: Self.highFrom
        case .high: Self.fullFrom
        case .full: 100
        }
    }

    public static func < (a: CoverageBand, b: CoverageBand) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

extension Contingency {
    /// The name in at most 12 columns, for matrix rows.
    public var shortLabel: String {
        switch self {
        case .employmentInjury: "Empl. injury"
        case .family: "Family"
        default: label
        }
    }

    /// The name in at most 7 columns, for matrix headings.
    public var abbreviation: String {
        switch self {
        case .medicalCare: "Medical"
        case .sickness: "Sickn."
        case .unemployment: "Unempl."
        case .oldAge: "Old age"
        case .employmentInjury: "Injury"
        case .family: "Family"
        case .maternity: "Matern."
        case .invalidity: "Invalid"
        case .survivors: "Surviv."
        }
    }
}

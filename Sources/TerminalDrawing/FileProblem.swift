/// Where in a file the user wrote (a theme, config.toml) a problem is: the file's path, and its
/// 1-based line and column when known.
public struct FilePlace: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// "/home/ana/.config/socle/themes/room.toml:12:5", as compilers write places.
    public var description: String { named(file) }

    /// The place with the file's folder left out ("room.toml:12"), so the line and the problem fit on
    /// an 80-column status line.
    public var short: String { named(String(file.split(separator: "/", omittingEmptySubsequences: false).last ?? "")) }

    private func named(_ name: String) -> String {
        var place = name
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        return place
    }
}

/// An error about a place in a file the user wrote: ``ThemeError``, and the CLI's config errors.
public protocol FileProblem: Error, CustomStringConvertible {
    var place: FilePlace { get }
    /// What is wrong, without the place: `role "rail.active": unknown colour "yelow"`.
    var whatIsWrong: String { get }
}

extension FileProblem {
    /// `file:line:column: message`, for stderr.
    public var description: String { "\(place): \(whatIsWrong)" }

    /// The same with the file's folder left out, for a notice on the screen: `room.toml:12: ...`.
    public var shortDescription: String { "\(place.short): \(whatIsWrong)" }
}

extension String {
    /// Line breaks shown as spaces, for one-line cells.
    public var replacingNewlines: String {
        String(map { $0.isNewline ? " " : $0 })
    }

    /// Without the spaces a padded line ends with.
    public var trimmingTrailingSpaces: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}

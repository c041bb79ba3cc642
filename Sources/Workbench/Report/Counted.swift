/// "1 warning", "14 warnings": a count with its noun, in the singular for one.
public func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}

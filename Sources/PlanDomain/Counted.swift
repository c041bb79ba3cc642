/// A count and its noun in agreement: `counted(1, "warning")` is "1 warning", `counted(3, "warning")`
/// "3 warnings", `counted(2, "activity")` "2 activities". Every message that prints a count goes
/// through it, so none says "1 warnings".
public func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) " + (count == 1 ? singular : plural ?? pluralOf(singular))
}

/// The regular English plural of a noun: "activity" -> "activities", "process" -> "processes",
/// "day" -> "days", "warning" -> "warnings". Irregular nouns pass their plural to `counted`.
public func pluralOf(_ noun: String) -> String {
    let lower = noun.lowercased()
    if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) {
        return noun.dropLast() + "ies"
    }
    if ["s", "x", "z", "ch", "sh"].contains(where: { lower.hasSuffix($0) }) { return noun + "es" }
    return noun + "s"
}

/// A count and its noun in agreement: `counted(1, "warning")` is "1 warning", `counted(3, "warning")`
/// "3 warnings", `counted(2, "activity", "activities")` "2 activities". Every message that prints a
/// count goes through it, so none says "1 warnings".
public func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
}

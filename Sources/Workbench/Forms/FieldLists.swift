import PlanDomain
import PlanFormat

/// Parsing and formatting of activity dependencies (ids, types and lags).
extension FieldText {
    /// Each entry: an activity id, then optionally SS (start-to-start) or FS, then a lag such as +5d or -2w.
    static func dependencies(_ text: String) -> Result<[Dependency], FieldError> {
        var list: [Dependency] = []
        for entry in text.split(whereSeparator: { $0 == ";" || $0 == "," }) {
            let words = entry.split(separator: " ").map(String.init)
            guard let id = words.first else { continue }
            var dependency = Dependency(activityId: id)
            for word in words.dropFirst() {
                switch word.uppercased() {
                case "SS": dependency.type = .startToStart
                case "FS": dependency.type = .finishToStart
                default:
                    let sign = word.hasPrefix("-") ? -1 : 1
                    let body = word.hasPrefix("-") || word.hasPrefix("+") ? String(word.dropFirst()) : word
                    guard case .success(let days) = Figures.readDuration(body) else {
                        return .failure(.invalid("write " + FieldFormat.dependencies))
                    }
                    dependency.lagDays = sign * days
                }
            }
            list.append(dependency)
        }
        return .success(list)
    }

    static func formatDependencies(_ list: [Dependency]) -> String {
        list.map { dependency in
            var text = dependency.activityId
            if dependency.type == .startToStart { text += " SS" }
            if dependency.lagDays != 0 { text += " " + Figures.lag(dependency.lagDays) }
            return text
        }.joined(separator: "; ")
    }
}

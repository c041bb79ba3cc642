import PlanDomain

/// Parsing and formatting of the list-valued fields: persons per group and activity dependencies.
extension FieldText {
    static func groupCounts(_ text: String, _ numbers: NumberConvention) -> Result<[GroupCount], FieldError> {
        var counts: [GroupCount] = []
        for entry in text.split(separator: ";") where !entry.trimmingCharacters(in: .whitespaces).isEmpty {
            let sides = entry.split(separator: ":", maxSplits: 1)
            let id = sides.first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            guard sides.count == 2, !id.isEmpty else {
                return .failure(.invalid("write " + FieldFormat.groupCounts(numbers)))
            }
            switch number(sides[1].trimmingCharacters(in: .whitespaces), numbers) {
            case .success(let value): counts.append(GroupCount(groupId: id, count: value))
            case .failure(let error): return .failure(error)
            }
        }
        return .success(counts)
    }

    static func formatGroupCounts(_ counts: [GroupCount], _ numbers: NumberConvention) -> String {
        counts.map { "\($0.groupId): \(numbers.format($0.count))" }.joined(separator: "; ")
    }

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
                    guard case .success(let days) = FieldText.days(body) else {
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
            if dependency.lagDays != 0 { text += dependency.lagDays > 0 ? " +\(dependency.lagDays)d" : " \(dependency.lagDays)d" }
            return text
        }.joined(separator: "; ")
    }
}

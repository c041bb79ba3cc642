import Foundation
import PlanDomain
import PlanStore

/// One fuzz input, made deterministically from a seed and an index: a plan.json that is one of
/// the corpus plans with one to three mutations, and the names of the mutations.
struct FuzzInput {
    var data: Data
    var mutations: [String]

    static func make(seed: UInt64, index: Int, corpus: FuzzCorpus) -> FuzzInput {
        var random = SplitMix(seed: seed &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03)
        _ = random.next()
        let seed = corpus.pick(&random)
        var bytes = [UInt8](corpus.seeds[seed])
        var tokens: JSONTokens? = corpus.tokens[seed]
        var names: [String] = []
        for _ in 0..<(1 + random.int(3) / 2 + (random.int(4) == 0 ? 1 : 0)) {
            let mutation = Mutation.allCases[random.int(Mutation.allCases.count)]
            names.append(mutation.rawValue)
            bytes = mutation.apply(to: bytes, tokens: tokens ?? JSONTokens(bytes), random: &random)
            tokens = nil
        }
        return FuzzInput(data: Data(bytes), mutations: names)
    }
}

/// The ways an input is damaged. Most work on the text as JSON tokens, so that they reach past
/// the JSON parser into the plan's fields; the domain ones (cycles, duplicate ids, dangling
/// references) decode the plan, change it, and encode it again.
enum Mutation: String, CaseIterable {
    case byteFlip, truncate, typeSwap, extremeNumber, extremeYear, extremeNumberEverywhere, deepNesting, hugeString,
         invalidUTF8, duplicateKey, duplicateID, danglingReference, dependencyCycle, controlCharacters,
         deleteSpan, swapSpans

    static let extremes = ["-9223372036854775808", "9223372036854775807", "-4611686018427387904", "1000000000000000",
                           "-1000000000000000", "1e308", "-1e308", "1e999", "-0", "0", "-1", "99999999", "100000",
                           "9007199254740993", "1.5", "4.9e-324", "18446744073709551616", "2200", "1899"]

    func apply(to bytes: [UInt8], tokens: @autoclosure () -> JSONTokens, random: inout SplitMix) -> [UInt8] {
        guard !bytes.isEmpty else { return bytes }
        var found: JSONTokens?
        func tok() -> JSONTokens {
            if found == nil { found = tokens() }
            return found!
        }
        switch self {
        case .byteFlip:
            var result = bytes
            for _ in 0..<(1 + random.int(8)) { result[random.int(result.count)] ^= UInt8(1 << random.int(8)) }
            return result
        case .truncate:
            return Array(bytes.prefix(random.int(bytes.count)))
        case .typeSwap:
            let replacements = ["\"text\"", "0", "true", "null", "[]", "{}", "[1,2]", "{\"a\":1}", "\"\""]
            guard let span = tok().randomValue(&random) else { return bytes }
            return replace(bytes, span, replacements[random.int(replacements.count)])
        case .extremeNumber:
            guard let span = tok().random(.number, &random) else { return bytes }
            return replace(bytes, span, Self.extremes[random.int(Self.extremes.count)])
        case .extremeYear:
            // A year, a duration or a lag: the numbers that count time, where overflow and loops hide.
            let members = tok().members(.number).filter { member in
                let key = String(decoding: bytes[member.key], as: UTF8.self)
                return key.contains("ear") || key.contains("Days") || key.contains("day")
            }
            guard !members.isEmpty else { return bytes }
            return replace(bytes, members[random.int(members.count)].value, Self.extremes[random.int(Self.extremes.count)])
        case .extremeNumberEverywhere:
            // One extreme value in every number of the plan but its schema version (which would
            // only be refused as newer), from the end so spans stay valid.
            let value = Self.extremes[random.int(Self.extremes.count)]
            var result = bytes
            for member in tok().members(.number).reversed()
            where String(decoding: bytes[member.key], as: UTF8.self) != "\"schemaVersion\"" {
                result = replace(result, member.value, value)
            }
            return result
        case .deepNesting:
            guard let span = tok().randomValue(&random) else { return bytes }
            // Rarely very deep: reading 100,000 levels is slow in a debug build.
            let depth = random.int(20) == 0 ? 100_000 : [100, 1_000, 10_000][random.int(3)]
            let nested = random.int(2) == 0 ? String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
                : String(repeating: "{\"a\":", count: depth) + "1" + String(repeating: "}", count: depth)
            return replace(bytes, span, nested)
        case .hugeString:
            guard let span = tok().random(.string, &random) else { return bytes }
            let size = random.int(20) == 0 ? 1_000_000 : [1_000, 10_000, 100_000][random.int(3)]
            return replace(bytes, span, "\"" + String(repeating: "ab\u{301}", count: size / 4) + "\"")
        case .invalidUTF8:
            let garbage: [[UInt8]] = [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xC3], [0xF4, 0x90, 0x80, 0x80],
                                      Array("\\uD800".utf8), Array("\\uDFFF\\uD800".utf8), [0xFE, 0xFF], [0]]
            return insertInString(bytes, tok(), garbage[random.int(garbage.count)], &random)
        case .controlCharacters:
            let controls = ["\\u001b[2J\\u001b[31m", "\u{202E}evil\u{202C}", "\\u0000", "\u{9B}31m", "\u{7}\u{8}",
                            "\\r\\n\\t", "\u{200B}\u{FEFF}", "\u{2066}\u{2069}", "\\u007f", "\u{85}\u{2028}"]
            return insertInString(bytes, tok(), Array(controls[random.int(controls.count)].utf8), &random)
        case .duplicateKey:
            // Repeats an object's first member: `{"a": 1, ...}` becomes `{"a": 1, "a": 1, ...}`.
            guard let member = tok().randomMember(&random) else { return bytes }
            let text = Array(bytes[member.key.lowerBound..<member.value.upperBound]) + Array(",".utf8)
            var result = bytes
            result.insert(contentsOf: text, at: member.key.lowerBound)
            return result
        case .deleteSpan:
            let start = random.int(bytes.count), length = random.int(min(200, bytes.count - start) + 1)
            var result = bytes
            result.removeSubrange(start..<(start + length))
            return result
        case .swapSpans:
            guard let a = tok().randomValue(&random), let b = tok().randomValue(&random), a != b else { return bytes }
            let (first, second) = a.lowerBound < b.lowerBound ? (a, b) : (b, a)
            guard first.upperBound <= second.lowerBound else { return bytes }
            return Array(bytes[..<first.lowerBound]) + bytes[second] + bytes[first.upperBound..<second.lowerBound]
                + bytes[first] + bytes[second.upperBound...]
        case .duplicateID, .danglingReference, .dependencyCycle:
            return domain(bytes, &random)
        }
    }

    private func domain(_ bytes: [UInt8], _ random: inout SplitMix) -> [UInt8] {
        guard var plan = try? PlanCodec.decode(Data(bytes), file: "plan.json").plan else { return bytes }
        var activities = plan.actionPlan.activities
        switch self {
        case .duplicateID:
            let kind = EntityKind.allCases[random.int(EntityKind.allCases.count)]
            let all = plan.entities(kind)
            guard all.count >= 2 else { return bytes }
            appendCopy(of: all[random.int(all.count)], id: all[random.int(all.count)].id, to: &plan)
        case .danglingReference:
            guard !activities.isEmpty else { return bytes }
            let i = random.int(activities.count)
            activities[i].dependencies.append(Dependency(activityId: "ACT-404"))
            activities[i].measureId = "MEA-404"
            activities[i].responsibleId = ""
            plan.actionPlan.activities = activities
            if !plan.strategy.measures.isEmpty { plan.strategy.measures[0].targetGroupId = "GRP-404" }
            if !plan.strategy.scenarios.isEmpty { plan.strategy.scenarios[0].measureIds += ["MEA-404", "MEA-404"] }
        case .dependencyCycle:
            guard !activities.isEmpty else { return bytes }
            let n = activities.count
            for i in 0..<n {
                let lag = [0, -100_000_000, Int.max, Int.min, 5][random.int(5)]
                activities[i].dependencies.append(Dependency(activityId: activities[(i + 1) % n].id,
                                                             type: random.int(2) == 0 ? .startToStart : .finishToStart,
                                                             lagDays: lag))
            }
            activities[random.int(n)].dependencies.append(Dependency(activityId: activities[0].id))
            plan.actionPlan.activities = activities
        default: break
        }
        return (try? PlanCodec.encode(plan)).map { [UInt8]($0) } ?? bytes
    }

    /// Appends a copy of `entity` with `id`, past the edit path, which would refuse a duplicate id.
    private func appendCopy<E: PlanEntity>(of entity: E, id: EntityID, to plan: inout Plan) {
        var copy = entity
        copy.id = id
        plan[keyPath: E.keyPath].append(copy)
    }

    private func replace(_ bytes: [UInt8], _ span: Range<Int>, _ text: String) -> [UInt8] {
        var result = bytes
        result.replaceSubrange(span, with: Array(text.utf8))
        return result
    }

    private func insertInString(_ bytes: [UInt8], _ tokens: JSONTokens, _ insert: [UInt8],
                                _ random: inout SplitMix) -> [UInt8] {
        guard let span = tokens.random(.string, &random), span.count >= 2 else { return bytes }
        var result = bytes
        result.insert(contentsOf: insert, at: span.lowerBound + 1 + random.int(span.count - 1))
        return result
    }
}

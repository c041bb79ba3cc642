/// A JSON value, as a plan's parts look in plan.json: what the three-way merge compares field by
/// field, and what a merge conflict stores of each side (any field of any entity fits).
public indirect enum JSONValue: Codable, Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null; return }
        if let value = try? container.decode(Bool.self) { self = .bool(value); return }
        if let value = try? container.decode(Int.self) { self = .int(value); return }
        if let value = try? container.decode(Double.self) { self = .double(value); return }
        if let value = try? container.decode(String.self) { self = .string(value); return }
        if let value = try? container.decode([JSONValue].self) { self = .array(value); return }
        self = .object(try container.decode([String: JSONValue].self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// 3 and 3.0 are the same number (plan.json writes whole doubles without a point).
    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): true
        case (.bool(let x), .bool(let y)): x == y
        case (.int(let x), .int(let y)): x == y
        case (.double(let x), .double(let y)): x == y
        case (.int(let x), .double(let y)), (.double(let y), .int(let x)): Double(x) == y
        case (.string(let x), .string(let y)): x == y
        case (.array(let x), .array(let y)): x == y
        case (.object(let x), .object(let y)): x == y
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let value): hasher.combine(value)
        case .int(let value): hasher.combine(Double(value))
        case .double(let value): hasher.combine(value)
        case .string(let value): hasher.combine(value)
        case .array(let value): hasher.combine(value)
        case .object(let value): hasher.combine(value)
        }
    }

    public var object: [String: JSONValue]? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// The value of a Codable `value` (encoded as plan.json would hold it).
    public static func of<T: Encodable>(_ value: T) throws -> JSONValue {
        let encoder = TreeEncoder()
        try value.encode(to: encoder)
        return encoder.storage.value ?? .null
    }

    /// Decodes a `T` from this value.
    public func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try T(from: TreeDecoder(value: self, codingPath: []))
    }

    /// Every string in this value replaced by `replace` (keys are left as they are).
    public func mapStrings(_ replace: (String) -> String) -> JSONValue {
        switch self {
        case .string(let text): .string(replace(text))
        case .array(let items): .array(items.map { $0.mapStrings(replace) })
        case .object(let fields): .object(fields.mapValues { $0.mapStrings(replace) })
        default: self
        }
    }

    /// A short rendering for messages: strings quoted, lists and objects as JSON.
    public var text: String { text(numbers: .commaPoint) }

    /// As `text`, numbers written in `numbers` ("72,000", "72 000").
    public func text(numbers: NumberConvention) -> String {
        switch self {
        case .null: "none"
        case .bool(let value): value ? "yes" : "no"
        case .int(let value): numbers.format(Double(value), decimals: 2)
        case .double(let value): numbers.format(value, decimals: 2)
        case .string(let value): "\"\(value)\""
        case .array(let items): "[" + items.map { $0.text(numbers: numbers) }.joined(separator: ", ") + "]"
        case .object(let fields):
            "{" + fields.keys.sorted().map { "\($0): \(fields[$0]!.text(numbers: numbers))" }.joined(separator: ", ") + "}"
        }
    }
}

extension JSONValue {
    /// This value with the field at `path` set to `value`, or removed when `value` is nil.
    public func setting(_ path: ArraySlice<String>, to value: JSONValue?) -> JSONValue? {
        guard let key = path.first else { return value }
        var fields = object ?? [:]
        fields[key] = (fields[key] ?? .object([:])).setting(path.dropFirst(), to: value)
        return .object(fields)
    }

    /// The field at `path`; nil when absent.
    public func field(_ path: ArraySlice<String>) -> JSONValue? {
        guard let key = path.first else { return self }
        return object?[key]?.field(path.dropFirst())
    }
}

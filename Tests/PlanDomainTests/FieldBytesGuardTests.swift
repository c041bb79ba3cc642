@_spi(Reflection) import Swift
import Testing
@testable import PlanDomain

/// `FieldBytes` tells two values the same by their field bytes: a text or a list by its storage
/// (never changed in place while two values share it), a number by its bits. That is only right while
/// everything such a value holds is a value: a class instance, a closure or an existential (`any P`,
/// `Any`, `AnyObject`) would compare by reference, and an object changed in place, or a closure
/// capturing one, would look the same. This walks every entity type, and the other types compared
/// that way (the action plan, the approved documents' contents), down through their fields, the
/// elements of their lists, sets and dictionaries and the payloads of their optionals and enums,
/// and names each field that could hold a reference to something that changes.
@Suite("FieldBytes: no entity holds a class, a closure or an existential")
struct FieldBytesGuardTests {
    /// The standard library's values that hold no reference to anything that changes: numbers,
    /// truth values and texts (whose storage, like a list's, is never changed while shared).
    static let leaves: [Any.Type] = [Int.self, Int8.self, Int16.self, Int32.self, Int64.self, UInt.self, UInt8.self,
                                     UInt16.self, UInt32.self, UInt64.self, Double.self, Float.self, Bool.self,
                                     String.self, Character.self]

    /// Enums that carry a payload large enough to hold a reference (8 bytes or more) and the types of
    /// their payloads, walked in turn. An enum smaller than a reference cannot hold one.
    static let payloads: [ObjectIdentifier: [Any.Type]] = [:]

    /// The places under `type` (named from `path`) that could hold a reference.
    static func references(in type: Any.Type, at path: String, walked: inout Set<ObjectIdentifier>) -> [String] {
        if leaves.contains(where: { $0 == type }) { return [] }
        if let container = type as? any Walked.Type {
            return container.inner.flatMap { references(in: $0, at: path + " (\(container.label))", walked: &walked) }
        }
        switch kind(of: type) {
        case .struct:
            guard walked.insert(ObjectIdentifier(type)).inserted else { return [] }
            var fields: [(String, Any.Type)] = []
            let read = _forEachField(of: type, options: []) { name, _, field, _ in
                fields.append((String(cString: name), field))
                return true
            }
            guard read else { return ["\(path): \(type), whose fields cannot be read"] }
            return fields.flatMap { name, field in
                references(in: field, at: "\(type).\(name)", walked: &walked)
            }
        case .enum:
            guard walked.insert(ObjectIdentifier(type)).inserted, size(of: type) >= MemoryLayout<Int>.size else { return [] }
            guard let inner = payloads[ObjectIdentifier(type)] else {
                return ["\(path): \(type), an enum with a payload the test does not know (list its payload types in `payloads`)"]
            }
            return inner.flatMap { references(in: $0, at: "\(type) payload", walked: &walked) }
        case .class, .foreignClass, .objcClassWrapper: return ["\(path): \(type) is a class"]
        case .function: return ["\(path): \(type) is a closure"]
        case .existential, .existentialMetatype: return ["\(path): \(type) is an existential, which can hold a class instance"]
        default: return ["\(path): \(type) (\(kind(of: type))) is not a value the test knows"]
        }
    }

    /// The kind of `type` (struct, enum, class, function…), as the field walk of a struct holding one reads it.
    static func kind(of type: Any.Type) -> _MetadataKind {
        struct Probe<T> { var value: T }
        func kind<T>(_: T.Type) -> _MetadataKind {
            var found = _MetadataKind.unknown
            _ = _forEachField(of: Probe<T>.self, options: []) { _, _, _, kind in
                found = kind
                return false
            }
            return found
        }
        return _openExistential(type, do: kind)
    }

    static func size(of type: Any.Type) -> Int {
        func size<T>(_: T.Type) -> Int { MemoryLayout<T>.size }
        return _openExistential(type, do: size)
    }

    /// Every type compared by its field bytes: the entities, and the parts of the plan `VersionMemo`
    /// and `ActionPlanText` keep and compare that way.
    static let compared: [Any.Type] = EntityKind.allCases.map(\.type) + [ActionPlan.self, StrategyContent.self, CostingContent.self]

    @Test("every entity, down to its last field, holds values only")
    func entitiesHoldValuesOnly() {
        var walked = Set<ObjectIdentifier>()
        let found = Self.compared.flatMap { Self.references(in: $0, at: "\($0)", walked: &walked) }
        #expect(found.isEmpty, "fields that could hold a reference:\n\(found.joined(separator: "\n"))")
        #expect(walked.count > Self.compared.count, "the walk went down into the fields")
    }

    /// The walk itself finds a class, a closure and an existential, in a field, in a list and in an
    /// optional, and lets texts, lists of values and enums pass.
    @Test("the walk finds a class, a closure and an existential wherever they sit")
    func theWalkFindsThem() {
        final class Box { var value = 0 }
        struct Inner { var box: Box? }
        struct Holder {
            var text = ""
            var numbers: [Double] = []
            var status = ActivityStatus.notStarted
            var boxes: [Box] = []
            var inner = Inner()
            var action: (() -> Void)?
            var anything: Any = 0
            var byName: [String: Set<Int>] = [:]
        }
        var walked = Set<ObjectIdentifier>()
        let found = Self.references(in: Holder.self, at: "Holder", walked: &walked)
        #expect(found.count == 4, "\(found)")
        #expect(found.contains { $0.hasPrefix("Holder.boxes") && $0.contains("is a class") })
        #expect(found.contains { $0.hasPrefix("Inner.box") && $0.contains("is a class") })
        #expect(found.contains { $0.hasPrefix("Holder.action") && $0.contains("closure") })
        #expect(found.contains { $0.hasPrefix("Holder.anything") && $0.contains("existential") })
    }
}

/// The standard library's containers: compared by their storage, which holds their elements, walked in turn.
protocol Walked {
    static var inner: [Any.Type] { get }
    static var label: String { get }
}

extension Array: Walked {
    static var inner: [Any.Type] { [Element.self] }
    static var label: String { "its elements" }
}

extension Set: Walked {
    static var inner: [Any.Type] { [Element.self] }
    static var label: String { "its elements" }
}

extension Dictionary: Walked {
    static var inner: [Any.Type] { [Key.self, Value.self] }
    static var label: String { "its keys and values" }
}

extension Optional: Walked {
    static var inner: [Any.Type] { [Wrapped.self] }
    static var label: String { "its value" }
}

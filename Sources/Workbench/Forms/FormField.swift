import Foundation
import PlanDomain

/// One field of a form: how to read it from the record being edited and how to write it back.
/// The subject is a ``FormSubject`` (an entity or the plan), so one form engine serves entities and
/// plan records alike.
public struct FormField {
    /// The field's typed identity, the one validation puts in `Location.field`, so findings show
    /// beside it.
    public let id: FieldID
    public let label: String
    public let kind: FieldKind
    public let help: String
    let read: (FormSubject) -> FieldValue
    let write: (inout FormSubject, FieldValue) -> Void
    /// Whether the field reads and writes `subject` (one of its own type); otherwise it reads as
    /// empty and writes nothing.
    let accepts: (FormSubject) -> Bool

    public func value(of subject: FormSubject) -> FieldValue { read(subject) }
    public func setting(_ value: FieldValue, in subject: FormSubject) -> FormSubject {
        var copy = subject
        write(&copy, value)
        return copy
    }
}

/// Builders for fields over keypaths of a concrete subject type.
public enum Fields<S: FormSubjectValue, Key: FieldKey> {
    private static func make<V>(_ key: Key, _ label: String, _ kind: FieldKind, _ help: String,
                                _ path: WritableKeyPath<S, V>, get: @escaping (V) -> FieldValue,
                                set: @escaping (FieldValue) -> V?) -> FormField {
        FormField(id: key.id, label: label, kind: kind, help: help,
                  read: { subject in S.from(subject).map { get($0[keyPath: path]) } ?? kind.emptyValue },
                  write: { subject, value in
                      guard var typed = S.from(subject), let new = set(value) else { return }
                      typed[keyPath: path] = new
                      subject = typed.formSubject
                  },
                  accepts: { S.from($0) != nil })
    }

    public static func text(_ key: Key, _ label: String, _ path: WritableKeyPath<S, String>,
                            multiline: Bool = false, help: String = "") -> FormField {
        make(key, label, .text(multiline: multiline), help, path,
             get: { .text($0) }, set: { if case .text(let t) = $0 { t } else { nil } })
    }

    public static func number(_ key: Key, _ label: String, _ path: WritableKeyPath<S, Double>,
                              unit: String = "", help: String = "") -> FormField {
        make(key, label, .number(unit: unit, optional: false), help, path,
             get: { .number($0) }, set: { if case .number(let n?) = $0 { n } else { nil } })
    }

    public static func number(_ key: Key, _ label: String, _ path: WritableKeyPath<S, Double?>,
                              unit: String = "", help: String = "") -> FormField {
        make(key, label, .number(unit: unit, optional: true), help, path,
             get: { .number($0) }, set: { if case .number(let n) = $0 { .some(n) } else { nil } })
    }

    public static func percent(_ key: Key, _ label: String, _ path: WritableKeyPath<S, Double>,
                               help: String = "") -> FormField {
        make(key, label, .percent(optional: false), help, path,
             get: { .number($0) }, set: { if case .number(let n?) = $0 { n } else { nil } })
    }

    public static func percent(_ key: Key, _ label: String, _ path: WritableKeyPath<S, Double?>,
                               help: String = "") -> FormField {
        make(key, label, .percent(optional: true), help, path,
             get: { .number($0) }, set: { if case .number(let n) = $0 { .some(n) } else { nil } })
    }

    public static func year(_ key: Key, _ label: String, _ path: WritableKeyPath<S, Int>,
                            help: String = "") -> FormField {
        make(key, label, .year(optional: false), help, path,
             get: { .integer($0) }, set: { if case .integer(let n?) = $0 { n } else { nil } })
    }

    public static func year(_ key: Key, _ label: String, _ path: WritableKeyPath<S, Int?>,
                            help: String = "") -> FormField {
        make(key, label, .year(optional: true), help, path,
             get: { .integer($0) }, set: { if case .integer(let n) = $0 { .some(n) } else { nil } })
    }

    public static func whole(_ key: Key, _ label: String, _ path: WritableKeyPath<S, Int>,
                             help: String = "") -> FormField {
        make(key, label, .number(unit: "", optional: false), help, path,
             get: { .number(Double($0)) },
             set: { if case .number(let n?) = $0, n == n.rounded(), abs(n) < 1e9 { Int(n) } else { nil } })
    }

    public static func whole(_ key: Key, _ label: String, _ path: WritableKeyPath<S, Int?>,
                             help: String = "") -> FormField {
        make(key, label, .number(unit: "", optional: true), help, path,
             get: { .number($0.map(Double.init)) },
             set: {
                 guard case .number(let n) = $0 else { return nil }
                 guard let n else { return .some(nil) }
                 return n == n.rounded() && abs(n) < 1e9 ? .some(Int(n)) : nil
             })
    }

    public static func days(_ key: Key, _ label: String, _ path: WritableKeyPath<S, Int>,
                            help: String = "") -> FormField {
        make(key, label, .days, help, path,
             get: { .integer($0) }, set: { if case .integer(let n?) = $0 { n } else { nil } })
    }

    public static func date(_ key: Key, _ label: String, _ path: WritableKeyPath<S, Day?>,
                            help: String = "") -> FormField {
        make(key, label, .date, help, path,
             get: { .day($0) }, set: { if case .day(let d) = $0 { .some(d) } else { nil } })
    }

    public static func flag(_ key: Key, _ label: String, _ path: WritableKeyPath<S, Bool>,
                            help: String = "") -> FormField {
        make(key, label, .flag, help, path,
             get: { .flag($0) }, set: { if case .flag(let b) = $0 { b } else { nil } })
    }

    public static func choice<C: Choice>(_ key: Key, _ label: String, _ path: WritableKeyPath<S, C>,
                                         help: String = "") -> FormField {
        make(key, label, .choice(C.self), help, path,
             get: { .choice($0.rawValue) },
             set: { if case .choice(let raw?) = $0 { C(rawValue: raw) } else { nil } })
    }

    public static func choice<C: Choice>(_ key: Key, _ label: String, _ path: WritableKeyPath<S, C?>,
                                         help: String = "") -> FormField {
        make(key, label, .choice(C.self, optional: true), help, path,
             get: { .choice($0?.rawValue) },
             set: { if case .choice(let raw) = $0 { .some(raw.flatMap(C.init(rawValue:))) } else { nil } })
    }

    public static func choices<C: Choice>(_ key: Key, _ label: String, _ path: WritableKeyPath<S, [C]>,
                                          help: String = "") -> FormField {
        make(key, label, .multiChoice(C.self), help, path,
             get: { .choices($0.map(\.rawValue)) },
             set: { if case .choices(let raws) = $0 { raws.compactMap(C.init(rawValue:)) } else { nil } })
    }

    public static func reference(_ key: Key, _ label: String, _ path: WritableKeyPath<S, EntityID?>, to kind: EntityKind,
                                 help: String = "") -> FormField {
        make(key, label, .reference(kind), help, path,
             get: { .reference($0) }, set: { if case .reference(let id) = $0 { .some(id) } else { nil } })
    }

    /// A required reference stored as a plain id ("" when not yet chosen).
    public static func reference(_ key: Key, _ label: String, _ path: WritableKeyPath<S, EntityID>, to kind: EntityKind,
                                 help: String = "") -> FormField {
        make(key, label, .reference(kind), help, path,
             get: { .reference($0.isEmpty ? nil : $0) },
             set: { if case .reference(let id) = $0 { id ?? "" } else { nil } })
    }

    public static func references(_ key: Key, _ label: String, _ path: WritableKeyPath<S, [EntityID]>, to kind: EntityKind,
                                  help: String = "") -> FormField {
        make(key, label, .references(kind), help, path,
             get: { .references($0) }, set: { if case .references(let ids) = $0 { ids } else { nil } })
    }

    /// A list of short texts, typed separated by commas.
    public static func textList(_ key: Key, _ label: String, _ path: WritableKeyPath<S, [String]>,
                                help: String = "") -> FormField {
        make(key, label, .text(multiline: false), help, path,
             get: { .text($0.joined(separator: ", ")) },
             set: {
                 if case .text(let t) = $0 {
                     t.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                 } else { nil }
             })
    }

    public static func yearValues(_ key: Key, _ label: String, _ path: WritableKeyPath<S, [YearValue]>,
                                  unit: String = "", help: String = "") -> FormField {
        make(key, label, .yearValues(unit: unit), help, path,
             get: { .yearValues($0) }, set: { if case .yearValues(let v) = $0 { v } else { nil } })
    }

    public static func groupCounts(_ key: Key, _ label: String, _ path: WritableKeyPath<S, [GroupCount]>,
                                   help: String = "") -> FormField {
        make(key, label, .groupCounts, help, path,
             get: { .groupCounts($0) }, set: { if case .groupCounts(let v) = $0 { v } else { nil } })
    }

    public static func dependencies(_ key: Key, _ label: String, _ path: WritableKeyPath<S, [Dependency]>,
                                    help: String = "") -> FormField {
        make(key, label, .dependencies, help, path,
             get: { .dependencies($0) }, set: { if case .dependencies(let v) = $0 { v } else { nil } })
    }
}

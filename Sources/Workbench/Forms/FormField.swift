import Foundation
import PlanDomain

/// One field of a form: how to read it from the record being edited and how to write it back.
/// The subject is a ``FormSubject`` (an entity or the plan), so one form engine serves entities and
/// plan records alike.
public struct FormField {
    /// The name validation uses for this field (`Location.field`), so findings show beside it.
    public let key: String
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
public enum Fields<S: FormSubjectValue> {
    private static func make<V>(_ key: String, _ label: String, _ kind: FieldKind, _ help: String,
                                _ path: WritableKeyPath<S, V>, get: @escaping (V) -> FieldValue,
                                set: @escaping (FieldValue) -> V?) -> FormField {
        FormField(key: key, label: label, kind: kind, help: help,
                  read: { subject in S.from(subject).map { get($0[keyPath: path]) } ?? kind.emptyValue },
                  write: { subject, value in
                      guard var typed = S.from(subject), let new = set(value) else { return }
                      typed[keyPath: path] = new
                      subject = typed.formSubject
                  },
                  accepts: { S.from($0) != nil })
    }

    public static func text(_ label: String, _ path: WritableKeyPath<S, String>, key: String? = nil,
                            multiline: Bool = false, help: String = "") -> FormField {
        make(key ?? label.lowercased(), label, .text(multiline: multiline), help, path,
             get: { .text($0) }, set: { if case .text(let t) = $0 { t } else { nil } })
    }

    public static func number(_ label: String, _ path: WritableKeyPath<S, Double>, key: String? = nil,
                              unit: String = "", help: String = "") -> FormField {
        make(key ?? label.lowercased(), label, .number(unit: unit, optional: false), help, path,
             get: { .number($0) }, set: { if case .number(let n?) = $0 { n } else { nil } })
    }

    public static func number(_ label: String, _ path: WritableKeyPath<S, Double?>, key: String? = nil,
                              unit: String = "", help: String = "") -> FormField {
        make(key ?? label.lowercased(), label, .number(unit: unit, optional: true), help, path,
             get: { .number($0) }, set: { if case .number(let n) = $0 { .some(n) } else { nil } })
    }

    public static func percent(_ label: String, _ path: WritableKeyPath<S, Double>, key: String? = nil,
                               help: String = "") -> FormField {
        make(key ?? label.lowercased(), label, .percent(optional: false), help, path,
             get: { .number($0) }, set: { if case .number(let n?) = $0 { n } else { nil } })
    }

    public static func percent(_ label: String, _ path: WritableKeyPath<S, Double?>, key: String? = nil,
                               help: String = "") -> FormField {
        make(key ?? label.lowercased(), label, .percent(optional: true), help, path,
             get: { .number($0) }, set: { if case .number(let n) = $0 { .some(n) } else { nil } })
    }

    public static func year(_ label: String, _ path: WritableKeyPath<S, Int>, key: String? = nil,
                            help: String = "") -> FormField {
        make(key ?? label.lowercased(), label, .year(optional: false), help, path,
             get: { .integer($0) }, set: { if case .integer(let n?) = $0 { n } else { nil } })
    }

    public static func year(_ label: String, _ path: WritableKeyPath<S, Int?>, key: String? = nil,
                            help: String = "") -> FormField {
        make(key ?? label.lowercased(), label, .year(optional: true), help, path,
             get: { .integer($0) }, set: { if case .integer(let n) = $0 { .some(n) } else { nil } })
    }

    public static func whole(_ label: String, _ path: WritableKeyPath<S, Int>, key: String? = nil,
                             help: String = "") -> FormField {
        make(key ?? label.lowercased(), label, .number(unit: "", optional: false), help, path,
             get: { .number(Double($0)) },
             set: { if case .number(let n?) = $0, n == n.rounded(), abs(n) < 1e9 { Int(n) } else { nil } })
    }

    public static func whole(_ label: String, _ path: WritableKeyPath<S, Int?>, key: String? = nil,
                             help: String = "") -> FormField {
        make(key ?? label.lowercased(), label, .number(unit: "", optional: true), help, path,
             get: { .number($0.map(Double.init)) },
             set: {
                 guard case .number(let n) = $0 else { return nil }
                 guard let n else { return .some(nil) }
                 return n == n.rounded() && abs(n) < 1e9 ? .some(Int(n)) : nil
             })
    }

    public static func days(_ label: String, _ path: WritableKeyPath<S, Int>, key: String? = nil,
                            help: String = "") -> FormField {
        make(key ?? label.lowercased(), label, .days, help, path,
             get: { .integer($0) }, set: { if case .integer(let n?) = $0 { n } else { nil } })
    }

    public static func date(_ label: String, _ path: WritableKeyPath<S, Day?>, key: String? = nil,
                            help: String = "") -> FormField {
        make(key ?? label.lowercased(), label, .date, help, path,
             get: { .day($0) }, set: { if case .day(let d) = $0 { .some(d) } else { nil } })
    }

    public static func flag(_ label: String, _ path: WritableKeyPath<S, Bool>, key: String? = nil,
                            help: String = "") -> FormField {
        make(key ?? label.lowercased(), label, .flag, help, path,
             get: { .flag($0) }, set: { if case .flag(let b) = $0 { b } else { nil } })
    }

    public static func choice<C: Choice>(_ label: String, _ path: WritableKeyPath<S, C>, key: String? = nil,
                                         help: String = "") -> FormField {
        make(key ?? label.lowercased(), label, .choice(C.self), help, path,
             get: { .choice($0.rawValue) },
             set: { if case .choice(let raw?) = $0 { C(rawValue: raw) } else { nil } })
    }

    public static func choice<C: Choice>(_ label: String, _ path: WritableKeyPath<S, C?>, key: String? = nil,
                                         help: String = "") -> FormField {
        make(key ?? label.lowercased(), label, .choice(C.self, optional: true), help, path,
             get: { .choice($0?.rawValue) },
             set: { if case .choice(let raw) = $0 { .some(raw.flatMap(C.init(rawValue:))) } else { nil } })
    }

    public static func choices<C: Choice>(_ label: String, _ path: WritableKeyPath<S, [C]>, key: String? = nil,
                                          help: String = "") -> FormField {
        make(key ?? label.lowercased(), label, .multiChoice(C.self), help, path,
             get: { .choices($0.map(\.rawValue)) },
             set: { if case .choices(let raws) = $0 { raws.compactMap(C.init(rawValue:)) } else { nil } })
    }

    public static func reference(_ label: String, _ path: WritableKeyPath<S, EntityID?>, to kind: EntityKind,
                                 key: String? = nil, help: String = "") -> FormField {
        make(key ?? label.lowercased(), label, .reference(kind), help, path,
             get: { .reference($0) }, set: { if case .reference(let id) = $0 { .some(id) } else { nil } })
    }

    /// A required reference stored as a plain id ("" when not yet chosen).
    public static func reference(_ label: String, _ path: WritableKeyPath<S, EntityID>, to kind: EntityKind,
                                 key: String? = nil, help: String = "") -> FormField {
        make(key ?? label.lowercased(), label, .reference(kind), help, path,
             get: { .reference($0.isEmpty ? nil : $0) },
             set: { if case .reference(let id) = $0 { id ?? "" } else { nil } })
    }

    public static func references(_ label: String, _ path: WritableKeyPath<S, [EntityID]>, to kind: EntityKind,
                                  key: String? = nil, help: String = "") -> FormField {
        make(key ?? label.lowercased(), label, .references(kind), help, path,
             get: { .references($0) }, set: { if case .references(let ids) = $0 { ids } else { nil } })
    }

    /// A list of short texts, typed separated by commas.
    public static func textList(_ label: String, _ path: WritableKeyPath<S, [String]>, key: String? = nil,
                                help: String = "") -> FormField {
        make(key ?? label.lowercased(), label, .text(multiline: false), help, path,
             get: { .text($0.joined(separator: ", ")) },
             set: {
                 if case .text(let t) = $0 {
                     t.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                 } else { nil }
             })
    }

    public static func yearValues(_ label: String, _ path: WritableKeyPath<S, [YearValue]>, key: String? = nil,
                                  unit: String = "", help: String = "") -> FormField {
        make(key ?? label.lowercased(), label, .yearValues(unit: unit), help, path,
             get: { .yearValues($0) }, set: { if case .yearValues(let v) = $0 { v } else { nil } })
    }

    public static func groupCounts(_ label: String, _ path: WritableKeyPath<S, [GroupCount]>, key: String? = nil,
                                   help: String = "") -> FormField {
        make(key ?? label.lowercased(), label, .groupCounts, help, path,
             get: { .groupCounts($0) }, set: { if case .groupCounts(let v) = $0 { v } else { nil } })
    }

    public static func dependencies(_ label: String, _ path: WritableKeyPath<S, [Dependency]>, key: String? = nil,
                                    help: String = "") -> FormField {
        make(key ?? label.lowercased(), label, .dependencies, help, path,
             get: { .dependencies($0) }, set: { if case .dependencies(let v) = $0 { v } else { nil } })
    }
}

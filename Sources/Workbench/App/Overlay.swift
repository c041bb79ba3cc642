import PlanDomain
import PlanStore

/// What is drawn over the stage panels and takes the keys first.
public enum Overlay: Equatable {
    case form(FormState)
    /// `dependents` names each reference that would break ("ACT-12 Draft the law (predecessor)");
    /// `scroll` is the first one shown when they do not all fit.
    case confirmDelete(kind: EntityKind, id: EntityID, title: String, dependents: [String], scroll: Int)
    case help(scroll: Int)
    case findings(ListState)
    case search(TextInput)
    /// Something the user must read before working (a broken theme or configuration file); any key closes it.
    case message(title: String, text: String)
    /// The path of a CSV file to import, typed on the status line.
    case importPath(ImportKind, TextInput)
    /// What an import would change, before it is applied.
    case importReview(ImportReview)
    /// The export dialog: which document to write.
    case export(ListState)
    /// A question about the session: quitting with unsaved changes, a recovery file, a takeover.
    case choice(ChoiceDialog)
    /// The export's file exists: replace it?
    case confirmExport(ExportKind)
}

/// A list of options to pick one or several from, with a typed filter.
public struct PickerState: Equatable {
    public struct Option: Equatable {
        public var value: String
        public var label: String
    }

    /// The value of the "New …" line of reference pickers, which creates the item in a nested form.
    public static let newItem = "\u{1}new"
    /// How an empty choice reads, in the picker and in the form.
    public static let noValue = "(not set)"

    public var title: String
    public var options: [Option]
    public var multiple: Bool
    public var checked: Set<String>
    public var filter = TextInput()
    public var list = ListState()

    /// The options that match the filter.
    public var visible: [Option] {
        let needle = filter.text.folded
        guard !needle.isEmpty else { return options }
        return options.filter {
            $0.value == Self.newItem || $0.label.folded.contains(needle) || $0.value.folded.contains(needle)
        }
    }
}

/// A form being filled in: the record being edited, the typed text of each field, and the
/// reasons fields are refused.
public struct FormState: Equatable {
    public enum Target: Equatable {
        case entity(EntityKind, isNew: Bool)
        case record(RecordForm)

        /// The form that edits this target.
        public var spec: FormSpec {
            switch self {
            case .entity(let kind, _): kind.form
            case .record(let record): record.spec
            }
        }
    }

    public var target: Target
    /// The fields: always the target's form (``Target/spec``).
    public let spec: FormSpec
    /// The entity or plan being edited, with every field applied so far.
    public var subject: FormSubject
    /// The subject as the form opened: what another session may have changed meanwhile is told
    /// from what the form changed by comparing with it (see `Reducer.rebased`).
    public let original: FormSubject
    /// The field with the focus; `fields.count` and `fields.count + 1` are the Save and Cancel buttons.
    /// Arriving on a field makes its text "untouched" again, as in a spreadsheet.
    public var focused = 0 { didSet { if focused != oldValue { editsInPlace = false } } }
    /// False until the user moves the cursor or deletes in the focused field: until then the first
    /// character typed replaces the whole value instead of being appended to it.
    public var editsInPlace = false
    /// True once anything in the form was changed by the user; Esc then asks before discarding.
    public var changed = false
    /// Esc was pressed on a changed form: the question "discard the changes?" is showing.
    public var confirmingDiscard = false
    /// For a form opened from a picker's "New …" line: the form to go back to (at most one; an
    /// array only to hold a value of its own type), and the field there that gets the new item.
    public var returnTo: [FormState] = []
    public var linkField = 0
    /// Text typed into fields that are typed rather than picked.
    public var inputs: [Int: TextInput] = [:]
    public var errors: [Int: String] = [:]
    public var picker: PickerState?
    public var scroll = 0
    /// F1 was pressed: the form's help is showing, scrolled this far.
    public var help: Int?
    /// How the form writes and reads numbers (the plan's convention when it opened).
    public let numbers: NumberConvention

    public init(target: Target, subject: FormSubject, numbers: NumberConvention) {
        self.target = target
        self.spec = target.spec
        self.subject = subject
        self.original = subject
        self.numbers = numbers
        for (index, field) in spec.fields.enumerated() where !field.kind.isPicked {
            inputs[index] = TextInput(FieldText.format(field.value(of: subject), as: field.kind, numbers: numbers))
        }
    }

    /// A form editing `entity`, a new one (not yet in the plan) or one of the plan's.
    public static func entity(_ entity: any PlanEntity, isNew: Bool, numbers: NumberConvention) -> FormState {
        FormState(target: .entity(type(of: entity).entityKind, isNew: isNew), subject: FormSubject(entity), numbers: numbers)
    }

    /// A form editing one of the plan's records.
    public static func record(_ record: RecordForm, of plan: Plan, numbers: NumberConvention) -> FormState {
        FormState(target: .record(record), subject: .plan(plan), numbers: numbers)
    }

    public var fieldCount: Int { spec.fields.count }
    public var saveButton: Int { fieldCount }
    public var cancelButton: Int { fieldCount + 1 }

    public var title: String {
        switch target {
        case .entity(_, let isNew):
            let id = subject.entity?.id ?? ""
            let base = isNew ? "New \(spec.title.lowercased()) \(id)" : "\(spec.title) \(id)"
            guard let parent = returnTo.first else { return base }
            return base + " for " + parent.spec.fields[linkField].label
        case .record where !returnTo.isEmpty: return spec.title
        case .record: return spec.title
        }
    }

    /// The text a field shows: what was typed, or the formatted value for picked fields.
    public func display(_ index: Int) -> String {
        if let input = inputs[index] { return input.text }
        let field = spec.fields[index]
        return FieldText.format(field.value(of: subject), as: field.kind, numbers: numbers)
    }

    /// Parses the typed text of field `index` into the subject; records the reason when it fails.
    public mutating func commitInput(_ index: Int) {
        guard index < fieldCount, let input = inputs[index] else { return }
        let field = spec.fields[index]
        switch FieldText.parse(input.text, as: field.kind, numbers: numbers) {
        case .success(let value):
            subject = field.setting(value, in: subject)
            errors[index] = nil
        case .failure(let error):
            errors[index] = error.description
        }
    }
}

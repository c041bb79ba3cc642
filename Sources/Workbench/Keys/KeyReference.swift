import PlanDomain

/// The keymap written out for people: the help screen, and the key tables of README.md and
/// docs/KEYS.md (which a test keeps equal to this).
public enum KeyReference {
    public struct Row: Equatable, Sendable {
        public var keys: String
        public var text: String
        /// The command's name in `config.toml` ("stage_0 … stage_6" for the shared stage row).
        public var command: String
    }

    public struct Section: Equatable, Sendable {
        public var context: KeyContext
        public var rows: [Row]
    }

    /// The contexts of the main screen, the ones README.md lists.
    public static let mainContexts: [KeyContext] = [.main, .editing, .global]

    /// One section per context, each binding a row; a rebound binding says so and names its default
    /// keys. The stage keys share a row ("0 … 6") while they are the standard ones.
    public static func sections(_ keymap: Keymap, contexts: [KeyContext] = KeyContext.allCases,
                                keyNames: ([Key]) -> String = Keymap.keyNames) -> [Section] {
        contexts.map { context in
            let bindings = keymap.bindings.filter { $0.context == context }
            let stages = bindings.filter { if case .stage = $0.command { true } else { false } }
            let stagesShared = !stages.isEmpty && stages.allSatisfy { !$0.isRebound && $0.keys.count == 1 }
            var rows: [Row] = []
            for binding in bindings {
                if stagesShared, case .stage = binding.command {
                    if binding == stages.first, let last = stages.last {
                        rows.append(Row(keys: "\(keyNames([binding.keys[0]])) … \(keyNames([last.keys[0]]))",
                                        text: "Go to a stage", command: "\(binding.command.name) … \(last.command.name)"))
                    }
                    continue
                }
                var text = binding.help
                if let old = binding.defaultKeys {
                    text += " · \(binding.keys.isEmpty ? "unbound" : "rebound") (default: \(keyNames(old)))"
                }
                rows.append(Row(keys: binding.keys.isEmpty ? "–" : keyNames(binding.keys), text: text,
                                command: binding.command.name))
            }
            return Section(context: context, rows: rows)
        }
    }

    /// Markdown for README.md and docs/KEYS.md (between their `<!-- keys -->` markers, which a test
    /// keeps equal to this): with `headingLevel`, a heading and a table per context; without, one table.
    public static func markdown(_ keymap: Keymap = .standard, contexts: [KeyContext], headingLevel: Int? = nil) -> String {
        var out: [String] = []
        let header = ["| Keys | What they do | In config.toml |", "| --- | --- | --- |"]
        if headingLevel == nil { out += header }
        for section in sections(keymap, contexts: contexts, keyNames: { $0.map { "`\($0)`" }.joined(separator: " ") }) {
            if let level = headingLevel {
                out.append(String(repeating: "#", count: level) + " " + section.context.title)
                out.append(section.context.configTable.map { "Rebound under `[\($0)]`." } ?? "Not rebindable: Ctrl-C always quits.")
                out.append("")
                out += header
            }
            for row in section.rows {
                let command = section.context.configTable == nil ? "–"
                    : row.command.split(separator: " ").map { $0 == "…" ? "…" : "`\($0)`" }.joined(separator: " ")
                out.append("| \(row.keys) | \(row.text.replacingOccurrences(of: "|", with: "\\|")) | \(command) |")
            }
            if headingLevel != nil { out.append("") }
        }
        return out.joined(separator: "\n") + (headingLevel == nil ? "\n" : "")
    }

    /// The first notice of a session: the few keys to start with.
    public static func welcome(_ keys: Keymap) -> String {
        let first = Stage.allCases.first.map { keys.label(.stage($0), in: .main) } ?? ""
        let last = Stage.allCases.last.map { keys.label(.stage($0), in: .main) } ?? ""
        return "Welcome. \(first)-\(last) choose a stage, \(keys.label(.left, in: .main)) \(keys.label(.right, in: .main)) its tabs, "
            + "\(keys.label(.open, in: .editing)) opens, \(keys.label(.help, in: .main)) lists every key."
    }
}

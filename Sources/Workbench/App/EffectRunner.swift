import PlanDomain
import PlanStore

/// Carries out the reducer's effects with the services of an ``AppEnvironment`` and turns what
/// came of each into an ``Action`` for the reducer. It never changes the state itself: the app
/// loop and the tests' ``TestStore`` send its actions on to ``Reducer/reduce(_:_:)``.
public final class EffectRunner {
    public let environment: AppEnvironment
    /// The unsaved state the session was last given, so it is not handed the same one twice.
    private var prepared: Unsaved?

    public init(_ environment: AppEnvironment) {
        self.environment = environment
    }

    /// Runs `effect` on `state` as it is now; returns what came of it, if the reducer must know.
    public func run(_ effect: Effect, on state: AppState) -> Action? {
        switch effect {
        case .save(let edit):
            guard let saver = environment.saver else { return .saved }
            do {
                guard let merged = try saver.saveMerging(state.plan, edit: edit),
                      merged.others != nil || !merged.conflicts.isEmpty else { return .saved }
                return .savedMerging(merged.plan, conflicts: merged.conflicts, others: merged.others?.names ?? [],
                                     renumbered: merged.renumbered.map { "\($0.from) is \($0.to)" })
            } catch PlanStoreError.lockLost(_, let holder) {
                return .lockLost(holder: Self.who(holder))
            } catch PlanStoreError.readOnly(_, .heldBy(let holder, _)) {
                // The heartbeat saw the takeover first (while a form was open).
                return .lockLost(holder: Self.who(holder))
            } catch {
                return .saveFailed(String(describing: error))
            }
        case .quit:
            // The state says it is quitting; the loop ends after this key.
            return nil
        case .setTheme(let name):
            environment.setTheme(name)
            return nil
        case .suspend:
            let size = environment.suspend()
            return .resized(columns: size.columns, rows: size.rows)
        case .prepareRecovery(let unsaved):
            keepInStep(unsaved)
            return .recoveryPrepared
        case .keepRecovery(let unsaved, let quit):
            guard let session = environment.session else { return .recoveryNotKept(SessionMissing().description) }
            do {
                let path = try session.keepRecovery(unsaved)
                keepInStep(nil)
                return .recoveryKept(path: path, quit: quit)
            } catch {
                return .recoveryNotKept(String(describing: error))
            }
        case .removeRecovery(let path):
            // Only once what it held is safely in plan.json.
            guard state.saveState == .saved, state.unsavedEdits.isEmpty else { return nil }
            do {
                try environment.session?.removeRecovery(path)
                return nil
            } catch {
                return .recoveryNotRemoved(path: path, problem: String(describing: error))
            }
        case .checkHolder:
            return .holderChecked(environment.session?.holder())
        case .takeOver:
            guard let session = environment.session else { return nil }
            do {
                let plan = try session.takeOver()
                return .tookOver(plan, offers: session.recoveryOffers())
            } catch {
                return .takeOverFailed(String(describing: error))
            }
        case .importCSV(let kind, let path):
            return .imported(environment.importer.preview(kind, path: path, plan: state.plan))
        case .export(let kind, let replacing):
            guard let exporter = environment.exporter else { return .exported(.unavailable) }
            do {
                return .exported(.written(try exporter(state.plan, kind, replacing)))
            } catch ExportError.exists {
                return .exported(.exists(kind))
            } catch {
                return .exported(.failed(String(describing: error)))
            }
        }
    }

    /// Hands `unsaved` to the session (to be kept if the program crashes or cannot answer a
    /// signal) when it is not what the session holds already.
    public func keepInStep(_ unsaved: Unsaved?) {
        guard let session = environment.session, unsaved != prepared else { return }
        session.prepareRecovery(unsaved)
        prepared = unsaved
    }

    /// After a key: whether another session took the lock over (its holder), for a session that
    /// holds it.
    public func heartbeat(_ state: AppState) -> Action? {
        guard let session = environment.session, !state.quitting, !state.isReadOnly, !session.heartbeat() else {
            return nil
        }
        return .heartbeatFailed(holder: session.currentHolder())
    }

    static func who(_ holder: LockInfo?) -> String {
        holder.map { "\($0.user)@\($0.host) (pid \($0.pid))" } ?? "another session"
    }

    private struct SessionMissing: Error, CustomStringConvertible {
        var description: String { "this session has no plan folder to keep them in" }
    }
}

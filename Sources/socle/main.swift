import ArgumentParser
import Foundation

// Exit codes: 0 ok, 1 the plan has errors, 2 usage error or unreadable plan (docs/USER-GUIDE.md, "Exit codes").
do {
    var command = try Socle.parseAsRoot()
    try command.run()
} catch let exit as ExitCode {
    Foundation.exit(exit.rawValue)
} catch let failure as Failure {
    Output.error(failure.description)
    Foundation.exit(failure.code)
} catch {
    let code = Socle.exitCode(for: error)
    if code == .success {
        print(Socle.fullMessage(for: error))
        Foundation.exit(0)
    }
    // Usage errors (and anything unexpected) are exit 2.
    Output.error(Socle.fullMessage(for: error))
    Foundation.exit(2)
}

import ArgumentParser

/// The `socle` command: the workbench, and subcommands for scripting.
struct Socle: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "socle",
        abstract: "A workbench for building a National Social Security Strategy & Action Plan.",
        discussion: """
            With no command, opens the workbench on DIR (a plan folder), or on a demo copy of the \
            bundled example when DIR is left out.

            Exit codes: 0 ok; 1 the plan has errors (check); 2 usage error, or a plan that cannot \
            be read or opened; 128 + the signal for a workbench ended by SIGHUP, SIGTERM or SIGINT.
            """,
        version: "0.1.0",
        subcommands: [Open.self, New.self, Check.self, Show.self, CoverageCommand.self, Cost.self,
                      ScheduleCommand.self, ImportCommand.self, Export.self],
        defaultSubcommand: Open.self
    )
}

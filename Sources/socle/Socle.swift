import ArgumentParser

/// The `socle` command: the workbench, and subcommands for scripting.
struct Socle: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "socle",
        abstract: "A workbench for building a National Social Security Strategy & Action Plan.",
        discussion: """
            With no command, opens the workbench on DIR (a plan folder), or on the demo plan when DIR \
            is left out: a copy of the example plan, kept in $XDG_DATA_HOME/socle/demo \
            (~/.local/share/socle/demo).

            Settings are read from $XDG_CONFIG_HOME/socle/config.toml, and your own themes from \
            $XDG_CONFIG_HOME/socle/themes (~/.config/socle by default).

            Exit codes: 0 ok; 1 the plan has errors (check), a file to import has invalid rows \
            (import), or a dependency cycle leaves activities without dates (schedule); 2 a usage \
            error, or a plan or file that cannot be read or opened; 128 + the signal for a \
            workbench ended by SIGHUP, SIGTERM or SIGINT.

            The user guide, docs/USER-GUIDE.md in Socle's source, describes every screen, \
            computation and file.
            """,
        version: "0.1.0",
        subcommands: [Open.self, New.self, Check.self, Show.self, CoverageCommand.self, ABNDCommand.self, Cost.self,
                      ScheduleCommand.self, ProgressCommand.self, TraceCommand.self, CalendarCommand.self,
                      NextCycleCommand.self, ImportCommand.self, Export.self, DocumentCommand.self, ConfigCommand.self,
                      DiffCommand.self, LogCommand.self, GitSetup.self, MergeDriver.self, Present.self],
        defaultSubcommand: Open.self
    )
}

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a finished program printed and how it ended.
struct CommandResult {
    /// The exit status, or 128 + the signal that ended it.
    var status: Int32
    var stdout: Data
    var stderr: Data
    var out: String { String(decoding: stdout, as: UTF8.self) }
    var err: String { String(decoding: stderr, as: UTF8.self) }
}

/// Runs a program with no input and waits for it to end.
///
/// It is started with posix_spawn rather than Foundation's Process, for two reasons seen here:
/// a program Process starts from a task or dispatch thread inherits that thread's signal mask,
/// with SIGHUP, SIGINT and SIGTERM blocked (a tmux server started so ignores SIGTERM and
/// kill-server, and passes the mask on to the program in its pane), and
/// `Process.waitUntilExit()` sometimes never returned when several tests started programs at once. So the child gets an empty signal mask and default signal actions, and is waited for
/// with waitpid. Its output goes to temporary files, which cannot fill up, block the program, or
/// stay open in a process that outlives it.
func runProgram(_ executable: String, _ arguments: [String], environment: [String: String]) throws
    -> CommandResult
{
    let manager = FileManager.default
    let base = manager.temporaryDirectory.appendingPathComponent("socle-e2e-\(UUID().uuidString)").path
    let outPath = base + ".out"
    let errPath = base + ".err"
    defer {
        unlink(outPath)
        unlink(errPath)
    }
    let pid = try spawn(executable, arguments, environment: environment, stdout: outPath, stderr: errPath)
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 {
        guard errno == EINTR else { throw E2EFailure("waitpid for \(executable) failed: errno \(errno)") }
    }
    let signal = status & 0x7F
    return CommandResult(status: signal == 0 ? (status >> 8) & 0xFF : 128 + signal,
                         stdout: try Data(contentsOf: URL(fileURLWithPath: outPath)),
                         stderr: try Data(contentsOf: URL(fileURLWithPath: errPath)))
}

/// Starts `executable` with stdin from /dev/null and stdout and stderr into new files, a clean
/// signal state, and `environment` as its whole environment.
private func spawn(_ executable: String, _ arguments: [String], environment: [String: String],
                   stdout: String, stderr: String) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigmask(&attributes, &none)
    var all = sigset_t()
    sigfillset(&all)
    sigdelset(&all, SIGKILL)
    sigdelset(&all, SIGSTOP)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
        argv.forEach { free($0) }
        envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard result == 0 else { throw E2EFailure("cannot start \(executable): \(String(cString: strerror(result)))") }
    return pid
}

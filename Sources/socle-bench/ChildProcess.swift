import Foundation
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// A program run by a benchmark: its wall time, CPU time and peak memory (from wait4's rusage).
struct ChildResult {
    var status: Int32
    var wall: Double      // milliseconds
    var cpu: Double       // milliseconds, user + system
    var peakKiB: Int      // ru_maxrss
}

enum ChildProcess {
    /// The full path of `name` on PATH, or nil.
    static func which(_ name: String) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// The real python3 (not a version manager's shim script, whose start-up would be timed too).
    static func python() -> String? {
        guard let shim = which("python3") else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: shim)
        process.arguments = ["-c", "import sys; print(sys.executable)"]
        let pipe = Pipe()
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let path = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return FileManager.default.isExecutableFile(atPath: path) ? path : shim
    }

    /// Runs `arguments` (the first is the program) with output to /dev/null and waits for it.
    /// Its peak memory comes from /usr/bin/time when installed: wait4's ru_maxrss of a child of
    /// this (large) process would start at this process's size.
    static func run(_ arguments: [String]) throws -> ChildResult {
        let timer = "/usr/bin/time"
        guard FileManager.default.isExecutableFile(atPath: timer) else { return try runDirectly(arguments) }
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("socle-bench-time-\(getpid())")
        defer { try? FileManager.default.removeItem(at: report) }
        var result = try runDirectly([timer, "-f", "%M", "-o", report.path] + arguments)
        let text = (try? String(contentsOf: report, encoding: .utf8)) ?? ""
        result.peakKiB = text.split(separator: "\n").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }.last ?? 0
        return result
    }

    static func runDirectly(_ arguments: [String]) throws -> ChildResult {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let start = DispatchTime.now()
        let pid = try spawn(arguments, actions: &actions, attributes: nil)
        return wait(pid, start: start)
    }

    static func spawn(_ arguments: [String], actions: inout posix_spawn_file_actions_t,
                      attributes: UnsafePointer<posix_spawnattr_t>?,
                      environment: [String] = ProcessInfo.processInfo.environment.map { "\($0)=\($1)" }) throws -> pid_t {
        var pid: pid_t = 0
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        let result = posix_spawn(&pid, arguments[0], &actions, attributes, argv, envp)
        guard result == 0 else { throw BenchError(description: "cannot run \(arguments[0]): \(String(cString: strerror(result)))") }
        return pid
    }

    /// Waits for `pid` and collects its times and peak memory.
    static func wait(_ pid: pid_t, start: DispatchTime) -> ChildResult {
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
        func ms(_ t: timeval) -> Double { Double(t.tv_sec) * 1000 + Double(t.tv_usec) / 1000 }
        return ChildResult(status: status, wall: wall, cpu: ms(usage.ru_utime) + ms(usage.ru_stime),
                           peakKiB: Int(usage.ru_maxrss))
    }
}

/// A program running in a pseudo-terminal of a given size, as a user's terminal would run it.
final class PtySession {
    let pid: pid_t
    let master: Int32
    let started: DispatchTime
    /// Everything the program has written so far.
    private(set) var output: [UInt8] = []

    init(_ arguments: [String], columns: Int, rows: Int, environment extra: [String: String] = [:]) throws {
        // posix_openpt, unlockpt and ptsname as Linux does them (Swift's Glibc module hides them).
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        self.master = master
        var unlock: Int32 = 0, number: UInt32 = 0
        guard master >= 0, ioctl(master, 0x4004_5431 /* TIOCSPTLCK */, &unlock) == 0,
              ioctl(master, 0x8004_5430 /* TIOCGPTN */, &number) == 0 else {
            throw BenchError(description: "no pseudo-terminal available")
        }
        let slave = "/dev/pts/\(number)"
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = withUnsafeMutablePointer(to: &size) { ioctl(master, UInt(TIOCSWINSZ), $0) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // In a new session, the first terminal opened becomes the controlling one.
        posix_spawn_file_actions_addclose(&actions, master)
        posix_spawn_file_actions_addopen(&actions, 0, slave, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(0x80))  // POSIX_SPAWN_SETSID
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = environment["LANG"].flatMap { $0.isEmpty ? nil : $0 } ?? "C.UTF-8"
        for (key, value) in extra { environment[key] = value }
        started = DispatchTime.now()
        pid = try ChildProcess.spawn(arguments, actions: &actions, attributes: &attributes,
                                     environment: environment.map { "\($0)=\($1)" })
    }

    /// Milliseconds since the program started.
    var elapsed: Double { Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e6 }

    /// Reads what arrives until the program has been silent for `quietMs` after `until` holds
    /// (or `timeoutMs` passes). Returns the time (ms since start) of the last byte read, the
    /// bytes read in this call, and the time of the read after which `until` first held.
    @discardableResult
    func settle(quietMs: Int = 150, timeoutMs: Int = 30_000, until: ([UInt8]) -> Bool = { _ in true })
        -> (lastByte: Double, bytes: Int, satisfiedAt: Double) {
        var last = elapsed
        var satisfiedAt = last
        var count = 0
        let deadline = elapsed + Double(timeoutMs)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var satisfied = false
        while elapsed < deadline {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(quietMs))
            if ready == 0 {
                if satisfied { break }
                satisfied = until(output)
                if satisfied { satisfiedAt = last }
                continue
            }
            let n = read(master, &buffer, buffer.count)
            if n <= 0 { break }
            output.append(contentsOf: buffer[0..<n])
            count += n
            last = elapsed
            if !satisfied {
                satisfied = until(output)
                if satisfied { satisfiedAt = last }
            }
        }
        return (last, count, satisfiedAt)
    }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Ends the program (SIGTERM, then SIGKILL) and collects its rusage.
    func finish() -> ChildResult {
        kill(pid, SIGTERM)
        let reaper = DispatchTime.now()
        // Drain output so the program is not blocked writing while it quits.
        while Double(DispatchTime.now().uptimeNanoseconds - reaper.uptimeNanoseconds) / 1e6 < 3000 {
            var status: Int32 = 0
            var usage = rusage()
            if wait4(pid, &status, WNOHANG, &usage) == pid {
                close(master)
                func ms(_ t: timeval) -> Double { Double(t.tv_sec) * 1000 + Double(t.tv_usec) / 1000 }
                return ChildResult(status: status, wall: elapsed, cpu: ms(usage.ru_utime) + ms(usage.ru_stime),
                                   peakKiB: Int(usage.ru_maxrss))
            }
            settle(quietMs: 20, timeoutMs: 40)
        }
        kill(pid, SIGKILL)
        let result = ChildProcess.wait(pid, start: started)
        close(master)
        return result
    }
}

import Foundation

/// Runs a program as it runs once installed: the socle binary copied alone into a fresh folder,
/// with a fresh HOME and XDG folders, and — where the system lets us (Linux, as root: a private
/// mount namespace) — this package's checkout, its build folder included, hidden under an empty
/// tmpfs, so nothing can be found through a path remembered at build time.
enum Isolation {
    /// True when `unshare -m` can hide folders from a child (Linux, with the right to mount).
    static let canHidePackage: Bool = {
        guard let unshare else { return false }
        let probe = try? runProgram(unshare, ["-m", "sh", "-c", "mount -t tmpfs tmpfs /mnt 2>/dev/null || exit 1"],
                                    environment: ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin"])
        return probe?.status == 0
    }()

    static let unshare = program("unshare")

    /// Copies the built socle binary, and nothing else, into `sandbox`'s `bin/`; returns its path.
    static func copyBinary(into sandbox: Sandbox) throws -> String {
        let folder = sandbox.root.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("socle").path
        try writeExecutable(Data(contentsOf: URL(fileURLWithPath: SocleBinary.path())), to: copy)
        return copy
    }

    /// Writes `data` to a new executable file through a close-on-exec descriptor: a program that
    /// another test starts meanwhile must not inherit it open for writing, or running the copy
    /// would fail with "text file busy" for as long as that program lives.
    private static func writeExecutable(_ data: Data, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o755)
        guard fd >= 0 else { throw E2EFailure("cannot create \(path): errno \(errno)") }
        defer { close(fd) }
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { throw E2EFailure("cannot write \(path): errno \(errno)") }
                offset += written
            }
        }
    }

    /// A shell command line that runs `program ARGS` from the sandbox's root, in its clean
    /// environment, with the package hidden when ``canHidePackage``.
    static func commandLine(_ program: String, _ arguments: [String], sandbox: Sandbox) -> String {
        let assignments = sandbox.environment.sorted { $0.key < $1.key }.map { shellQuoted("\($0.key)=\($0.value)") }
        let run = "cd \(shellQuoted(sandbox.root.path)) && exec env -i " + assignments.joined(separator: " ") + " "
            + ([program] + arguments).map(shellQuoted).joined(separator: " ")
        guard canHidePackage, let unshare else { return run }
        let hide = "mount -t tmpfs tmpfs \(shellQuoted(SocleBinary.packageRoot.path))"
        return "exec \(unshare) -m sh -c " + shellQuoted("\(hide) && \(run)")
    }

    /// Runs `program ARGS` isolated, without a terminal, and waits for it.
    static func run(_ program: String, _ arguments: [String], sandbox: Sandbox) throws -> CommandResult {
        try runProgram("/bin/sh", ["-c", commandLine(program, arguments, sandbox: sandbox)],
                       environment: ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin"])
    }

    /// The full path of `name` on the PATH (or the usual folders), if it is installed.
    static func program(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/bin", "/usr/sbin", "/usr/local/bin"]
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

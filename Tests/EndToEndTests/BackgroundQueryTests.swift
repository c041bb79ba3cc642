import Foundation
import Testing

/// The OSC 11 query as a real terminal answers it: socle runs in a pseudo-terminal driven by a
/// small Python program that plays the terminal, answers (or not) the background query and the
/// Device Attributes request after it, and reports which theme socle then draws with.
@Suite("terminal background query", .enabled(if: pythonAvailable, "python3 is not installed"))
struct BackgroundQueryTests {
    /// The fake terminal: a pty of 80x24; `answer` is what it sends back when asked (nothing when empty).
    static let terminal = #"""
    import fcntl, os, pty, select, struct, sys, termios, time
    socle, plan, answer = sys.argv[1], sys.argv[2], sys.argv[3].encode().decode("unicode_escape").encode("latin-1")
    env = dict(e.split("=", 1) for e in sys.argv[4:])
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(socle, [socle, plan], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    out, asked, started = b"", False, time.time()
    while time.time() - started < 10:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                out += os.read(fd, 65536)
            except OSError:
                break
        if not asked and b"\x1b]11;?" in out:
            asked = True
            if answer:
                os.write(fd, answer)
        if b"STAGES" in out and not ready:
            break
    os.write(fd, b"q")
    time.sleep(0.3)
    os.waitpid(pid, 0)
    print("asked" if asked else "not-asked", "light" if b"48;5;18" in out else "default",
          "stray" if b"11;rgb" in out.split(b"STAGES")[-1] else "clean")
    """#

    static func run(answer: String, environment: [String: String] = [:]) throws -> String {
        let sandbox = try Sandbox()
        let variables = sandbox.environment.merging(environment) { $1 }.map { "\($0.key)=\($0.value)" }
        let result = try runProgram("/usr/bin/env", ["python3", "-c", terminal, try SocleBinary.path(), sandbox.plan.path,
                                                     answer] + variables, environment: sandbox.environment)
        return result.out.trimmingCharacters(in: .whitespacesAndNewlines) + result.err
    }

    @Test("A terminal that answers white gets the light theme")
    func whiteBackground() throws {
        #expect(try Self.run(answer: #"\x1b]11;rgb:ffff/ffff/ffff\x1b\\\x1b[?62;22c"#) == "asked light clean")
    }

    @Test("A terminal that answers black gets the default theme")
    func blackBackground() throws {
        #expect(try Self.run(answer: #"\x1b]11;rgb:0000/0000/0000\x07\x1b[?62;22c"#) == "asked default clean")
    }

    @Test("A terminal that answers only Device Attributes (vt100, tmux) gets the default theme at once")
    func noAnswer() throws {
        #expect(try Self.run(answer: #"\x1b[?1;2c"#) == "asked default clean")
        #expect(try Self.run(answer: "") == "asked default clean", "no answer at all: 100 ms, then quietly on")
    }

    @Test("COLORFGBG answers first: no query")
    func colorFGBGFirst() throws {
        #expect(try Self.run(answer: #"\x1b]11;rgb:ffff/ffff/ffff\x07\x1b[?62;22c"#, environment: ["COLORFGBG": "15;0"])
                == "not-asked default clean")
    }
}

let pythonAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")

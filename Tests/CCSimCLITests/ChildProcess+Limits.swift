import Foundation

extension ChildProcess {
  /// How a child run under limits ended: its exit code (128 + the signal when killed), what
  /// it printed, its peak resident memory, and whether the hang guard killed it.
  struct Measured {
    var code: Int32
    var out: String
    var err: String
    /// The child's peak resident memory, in KiB (from `wait4`).
    var peakKiB: Int
    /// Whether the child was killed for outliving its timeout.
    var killed: Bool
  }

  /// Runs `ccsim ARGUMENTS…` under a limit of address space (`ulimit -v`, set by `/bin/sh`
  /// before it becomes `ccsim`), so that a command that grows without bound fails there
  /// instead of taking the machine's memory, with standard output and error to files.
  /// At most `addressSpaceKiB` KiB; a child still running after `timeout` seconds is killed,
  /// only so that a hang cannot hold the tests for ever (`killed`, exit code 128 + 9).
  static func run(_ arguments: [String], addressSpaceKiB: Int, timeout: Double) throws -> Measured {
    guard let executable = Self.executable else { throw POSIXError(.ENOENT) }
    let directory = CLI.temporaryDirectory()
    let outPath = directory.appendingPathComponent("stdout").path
    let errPath = directory.appendingPathComponent("stderr").path
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    // The shell sets the limit and replaces itself with ccsim: `$0` is ccsim, `$@` its words.
    let script = "ulimit -v \(addressSpaceKiB) && exec \"$0\" \"$@\""
    let words = ["/bin/sh", "-c", script, executable.path] + arguments
    let argv = words.map { strdup($0) } + [nil]
    defer { for word in argv { free(word) } }
    var pid: pid_t = 0
    let started = Date()
    let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, argv, environ)
    guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }
    var status: Int32 = 0
    var usage = rusage()
    var killed = false
    while wait4(pid, &status, WNOHANG, &usage) == 0 {
      if Date().timeIntervalSince(started) > timeout {
        kill(pid, SIGKILL)
        killed = true
        _ = wait4(pid, &status, 0, &usage)
        break
      }
      usleep(10_000)
    }
    let signal = status & 0x7f
    let code = signal == 0 ? (status >> 8) & 0xff : 128 + signal
    return Measured(
      code: code,
      out: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
      err: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "",
      peakKiB: Int(usage.ru_maxrss), killed: killed)
  }
}

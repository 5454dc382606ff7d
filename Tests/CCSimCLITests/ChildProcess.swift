import Foundation

/// The built `ccsim` run as a child process, for what only a process shows: signals, and
/// standard streams that are closed, full or a pipe nobody reads.
enum ChildProcess {
  /// The `ccsim` executable built beside the tests, if there is one.
  static var executable: URL? {
    for configuration in ["debug", "release"] {
      let url = CLI.root.appendingPathComponent(".build/\(configuration)/ccsim")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return nil
  }

  /// How a child ended and what it said on standard error.
  struct Ending {
    var reason: Process.TerminationReason
    var status: Int32
    var err: String

    /// Whether it exited (not killed by a signal) with `code`.
    func exited(_ code: Int32) -> Bool { reason == .exit && status == code }
  }

  /// Starts `ccsim ARGUMENTS…` with standard output to `output` (a `FileHandle`, or nil for
  /// the null device of Foundation, read by nobody) and standard error to a pipe, or to
  /// `errors` when given.
  static func start(
    _ arguments: [String], output: FileHandle? = nil, errors: FileHandle? = nil
  ) throws -> (process: Process, errors: Pipe?) {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.standardOutput = output ?? FileHandle.nullDevice
    var pipe: Pipe?
    if let errors {
      process.standardError = errors
    } else {
      pipe = Pipe()
      process.standardError = pipe
    }
    try process.run()
    return (process, pipe)
  }

  /// Waits for a child started by `start`.
  static func wait(_ started: (process: Process, errors: Pipe?)) -> Ending {
    let text = started.errors.map {
      String(decoding: $0.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }
    started.process.waitUntilExit()
    return Ending(
      reason: started.process.terminationReason, status: started.process.terminationStatus,
      err: text ?? "")
  }

  /// Runs `ccsim ARGUMENTS…` to its end.
  static func run(_ arguments: [String], output: FileHandle? = nil, errors: FileHandle? = nil)
    throws -> Ending
  {
    wait(try start(arguments, output: output, errors: errors))
  }

  /// Runs `ccsim ARGUMENTS…` from `/bin/sh` with the redirections `redirections` (`>&-`,
  /// `2>&-`), which `Process` cannot express.
  static func run(_ arguments: [String], redirections: String) throws -> Ending {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "exec \"$0\" \"$@\" " + redirections, executable!.path] + arguments
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let text = String(
      decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return Ending(
      reason: process.terminationReason, status: process.terminationStatus, err: text)
  }

  /// The temporary files ccsim leaves in `directory` (none, ever).
  static func temporaryFiles(in directory: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter {
      $0.hasPrefix(".") && $0.hasSuffix(".tmp")
    }
  }
}

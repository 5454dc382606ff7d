import Foundation

/// Where a command writes: standard output for results, standard error for diagnostics.
public struct Console: Sendable {
  /// Writes to standard output.
  public var out: @Sendable (String) -> Void
  /// Writes to standard error.
  public var err: @Sendable (String) -> Void
  /// Whether standard error is a terminal (progress bars go there).
  public var errIsTerminal: Bool
  /// Whether standard output is a terminal (CC Pulse colours its cells and can run live).
  public var outIsTerminal: Bool

  /// Creates a console from two writers.
  public init(
    out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void,
    errIsTerminal: Bool = false, outIsTerminal: Bool = false
  ) {
    self.out = out
    self.err = err
    self.errIsTerminal = errIsTerminal
    self.outIsTerminal = outIsTerminal
  }

  /// The process's standard output and standard error: a write that fails ends the process
  /// with 73 (`StandardStream`).
  public static var standard: Console {
    Console(
      out: { StandardStream.write($0, to: STDOUT_FILENO) },
      err: { StandardStream.write($0, to: STDERR_FILENO) },
      errIsTerminal: isatty(STDERR_FILENO) == 1, outIsTerminal: isatty(STDOUT_FILENO) == 1)
  }
}

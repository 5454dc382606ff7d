/// Process exit codes, following sysexits.
public enum ExitCode: Int32, Sendable {
  /// Success.
  case success = 0
  /// A check that ran and found failures (e.g. routing tests).
  case failure = 1
  /// The command line was wrong (EX_USAGE).
  case usage = 64
  /// The scenario is invalid (EX_DATAERR).
  case invalidScenario = 65
  /// An input file is missing or unreadable (EX_NOINPUT).
  case inputMissing = 66
  /// An internal error (EX_SOFTWARE).
  case internalError = 70
  /// An output file cannot be written (EX_CANTCREAT).
  case cannotWrite = 73
  /// Stopped by Ctrl-C, SIGTERM or SIGHUP.
  case interrupted = 130
}

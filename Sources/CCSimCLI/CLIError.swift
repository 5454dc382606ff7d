import Calibration
import Scenario

/// Any failure of a command, with the message for stderr and the exit code.
public struct CLIError: Error, Sendable, CustomStringConvertible {
  /// The exit code.
  public var code: ExitCode
  /// The message, one or more lines.
  public var message: String

  /// Creates an error.
  public init(_ code: ExitCode, _ message: String) {
    self.code = code
    self.message = message
  }

  /// A usage error that points at `--help`.
  static func usage(_ message: String, command: String? = nil) -> CLIError {
    let help = command.map { "ccsim \($0) --help" } ?? "ccsim --help"
    return CLIError(.usage, "\(message)\nSee '\(help)'.")
  }

  public var description: String { message }

  /// Maps any error to its message and exit code: the one place that does.
  static func from(_ error: any Error) -> CLIError {
    switch error {
    case let error as CLIError:
      return error
    case let error as ScenarioLoadError:
      switch error {
      case .unreadable: return CLIError(.inputMissing, error.description)
      case .invalid(let errors):
        let count = errors.count == 1 ? "1 problem" : "\(errors.count) problems"
        return CLIError(.invalidScenario, error.description + "\n\(count) found.")
      }
    case let error as HistoryError:
      return CLIError(.invalidScenario, error.description)
    default:
      return CLIError(.internalError, "internal error: \(error)")
    }
  }
}

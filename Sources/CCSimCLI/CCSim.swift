import CCSimKit
import Scenario
import SimKernel

/// The `ccsim` command line: parses the command name and hands over to the command.
public enum CCSim {
  /// The commands, in the order `ccsim --help` lists them.
  static let commands: [(declaration: CommandDeclaration, summary: String)] = [
    (
      RunCommand.declaration,
      "Simulate a scenario and report service level, ASA, AHT, abandons, occupancy."
    ),
    (
      ValidateCommand.declaration,
      "Check a scenario or sweep file: every problem with its JSON path."
    ),
    (
      PulseCommand.declaration,
      "Show CC Pulse (queues, teams, agents) at a moment of the day, or live."
    ),
    (
      CompareCommand.declaration,
      "Compare two scenarios with common random numbers: paired differences."
    ),
    (
      StaffCommand.declaration,
      "Find the fewest agents per interval that meet the service-level goal."
    ),
    (
      ScheduleCommand.declaration,
      "Turn the staffing into shifts with breaks, simulated and repaired."
    ),
    (
      CheckCommand.declaration,
      "Run routing regression tests: where each caller is offered, and by which step."
    ),
    (
      SweepCommand.declaration,
      "Run a grid of scenarios (agents, variants, demand), whole or one shard."
    ),
    (
      MergeCommand.declaration, "Combine the shards of a sweep into the results of the whole sweep."
    ),
    (
      FitCommand.declaration,
      "Fit a scenario to a centre's history: arrivals, times, patience, each with its error."
    ),
    (
      ForecastCommand.declaration,
      "Forecast calls and handle time per interval for future days from history."
    ),
    (
      BacktestCommand.declaration,
      "Replay a past day from history and compare simulated with actual figures."
    ),
    (ErlangCommand.declaration, "Erlang B, C and A: the analytic answers for a single queue."),
    (SchemaCommand.declaration, "Print the JSON Schema of scenario, sweep or routing tests files."),
    (CompletionsCommand.declaration, "Print shell completions for bash, zsh or fish."),
  ]

  /// Runs `ccsim` with `arguments` (the first being the program name) and returns the exit code.
  ///
  /// The files the command reads are noted as they are read (`FilesRead`), so that no output
  /// is written over one of them.
  public static func main(_ arguments: [String], console: Console = .standard) -> Int32 {
    FilesRead.$current.withValue(FilesRead()) { command(arguments, console: console) }
  }

  private static func command(_ arguments: [String], console: Console) -> Int32 {
    let rest = Array(arguments.dropFirst())
    do {
      guard let command = rest.first else {
        console.err(usage)
        return ExitCode.usage.rawValue
      }
      let options = Array(rest.dropFirst())
      switch command {
      case "run": try RunCommand.main(options, console: console)
      case "validate": return try ValidateCommand.main(options, console: console).rawValue
      case "pulse": try PulseCommand.main(options, console: console)
      case "compare": try CompareCommand.main(options, console: console)
      case "staff": try StaffCommand.main(options, console: console)
      case "schedule": try ScheduleCommand.main(options, console: console)
      case "check": return try CheckCommand.main(options, console: console).rawValue
      case "sweep": try SweepCommand.main(options, console: console)
      case "merge": try MergeCommand.main(options, console: console)
      case "fit": try FitCommand.main(options, console: console)
      case "forecast": try ForecastCommand.main(options, console: console)
      case "backtest": try BacktestCommand.main(options, console: console)
      case "erlang": try ErlangCommand.main(options, console: console)
      case "schema": try SchemaCommand.main(options, console: console)
      case "completions": try CompletionsCommand.main(options, console: console)
      case "--help", "-h", "help":
        console.out(usage)
      case "--version":
        console.out(versionText)
      default:
        var budget = NameHint.comparisonBudget
        let near = NameHint.closest(
          to: command, in: commands.map(\.declaration.name), budget: &budget)
        throw CLIError.usage(
          "unknown command '\(command)'" + (near.isEmpty ? "" : NameHint.didYouMean(near)))
      }
      return ExitCode.success.rawValue
    } catch {
      let failure = CLIError.from(error)
      // A name, key or path in a message shows its control characters, never sends them.
      let message = VisibleText.escaped(failure.message, keepingLineBreaks: true)
      console.err(message.hasSuffix("\n") ? message : message + "\n")
      return failure.code.rawValue
    }
  }

  /// The program's version (CHANGELOG.md): the library's.
  public static let version = CCSimKit.version

  /// `ccsim --version`: the program's version and those of the file formats it reads.
  static var versionText: String {
    "ccsim \(version)\nformats: "
      + FileFormat.allCases.map { "\($0.rawValue) \($0.version)" }.joined(separator: ", ")
      + "\n"
  }

  static var usage: String {
    var text = "ccsim — a discrete-event simulator of contact-centre telephony and routing\n\n"
    text += "Usage: ccsim COMMAND [OPTIONS]\n\nCommands:\n"
    for command in commands {
      text += "  " + command.declaration.name.padding(12) + command.summary + "\n"
    }
    text += "\nRun 'ccsim COMMAND --help' for a command's options; 'ccsim --version' for the"
    text += " version.\n"
    text += "Exit codes: 0 ok, 64 usage, 65 invalid scenario, 66 input missing, "
    text += "70 internal error, 73 cannot write output (or standard output), 130 interrupted"
    text += " (Ctrl-C, SIGTERM, SIGHUP).\n"
    return text
  }
}

extension String {
  func padding(_ width: Int) -> String {
    count >= width ? self + " " : self + String(repeating: " ", count: width - count)
  }
}

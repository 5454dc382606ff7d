import ContactCentre
import Reporting
import Scenario
import SimKernel

/// `ccsim validate SCENARIO`: check a scenario without running it.
enum ValidateCommand {
  static let help = """
    Usage: ccsim validate SCENARIO [--format text|json]

    Checks the scenario and lists every problem, each with the file, line:column, the JSON
    path and what is wrong. Exit 0 when valid, 65 when not, 66 when the file is missing.
    A valid scenario is reported with the version of the scenario format this ccsim reads
    (a file may declare its own as "formatVersion"; a later one is refused).

    Options:
      --format F   text (default; problems on stderr) or json (one object on stdout:
                   {"valid": bool, "formatVersion": N (when valid), "errors": [{"file",
                   "line", "column", "path", "code", "message"}]}).
      -h, --help   This help.

    """

  static let declaration = CommandDeclaration(
    "validate", options: ["--format"], flags: [])

  static func main(_ arguments: [String], console: Console) throws(CLIError) -> ExitCode {
    let arguments = try Arguments(arguments, declaration)
    if arguments.has("--help") || arguments.has("-h") {
      console.out(help)
      return .success
    }
    let path = try arguments.positionals(["SCENARIO"], command: "validate")[0]
    let json = try arguments.choice("--format", ["text", "json"], command: "validate") == "json"
    do {
      let configuration = try ScenarioLoader.load(path: path)
      if json {
        console.out(
          JSONOutput.object([
            ("valid", .bool(true)), ("formatVersion", .int(FileFormat.scenario.version)),
            ("errors", .array([])),
          ]).rendered() + "\n")
      } else {
        console.out(
          "\(VisibleText.escaped(path)): valid scenario (format \(FileFormat.scenario.version))"
            + " — \(configuration.lines.count) line(s), "
            + "\(configuration.callTypes.count) call type(s), \(configuration.teams.count) team(s), "
            + "\(configuration.queues.count) queue(s)\n")
      }
      return .success
    } catch .invalid(let errors) where json {
      let list = errors.map { error in
        JSONOutput.object([
          ("file", .string(error.file)),
          ("line", error.location.map { .int($0.line) } ?? .null),
          ("column", error.location.map { .int($0.column) } ?? .null),
          ("path", .string(error.path)),
          ("code", .string(error.code.rawValue)),
          ("message", .string(error.message)),
        ])
      }
      console.out(
        JSONOutput.object([("valid", .bool(false)), ("errors", .array(list))]).rendered() + "\n")
      return .invalidScenario
    } catch {
      throw CLIError.from(error)
    }
  }
}

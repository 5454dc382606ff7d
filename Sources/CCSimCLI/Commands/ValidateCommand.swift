import ContactCentre
import Reporting
import Scenario
import SimKernel

/// `ccsim validate FILE`: check a scenario, or a sweep file, without running it.
enum ValidateCommand {
  static let help = """
    Usage: ccsim validate FILE [--format text|json]

    Checks a scenario, or a sweep file (docs/sweeps.md; one whose top level has a "scenario"
    or "factors" key) with its base scenario and every variant as 'ccsim sweep' reads them,
    and lists every problem, each with the file, line:column, the JSON path and what is wrong.
    A valid scenario is reported with the version of the scenario format this ccsim reads (a
    file may declare its own as "formatVersion"; a later one is refused). For a valid sweep
    it says how many points it has and how many units (one replication of one point):
    'ccsim sweep --shard K/N' gives every shard work while N is at most the units. Exit 0 when valid, 65
    when not, 66 when the file is missing.

    Options:
      --format F   text (default; problems on stderr) or json (one object on stdout:
                   {"valid": bool, "errors": [{"file", "line", "column", "path", "code",
                   "message"}]}; for a valid scenario also "formatVersion", for a valid
                   sweep "kind": "sweep", "points", "replications" and "units").
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
    let path = try arguments.positionals(["FILE"], command: "validate")[0]
    let json = try arguments.choice("--format", ["text", "json"], command: "validate") == "json"
    do {
      console.out(
        try isSweep(at: path) ? validSweep(path, json: json) : validScenario(path, json: json))
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

  /// What `validate` prints for the valid scenario at `path`.
  private static func validScenario(_ path: String, json: Bool) throws(ScenarioLoadError)
    -> String
  {
    let configuration = try ScenarioLoader.load(path: path)
    if json {
      return JSONOutput.object([
        ("valid", .bool(true)), ("formatVersion", .int(FileFormat.scenario.version)),
        ("errors", .array([])),
      ]).rendered() + "\n"
    }
    return "\(VisibleText.escaped(path)): valid scenario (format \(FileFormat.scenario.version))"
      + " — \(configuration.lines.count) line(s), "
      + "\(configuration.callTypes.count) call type(s), \(configuration.teams.count) team(s), "
      + "\(configuration.queues.count) queue(s)\n"
  }
}

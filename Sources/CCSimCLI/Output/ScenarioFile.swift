import ContactCentre
import Foundation
import Planning
import Scenario

/// The scenario `ccsim staff --write-scenario` writes: the input file with the staffed teams'
/// rosters replaced, checked before the search so that a file that cannot be written is
/// refused at once.
struct ScenarioFile {
  /// The input's JSON.
  var document: ScenarioDocument

  /// Reads the scenario at `input` (already loaded as `configuration`) to be written to
  /// `output`: refused when `output` is the input itself, a file it reads, or cannot be
  /// written, when shifts could not start on the clock's minutes, or when the file reads
  /// forecast CSVs and `output` is in another directory (their paths are relative to the
  /// scenario's).
  init(
    input: String, output: String, configuration: CentreConfiguration, command: String = "staff"
  ) throws(CLIError) {
    try Self.checkOutput(output, input: input, command: command)
    guard configuration.interval.microseconds % 60_000_000 == 0 else {
      throw .usage(
        "--write-scenario needs a reporting interval of whole minutes (shifts start and end on"
          + " clock minutes), not \(DurationText.describe(configuration.interval))",
        command: command)
    }
    guard let bytes = FileManager.default.contents(atPath: input),
      let document = try? ScenarioDocument(bytes: Array(bytes))
    else { throw CLIError(.inputMissing, "\(input): cannot be read") }
    if document.readsFiles && Self.directory(of: input) != Self.directory(of: output) {
      throw .usage(
        "\(input) reads forecast files relative to its directory: write the staffed scenario"
          + " in the same directory, \(Self.directory(of: input))", command: command)
    }
    self.document = document
  }

  /// Writes the scenario with `result`'s staffing (and its service level and seed where they
  /// differ from `scenario`'s), atomically, after checking that it reads back as exactly the
  /// configuration that was simulated.
  func write(_ result: StaffingResult, scenario: CentreConfiguration, to output: String)
    throws(CLIError)
  {
    let configuration = result.configuration
    var document = self.document
    for (index, team) in result.staffing.teams.enumerated() {
      let agents = result.staffing.agents[index]
      let missing = Staffing.missingNamedAgents(
        agents, keeping: scenario.namedAgents(ofTeam: team.team))
      guard missing.isEmpty else {
        throw CLIError(
          .failure,
          "cannot write the staffing: team \(configuration.teams[team.team].id) has at most"
            + " \(agents.max() ?? 0) logged in at once, too few to keep the caseworkers the scenario"
            + " names (\(missing.compactMap(\.staffNumber).joined(separator: ", ")) would be off"
            + " the roster)")
      }
    }
    do {
      for (index, team) in result.staffing.teams.enumerated() {
        try document.setRoster(
          team: configuration.teams[team.team].id,
          shifts: Staffing.shifts(
            result.staffing.agents[index], keeping: scenario.namedAgents(ofTeam: team.team),
            in: configuration),
          startOfDay: configuration.startOfDay,
          keepingTeamLeaders: !configuration.teams[team.team].leadersTakeCalls)
      }
    } catch {
      throw CLIError(.internalError, "internal error: cannot write the staffing (\(error))")
    }
    try Self.finish(
      document, configuration: configuration, scenario: scenario, to: output, what: "staffed")
  }

  /// Writes `document` — a staffed or scheduled scenario (`what`) — to `output` atomically,
  /// with the goal's service level and the seed where they differ from `scenario`'s, after
  /// checking that it reads back as exactly `configuration`, the configuration simulated.
  static func finish(
    _ document: ScenarioDocument, configuration: CentreConfiguration,
    scenario: CentreConfiguration, to output: String, what: String
  ) throws(CLIError) {
    var document = document
    if configuration.serviceLevelThreshold != scenario.serviceLevelThreshold
      || configuration.serviceLevelTarget != scenario.serviceLevelTarget
    {
      document.setServiceLevel(
        threshold: configuration.serviceLevelThreshold, target: configuration.serviceLevelTarget)
    }
    if configuration.seed != scenario.seed { document.setSeed(configuration.seed) }
    let text = document.text
    let readBack = try? ScenarioLoader.decode(
      Array(text.utf8), file: output, directory: Self.directory(of: output))
    guard readBack == configuration else {
      throw CLIError(
        .internalError, "internal error: the \(what) scenario does not read back as simulated")
    }
    try AtomicFile.write(text, to: output)
  }

  /// Refuses to write over the input scenario or any file it reads, over what is not a file
  /// ccsim may write, or where nothing can be written.
  private static func checkOutput(_ output: String, input: String, command: String)
    throws(CLIError)
  {
    if InputFiles.isSameFile(output, input) {
      throw .usage(
        "--write-scenario \(output) is the input scenario: write the staffed scenario to"
          + " another file", command: command)
    }
    try InputFiles.refuseOverwriting([output], option: "--write-scenario", command: command)
    guard try OutputTarget.of(output, streams: true) == .file else { return }
    let directory = Self.directory(of: output)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
      isDirectory.boolValue, FileManager.default.isWritableFile(atPath: directory)
    else {
      throw CLIError(.cannotWrite, "\(output): cannot write (no writable directory \(directory))")
    }
  }

  /// The directory a file is in, as an absolute path.
  static func directory(of path: String) -> String {
    URL(fileURLWithPath: path).deletingLastPathComponent().standardized.path
  }
}

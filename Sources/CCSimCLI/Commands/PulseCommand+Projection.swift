import CCSimKit
import ContactCentre
import Planning
import Reporting
import Scenario

extension PulseCommand {
  /// `--from SNAPSHOT`: CC Pulse as the snapshot stands, then the rest of the day projected
  /// from it (`ProjectionTable`) — with what-if changes, beside the day without them.
  static func fromSnapshot(_ path: String, _ arguments: Arguments, console: Console)
    throws(CLIError)
  {
    var scenario = try Arguments.loadScenario(path)
    if let seed = try arguments.seed(command: "pulse") { scenario.seed = seed }
    let replications =
      try arguments.integer("--replications", in: 1...100_000, command: "pulse") ?? 20
    let jobs = try arguments.jobs(command: "pulse")
    let width =
      try arguments.integer("--width", in: 20...10_000, command: "pulse")
      ?? (console.outIsTerminal ? RawTerminal.size.columns : nil)
    guard let intraday = try IntradayOptions.read(arguments, scenario: scenario, command: "pulse")
    else { return }
    let team = try team(arguments, scenario)
    try LargeRuns.check(
      intraday.reported, from: path,
      RunEstimate.Need(replications: replications, kept: replications, intervals: true),
      arguments: arguments, command: "pulse")
    /// The replications of the rest of the day `options` runs, summarised.
    func project(_ options: IntradayOptions) throws(CLIError) -> RunSummary {
      let runs = CCSimKit.replications(
        options.base, count: replications, jobs: jobs, from: options.projection)
      try CLIError.refuseLoops(runs, of: options.reported, from: path)
      return RunSummary(configuration: options.reported, runs: runs)
    }
    var summary = try project(intraday)
    // With what-if changes, the same replications without them, beside.
    let unchanged = try intraday.unchanged.map { (options) throws(CLIError) in
      try project(options)
    }
    summary.projection = ProjectionReport(
      summary, projection: intraday.projection, changes: intraday.changes,
      unchanged: unchanged)
    let view = PulseView(
      configuration: intraday.reported,
      snapshot: PulseSnapshot(intraday.projection.now, configuration: intraday.base),
      calls: [], team: team)
    console.out(PulseTerminal.render(view, colour: console.outIsTerminal, width: width))
    if let projection = summary.projection {
      console.out("\n" + ProjectionTable.render(projection, intraday.reported))
    }
  }
}

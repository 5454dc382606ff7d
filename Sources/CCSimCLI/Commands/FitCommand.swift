import Calibration
import Reporting

/// `ccsim fit HISTORY`: a scenario fitted from a centre's own history, every estimate with its
/// uncertainty.
enum FitCommand {
  static let help = """
    Usage: ccsim fit HISTORY [--layout L ...] [--weekday DAY] [--out DIR]
                             [--format table|json]

    Fits a scenario to a centre's history: arrivals per weekday and interval with the
    day-to-day busyness, the IVR time and hang-ups, talk (+ hold) and ACW (the family
    chosen by likelihood among exponential, lognormal and gamma, with KS and Anderson–
    Darling), callers' patience from waits censored by answer (Kaplan–Meier and the best
    family; the naive mean of abandons beside it), the RONA share and the agents. Every
    estimate is printed with its standard error and 95 % interval.

    Options:
      --weekday DAY        The weekday whose profile the scenario runs (Monday … Sunday;
                           default: the busiest).
      --out DIR            Write DIR/scenario.json (runs as it is), DIR/fit.json (every
                           estimate) and DIR/fit.html (Q-Q plots, patience survival).
      --format F           table (default) or json (fit.json's contents) on stdout.
    \(HistoryOptions.help)
      -h, --help           This help.

    """

  static let declaration = CommandDeclaration(
    "fit", options: HistoryOptions.options.union(["--weekday", "--out", "--format"]), flags: [])

  static func main(_ arguments: [String], console: Console) throws(CLIError) {
    let arguments = try Arguments(arguments, declaration)
    if arguments.has("--help") || arguments.has("-h") {
      console.out(help)
      return
    }
    let path = try arguments.positionals(["HISTORY"], command: "fit")[0]
    let json = try arguments.choice("--format", ["table", "json"], command: "fit") == "json"
    let history = HistoryOptions(arguments: arguments, command: "fit")
    let fits: [QueueFit]
    do {
      switch try history.read(path) {
      case .calls(let calls):
        fits = try QueueFit.fit(calls: calls, interval: try history.interval())
      case .intervals(let intervals): fits = try QueueFit.fit(intervals: intervals)
      }
    } catch let error as CLIError {
      throw error
    } catch {
      throw CLIError(.invalidScenario, "\(path): cannot fit: \(error)")
    }
    let weekday = try weekday(arguments, fits)
    let source = FitReport.sourceName(path)
    if let directory = arguments.value("--out") {
      let description =
        "Fitted by ccsim fit from \(source) (\(fits.first?.days.count ?? 0) days), the "
        + LocalTime.weekdayNames[weekday]
        + "s' profile; fit.json holds every estimate with its uncertainty."
      let scenario: String
      do {
        scenario = try FitScenario.json(
          fits, weekday: weekday, name: "Fitted from \(source)", description: description)
      } catch {
        throw CLIError(.invalidScenario, "\(path): \(error)")
      }
      var output = try OutputSet(
        directory, command: "fit", files: ["scenario.json", "fit.json", "fit.html"])
      try output.begin()
      try output.write(scenario, as: "scenario.json")
      try output.write(FitReport.json(fits, source: source), as: "fit.json")
      try output.write(FitReport.html(fits, source: source), as: "fit.html")
      try output.commit()
      console.err(
        "wrote \(directory)/scenario.json (\(LocalTime.weekdayNames[weekday])), fit.json, fit.html\n"
      )
    }
    console.out(json ? FitReport.json(fits, source: source) : FitReport.table(fits))
  }

  /// The weekday asked for, else the one with the most calls.
  static func weekday(_ arguments: Arguments, _ fits: [QueueFit]) throws(CLIError) -> Int {
    if let name = arguments.value("--weekday") {
      guard
        let index = LocalTime.weekdayNames.firstIndex(where: {
          $0.lowercased().hasPrefix(name.lowercased()) && name.count >= 2
        })
      else {
        throw .usage("--weekday must be a weekday (Monday … Sunday), not '\(name)'", command: "fit")
      }
      return index
    }
    let totals = (0..<7).map { weekday in
      fits.reduce(0.0) { $0 + ($1.arrivals.dailyTotals[weekday]?.value ?? 0) }
    }
    return totals.indices.max { totals[$0] < totals[$1] } ?? 0
  }
}

import Calibration
import Foundation
import Planning
import Reporting
import Scenario

/// `ccsim backtest SCENARIO --calls HISTORY --date DATE`: a past day replayed and compared.
enum BacktestCommand {
  static let help = """
    Usage: ccsim backtest SCENARIO --calls HISTORY --date YYYY-MM-DD [--staffing FILE.csv]
                          [--replications N] [--jobs N] [--out DIR] [--format table|json]
                          [--layout L ...]

    Replays a past day: the callers of the history ring at the moments they rang (each
    queue on the scenario's line of the same id), the agents staffed are the day's where
    --staffing gives them, and the times (IVR, talk, ACW, patience) are the scenario's —
    as `ccsim fit` estimated them. Per interval and for the day, per queue and for all,
    it compares the simulated service level, ASA, abandon rate and occupancy with the
    actual ones and reports the error: how far to trust the model.

    Options:
      --calls HISTORY      The call-level history (classic, ccsim or mapped layout).
      --date DATE          The day to replay.
      --staffing FILE.csv  Agents logged in per interval and team: a forecast-shaped CSV,
                           Interval then one column per team (its id).
      --replications N     Replications (default 20).
      --jobs N             Threads (default: the processors).
      --out DIR            Write DIR/backtest.csv (per interval), backtest.json and
                           backtest.html (a chart per figure).
      --format F           table (default) or json.
    \(HistoryOptions.help)
      -h, --help           This help.

    """

  static let declaration = CommandDeclaration(
    "backtest",
    options: HistoryOptions.options.union([
      "--calls", "--staffing", "--replications", "--jobs", "--out", "--format",
    ]), flags: [])

  static func main(_ arguments: [String], console: Console) throws(CLIError) {
    let arguments = try Arguments(arguments, declaration)
    if arguments.has("--help") || arguments.has("-h") {
      console.out(help)
      return
    }
    let scenarioPath = try arguments.positionals(["SCENARIO"], command: "backtest")[0]
    let json = try arguments.choice("--format", ["table", "json"], command: "backtest") == "json"
    guard let callsPath = arguments.value("--calls") else {
      throw .usage(
        "backtest needs --calls HISTORY (the day's call-level history)", command: "backtest")
    }
    guard let dateText = arguments.value("--date") else {
      throw .usage("backtest needs --date YYYY-MM-DD (the day to replay)", command: "backtest")
    }
    let date = try HistoryOptions.date(dateText, option: "--date", command: "backtest")
    let replications =
      try arguments.integer("--replications", in: 2...100_000, command: "backtest") ?? 20
    let jobs = try arguments.jobs(command: "backtest")
    let configuration = try Arguments.loadScenario(scenarioPath)
    let history = HistoryOptions(arguments: arguments, command: "backtest")
    guard case .calls(let calls) = try history.read(callsPath) else {
      throw .usage(
        "backtest replays single calls: --calls needs a call-level history (classic, ccsim or"
          + " mapped), not an interval one", command: "backtest")
    }
    var staffing: [String: [Double]]?
    if let staffingPath = arguments.value("--staffing") {
      guard let data = FileManager.default.contents(atPath: staffingPath) else {
        throw CLIError(.inputMissing, "cannot read staffing file \"\(staffingPath)\"")
      }
      FilesRead.note(staffingPath)
      guard let text = String(data: data, encoding: .utf8) else {
        throw CLIError(.invalidScenario, "\(staffingPath): is not UTF-8 text")
      }
      do {
        let table = try StaffingHistory.read(text, file: FitReport.sourceName(staffingPath))
        staffing = table.agents(
          from: LocalTime(seconds: date.seconds + configuration.startOfDay.seconds),
          intervals: configuration.intervalCount, length: configuration.interval.seconds)
      } catch {
        throw CLIError(.invalidScenario, error.description)
      }
    }
    let out = arguments.value("--out")
    let files = ["backtest.csv", "backtest.json", "backtest.html"]
    if let out {
      try InputFiles.refuseOverwriting(
        InputFiles.paths(files, in: out), option: "--out", command: "backtest")
    }
    let day: BacktestDay
    do {
      day = try BacktestDay(configuration, calls: calls, day: date.day, staffing: staffing)
    } catch {
      throw CLIError(.invalidScenario, "\(callsPath): \(error)")
    }
    let runs = Replications.run(day.configuration, count: replications, jobs: jobs, intervals: true)
    let backtest = Backtest(day, runs: runs)
    if let out {
      var output = try OutputSet(out, command: "backtest", files: files)
      try output.begin()
      try output.write(BacktestReport.csv(backtest, configuration: day.configuration), as: files[0])
      try output.write(
        BacktestReport.json(backtest, configuration: day.configuration, date: dateText),
        as: files[1])
      try output.write(
        BacktestReport.html(backtest, configuration: day.configuration, date: dateText),
        as: files[2])
      try output.commit()
      console.err("wrote \(out)/backtest.csv, backtest.json, backtest.html\n")
    }
    if json {
      console.out(BacktestReport.json(backtest, configuration: day.configuration, date: dateText))
    } else {
      var text =
        "Backtest of \(configuration.name) on \(dateText) (\(LocalTime.weekdayNames[date.weekday])):"
      text +=
        " \(calls.count { $0.arrival.day == date.day && $0.outcome != .phantom } - day.outsideRun) callers replayed"
      text += day.outsideRun > 0 ? ", \(day.outsideRun) outside the run's hours left out" : ""
      text += "; \(replications) replications; error = simulated − actual\n\n"
      console.out(text + BacktestReport.table(backtest))
    }
  }
}

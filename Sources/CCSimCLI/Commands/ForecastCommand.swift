import Calibration
import Reporting

/// `ccsim forecast HISTORY --for DATES`: interval volumes and handle times of future days from
/// the history, with prediction intervals, as a forecast CSV scenarios read.
enum ForecastCommand {
  static let help = """
    Usage: ccsim forecast HISTORY --for DATE[..DATE] [--weeks N] [--out FILE.csv]
                                  [--format table|json] [--layout L ...]

    Forecasts each queue's calls per interval, and the handle time, for the days asked:
    the day's total from the last weeks' totals (a level per weekday and a linear trend,
    least squares on logarithms), spread over the day by each weekday's interval shares,
    so the intervals add up to the day; 80 % and 95 % prediction intervals for the day
    and each interval (docs/forecasting.md). From a call-level history the volumes are
    callers (as a scenario's arrivals count them), from an interval history the calls
    offered.

    Options:
      --for DATES          The days: 2024-04-29, 2024-04-29..2024-05-03 (consecutive).
      --weeks N            Weeks of history the model looks back on (default 8, at least 2).
      --out FILE.csv       Write the forecast CSV: Interval, then per queue its calls, its
                           AHT and its bounds (a scenario reads the calls with
                           {"csv": FILE, "column": QUEUE} and the AHT with "aht").
      --ivr-hang-up SHARE  Forecast callers ringing the line from an interval history of
                           calls offered to the queue: divide by (1 − SHARE), the IVR
                           hang-up share `ccsim fit` estimated (a scenario's arrivals are
                           callers, before the IVR).
      --format F           table (default: each day's total and intervals) or json.
    \(HistoryOptions.help)
      -h, --help           This help.

    """

  static let declaration = CommandDeclaration(
    "forecast",
    options: HistoryOptions.options.union([
      "--for", "--weeks", "--out", "--format", "--ivr-hang-up",
    ]), flags: [])

  static func main(_ arguments: [String], console: Console) throws(CLIError) {
    let arguments = try Arguments(arguments, declaration)
    if arguments.has("--help") || arguments.has("-h") {
      console.out(help)
      return
    }
    let path = try arguments.positionals(["HISTORY"], command: "forecast")[0]
    let json = try arguments.choice("--format", ["table", "json"], command: "forecast") == "json"
    guard let dates = arguments.value("--for") else {
      throw .usage("forecast needs --for DATE or --for FIRST..LAST", command: "forecast")
    }
    let days = try Self.days(dates)
    let weeks = try arguments.integer("--weeks", in: 2...520, command: "forecast") ?? 8
    let out = arguments.value("--out")
    let options = HistoryOptions(arguments: arguments, command: "forecast")
    let records: [IntervalRecord]
    switch try options.read(path) {
    case .intervals(let intervals): records = intervals
    case .calls(let calls):
      records = IntervalRecord.counting(calls, interval: try options.interval())
    }
    if let out { try InputFiles.refuseOverwriting([out], option: "--out", command: "forecast") }
    let hangUp = try arguments.number("--ivr-hang-up", in: 0...0.99, command: "forecast") ?? 0
    var forecast: Forecast
    let csv: String
    do {
      forecast = try IntervalForecaster(windowWeeks: weeks).forecast(history: records, days: days)
      if hangUp > 0 { forecast = forecast.scaled(by: 1 / (1 - hangUp)) }
      csv = try ForecastCSVWriter().csv(forecast)
    } catch {
      throw CLIError(.invalidScenario, "\(path): cannot forecast: \(error)")
    }
    if let out {
      try AtomicFile.write(csv, to: out)
      console.err("wrote \(out)\n")
    }
    console.out(json ? ForecastReport.json(forecast) : ForecastReport.table(forecast))
  }

  /// `DATE`, or `FIRST..LAST`, as days since 1970-01-01.
  static func days(_ text: String) throws(CLIError) -> [Int] {
    let parts = text.components(separatedBy: "..")
    guard parts.count <= 2 else {
      throw .usage("--for must be DATE or FIRST..LAST, not '\(text)'", command: "forecast")
    }
    let first = try HistoryOptions.date(parts[0], option: "--for", command: "forecast").day
    let last =
      try parts.count == 2
      ? HistoryOptions.date(parts[1], option: "--for", command: "forecast").day : first
    guard last >= first, last - first < 366 else {
      throw .usage("--for: the last day must follow the first, within a year", command: "forecast")
    }
    return Array(first...last)
  }
}

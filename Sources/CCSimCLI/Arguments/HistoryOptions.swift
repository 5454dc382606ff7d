import Calibration
import Foundation
import Scenario

/// The options that say how to read a history file (`ccsim fit`, `forecast`, `backtest`): its
/// layout (found from its first line when not given), a mapped layout's columns and outcome
/// words, a UTC export's offset or time zone, the date of a ccsim calls.csv, and the interval
/// calls are counted by.
struct HistoryOptions {
  static let options: Set<String> = [
    "--layout", "--map", "--outcome", "--utc-offset", "--time-zone", "--date", "--start",
    "--interval",
  ]

  static let help = """
      --layout L           classic, ccsim or mapped (one row per call); genesys, iex or
                           calabrio (one row per queue and interval). Default: found from
                           the file's first line. docs/history-formats.md describes each.
      --map FIELD=COLUMN   mapped layout: the column of a field (repeat): queue, arrival,
                           date, queued, answered, abandoned, outcome, talk, hold, wrapUp,
                           agent, ringOuts.
      --outcome KIND=WORD  mapped layout: the word of an outcome (repeat): answered,
                           abandoned, ivr (default words: the kinds themselves).
      --utc-offset ±HH:MM  genesys: local time = UTC + this (default +00:00).
      --time-zone NAME     genesys: the centre's time zone (e.g. Europe/London), so
                           summer time is followed; instead of --utc-offset.
      --date YYYY-MM-DD    ccsim layout: the date of the run (default 2024-01-01).
      --start HH:MM        ccsim layout: the run's start clock (default: found from the
                           rows' arrivedClock).
      --interval DURATION  call-level history: the interval calls are counted by (default
                           15m; a divisor of the day).
    """

  enum Layout: String, CaseIterable {
    case classic, ccsim, mapped, genesys, iex, calabrio
    var isCallLevel: Bool { [.classic, .ccsim, .mapped].contains(self) }
  }

  /// What a history file held.
  enum History {
    case calls([CallRecord])
    case intervals([IntervalRecord])
  }

  let arguments: Arguments
  let command: String

  /// Reads `path` by the options: exit 66 when it cannot be read, 65 when it is not valid
  /// history (every problem at its line and column), 64 for options that do not fit.
  func read(_ path: String) throws(CLIError) -> History {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw CLIError(.inputMissing, "cannot read history file \"\(path)\"")
    }
    FilesRead.note(path)
    guard let text = String(data: data, encoding: .utf8) else {
      throw CLIError(.invalidScenario, "\(path): is not UTF-8 text")
    }
    let name = (path as NSString).lastPathComponent
    let layout = try layout(of: text, path: path)
    do {
      switch layout {
      case .classic: return .calls(try CallLayout.classic.read(text, file: name))
      case .ccsim:
        let layout = CallLayout.ccsim(
          date: try date() ?? CallLayout.defaultDate, start: try start())
        return .calls(try layout.read(text, file: name))
      case .mapped:
        let mapping = try ColumnMapping(
          pairs: arguments.all("--map"), outcomePairs: arguments.all("--outcome"))
        return .calls(try CallLayout.mapped(mapping).read(text, file: name))
      case .genesys:
        let zone = try timeZone()
        let offset = try utcOffset()
        var records = try IntervalLayout.genesys(utcOffsetSeconds: zone == nil ? offset : 0).read(
          text, file: name)
        if let zone {
          for index in records.indices {
            let utc = Date(timeIntervalSince1970: records[index].start.seconds)
            records[index].start.seconds += Double(zone.secondsFromGMT(for: utc))
          }
        }
        return .intervals(records)
      case .iex: return .intervals(try IntervalLayout.iex.read(text, file: name))
      case .calabrio: return .intervals(try IntervalLayout.calabrio.read(text, file: name))
      }
    } catch let error as HistoryError {
      throw CLIError(.invalidScenario, error.description)
    } catch let error as CLIError {
      throw error
    } catch {
      throw CLIError.from(error)
    }
  }

  /// The layout given, else the one the first line shows.
  func layout(of text: String, path: String) throws(CLIError) -> Layout {
    if let given = arguments.value("--layout") {
      guard let layout = Layout(rawValue: given) else {
        throw .usage(
          "--layout must be one of " + Layout.allCases.map(\.rawValue).joined(separator: ", ")
            + ", not '\(given)'", command: command)
      }
      return layout
    }
    let first = String(text.prefix { $0 != "\n" && $0 != "\r" })
    if let layout = CallLayout.detect(header: first) {
      switch layout {
      case .classic: return .classic
      case .ccsim: return .ccsim
      case .mapped: return .mapped
      }
    }
    if let layout = IntervalLayout.detect(firstLine: first) {
      switch layout {
      case .genesys: return .genesys
      case .iex: return .iex
      case .calabrio: return .calabrio
      }
    }
    if !arguments.all("--map").isEmpty { return .mapped }
    throw .usage(
      "cannot tell the layout of \(path) from its first line: give --layout (classic, ccsim,"
        + " mapped, genesys, iex or calabrio; docs/history-formats.md)", command: command)
  }

  /// The interval calls are counted by, seconds.
  func interval() throws(CLIError) -> Double {
    guard let text = arguments.value("--interval") else { return 900 }
    guard let duration = DurationText.seconds(text), duration >= 60,
      (86_400 / duration).rounded() * duration == 86_400
    else {
      throw .usage(
        "--interval must be a duration that divides the day, a minute or longer (15m, 30m, 1h),"
          + " not '\(text)'", command: command)
    }
    return duration
  }

  func date() throws(CLIError) -> LocalTime? {
    guard let text = arguments.value("--date") else { return nil }
    return try Self.date(text, option: "--date", command: command)
  }

  /// A date `YYYY-MM-DD` as a LocalTime at its midnight.
  static func date(_ text: String, option: String, command: String) throws(CLIError) -> LocalTime {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      LocalTime.isDate(year: year, month: month, day: day)
    else { throw .usage("\(option) must be a date YYYY-MM-DD, not '\(text)'", command: command) }
    return LocalTime(year: year, month: month, day: day)
  }

  /// The run's start clock, seconds since midnight, when given.
  func start() throws(CLIError) -> Double? {
    guard let text = arguments.value("--start") else { return nil }
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 2, parts[1].count == 2, let hours = Int(parts[0]),
      let minutes = Int(parts[1]), (0..<24).contains(hours), (0..<60).contains(minutes)
    else { throw .usage("--start must be a clock time HH:MM, not '\(text)'", command: command) }
    return Double(hours * 3600 + minutes * 60)
  }

  func utcOffset() throws(CLIError) -> Int {
    guard let text = arguments.value("--utc-offset") else { return 0 }
    guard let offset = IntervalLayout.utcOffset(text) else {
      throw .usage("--utc-offset must be like +01:00 or -05:30, not '\(text)'", command: command)
    }
    return offset
  }

  func timeZone() throws(CLIError) -> TimeZone? {
    guard let name = arguments.value("--time-zone") else { return nil }
    guard arguments.value("--utc-offset") == nil else {
      throw .usage("give --time-zone or --utc-offset, not both", command: command)
    }
    guard let zone = TimeZone(identifier: name) else {
      throw .usage(
        "--time-zone: no time zone '\(name)' (e.g. Europe/London, America/New_York)",
        command: command)
    }
    return zone
  }
}

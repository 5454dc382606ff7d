import SimKernel

/// Agents logged in per interval and team, as a WFM tool exports the staffing it measured: a
/// forecast-shaped CSV, `Interval` (ISO local date-times) then one column per team, each value
/// the agents logged in on average (decimals allowed). `ccsim backtest --staffing` reads it.
public struct StaffingHistory: Sendable, Equatable {
  /// The team columns, in the file's order.
  public var teams: [String]
  /// Each row's start and agents per team (in `teams` order), in time order.
  public var starts: [LocalTime]
  public var agents: [[Double]]

  /// Reads `text`, the contents of `file`.
  ///
  /// - Throws: `HistoryError` with every bad row at its line and column.
  public static func read(_ text: String, file: String) throws(HistoryError) -> StaffingHistory {
    let records: CSVRecords
    do {
      records = try CSVRecords(text)
    } catch {
      throw HistoryError(file: file, message: "not a staffing CSV (\(error))")
    }
    let header = records.header.fields
    guard header.count >= 2, header[0].lowercased().hasPrefix("interval") else {
      throw HistoryError(
        file: file, line: 1,
        message: "the header must be Interval, then one column per team (its id)")
    }
    var problems: [HistoryError.Problem] = []
    var starts: [LocalTime] = []
    var agents: [[Double]] = []
    for row in records.rows {
      guard row.fields.count == header.count else {
        problems.append(
          .init(
            file: file, line: row.line,
            message: "\(row.fields.count) fields, but the header has \(header.count)"))
        continue
      }
      guard let moment = HistoryText.moment(Substring(row.fields[0])),
        case .day(let day) = moment.date
      else {
        problems.append(
          .init(
            file: file, line: row.line, column: 1, columnName: header[0],
            message: "\"\(row.fields[0].prefix(40))\" is not a date-time like 2024-04-15T08:00"))
        continue
      }
      let start = LocalTime(seconds: Double(day) * 86_400 + moment.secondsOfDay)
      if let last = starts.last, start <= last {
        problems.append(
          .init(
            file: file, line: row.line, column: 1, columnName: header[0],
            message: "rows must be in time order"))
        continue
      }
      var values: [Double] = []
      for (index, field) in row.fields.enumerated().dropFirst() {
        guard let value = HistoryText.decimal(Substring(field)), value >= 0 else {
          problems.append(
            .init(
              file: file, line: row.line, column: index + 1, columnName: header[index],
              message: "\"\(field.prefix(40))\" is not a number of agents ≥ 0"))
          continue
        }
        values.append(value)
      }
      guard values.count == header.count - 1 else { continue }
      starts.append(start)
      agents.append(values)
    }
    guard problems.isEmpty else {
      throw HistoryError(
        Array(problems.prefix(HistoryError.listLimit)),
        hasMore: problems.count > HistoryError.listLimit)
    }
    return StaffingHistory(teams: Array(header.dropFirst()), starts: starts, agents: agents)
  }

  /// Per team, the agents in each of `intervals` intervals of `length` seconds from `start`:
  /// those of the last row starting at or before the interval's start (0 before the first
  /// row and after a gap of more than a day).
  public func agents(from start: LocalTime, intervals: Int, length: Double) -> [String: [Double]] {
    var result: [String: [Double]] = [:]
    for (column, team) in teams.enumerated() {
      var values: [Double] = []
      var row = -1
      for interval in 0..<intervals {
        let moment = start.seconds + Double(interval) * length
        while row + 1 < starts.count && starts[row + 1].seconds <= moment { row += 1 }
        let current = row >= 0 && moment - starts[row].seconds < 86_400 ? agents[row][column] : 0
        values.append(current)
      }
      result[team] = values
    }
    return result
  }
}

import ContactCentre
import SimKernel

extension ForecastCSV {
  /// A forecast's average handle time: over the run, and per period from t = 0 (each period in
  /// one forecast interval), seconds.
  struct HandleTime {
    /// The mean over the rows in the run, weighted by calls (or by time).
    var average: Double
    /// Per period of `period`: the AHT of the row it lies in; nil where the row has no AHT (no
    /// calls) or the run is outside the forecast.
    var perPeriod: [Double?]
    var period: SimDuration
    /// The file line of each period's row, for problems.
    var lines: [Int?]
  }

  /// The average handle time of column `column` (seconds, or M:SS, or H:MM:SS) over the rows
  /// in the run, weighted by column `weights` (calls) when given, else by time; and each row's.
  func handleTime(
    column name: String, weights: String?, timeColumn: String?, _ origin: Origin
  ) -> HandleTime? {
    guard let table = table(timeColumn: timeColumn, origin) else { return nil }
    let problems = Problems(diagnostics, origin)
    guard let column = column(name, in: table.records, problems) else { return nil }
    let weightColumn = weights.flatMap { self.column($0, in: table.records, problems) }
    guard problems.count == 0, covers(table, problems) else { return nil }
    var total = 0.0
    var weight = 0.0
    var rows: [Double?] = []
    for (index, row) in table.records.rows.enumerated() {
      rows.append(nil)
      let from = max(table.rowStart(index), 0)
      let to = min(table.rowStart(index + 1), Int(duration.seconds.rounded(.up)))
      guard to > from else { continue }
      var rowWeight = Double(to - from) / Double(table.length)
      if let weights, let weightColumn {
        guard
          let calls = callCount(row.fields[weightColumn], name: weights, line: row.line, problems)
        else { continue }
        rowWeight *= calls
      }
      let text = row.fields[column]
      if text.isEmpty && rowWeight == 0 { continue }  // no calls, no AHT: as tools export it
      guard let seconds = Self.handleTime(text), seconds > 0 else {
        problems.report(
          row.line,
          "column \"\(name)\" has"
            + " \(text.isEmpty ? "nothing" : "\"\(VisibleText.prefix(text))\""), not an average"
            + " handle time > 0 (seconds, M:SS or H:MM:SS)")
        continue
      }
      if rowWeight > 0 { rows[index] = seconds }
      total += rowWeight * seconds
      weight += rowWeight
    }
    guard problems.count == 0 else { return nil }
    guard weight > 0 else {
      problems.report(
        nil, "column \"\(weights ?? name)\" has no calls in the run's intervals to weigh the AHT")
      return nil
    }
    // Periods short enough that each lies in one forecast interval, from t = 0.
    let remainder = ((table.offset % table.length) + table.length) % table.length
    let period = remainder == 0 ? table.length : gcd(table.length, remainder)
    let horizon = min(table.rowStart(rows.count), Int(duration.seconds.rounded(.up)))
    let periods = max(horizon + period - 1, 0) / period
    let rowOf = (0..<periods).map { index -> Int? in
      let from = index * period - table.offset
      guard from >= 0, from / table.length < rows.count else { return nil }
      return from / table.length
    }
    return HandleTime(
      average: total / weight, perPeriod: rowOf.map { $0.flatMap { rows[$0] } },
      period: .seconds(period), lines: rowOf.map { $0.map { table.records.rows[$0].line } })
  }
}

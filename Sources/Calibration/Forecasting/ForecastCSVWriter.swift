/// Writes a forecast as the forecast CSV a scenario reads (docs/scenario-format.md, "Forecast
/// CSV"): an `Interval` column of ISO local date-times, then per queue its expected calls
/// (headed by the queue's name), its AHT in seconds (`NAME AHT`, for a call type's `aht`) and
/// the bounds of its 80 % and 95 % prediction intervals (`NAME low 80%`, `NAME high 80%`,
/// `NAME low 95%`, `NAME high 95%`), which a scenario ignores.
///
/// Every interval of every day is written, midnight to midnight, so the days must follow one
/// another and every queue must have the same intervals. Calls are written to hundredths,
/// rounded so that each day's intervals add up exactly to its total rounded to hundredths;
/// AHTs to tenths of a second.
public struct ForecastCSVWriter: Sendable {
  public init() {}

  /// The CSV text of `forecast`, lines ending in LF.
  /// - Throws: `ForecastError.daysNotConsecutive`, `.mixedIntervalLengths`, `.columnClash`, or
  ///   `.noDays`.
  public func csv(_ forecast: Forecast) throws(ForecastError) -> String {
    let days = forecast.days.sorted()
    guard !days.isEmpty, !forecast.queues.isEmpty else { throw .noDays }
    for (before, after) in zip(days, days.dropFirst()) where after != before + 1 {
      throw .daysNotConsecutive(after: before, next: after)
    }
    let lengths = forecast.queues.map(\.intervalLength)
    guard let length = lengths.first, lengths.allSatisfy({ $0 == length }) else {
      throw .mixedIntervalLengths(queues: forecast.queues.map(\.queue), lengths: lengths)
    }
    for queue in forecast.queues {
      precondition(
        queue.days.map(\.day) == forecast.days
          && queue.days.allSatisfy { $0.intervals.count == 86_400 / length },
        "queue \(queue.queue): one day forecast per day of the forecast, each with a whole day")
    }
    var header = ["Interval"]
    for queue in forecast.queues {
      header.append(queue.queue)
      if queue.hasHandleTime { header.append(queue.queue + " AHT") }
      for bound in ["low 80%", "high 80%", "low 95%", "high 95%"] {
        header.append(queue.queue + " " + bound)
      }
    }
    var names = Set<String>()
    for name in header where !names.insert(name).inserted { throw .columnClash(name: name) }

    // Per queue, per day in `days` order: the day's forecast and its calls in hundredths.
    let columns = forecast.queues.map { queue in
      days.map { day -> (DayForecast, [Int]) in
        let position = forecast.days.firstIndex(of: day) ?? 0
        let forecastDay = queue.days[position]
        return (forecastDay, Self.hundredths(forecastDay.intervals.map(\.volume)))
      }
    }
    var lines = [header.map(Self.field).joined(separator: ",")]
    let slots = 86_400 / length
    for (index, day) in days.enumerated() {
      for slot in 0..<slots {
        var row = [Self.dateTime(day: day, second: slot * length)]
        for (queue, perDay) in zip(forecast.queues, columns) {
          let (dayForecast, volumes) = perDay[index]
          let interval = dayForecast.intervals[slot]
          row.append(Self.decimal(volumes[slot], places: 2))
          if queue.hasHandleTime {
            let aht = interval.averageHandleTime.map { Int(($0 * 10).rounded()) }
            row.append(aht.map { Self.decimal($0, places: 1) } ?? "")
          }
          for bound in [
            interval.central80.low, interval.central80.high, interval.central95.low,
            interval.central95.high,
          ] {
            row.append(Self.decimal(Int(bound.rounded()), places: 0))
          }
        }
        lines.append(row.joined(separator: ","))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `values` in whole hundredths, rounded by largest remainder so that they add up to their
  /// sum rounded to hundredths.
  static func hundredths(_ values: [Double]) -> [Int] {
    let scaled = values.map { $0 * 100 }
    var rounded = scaled.map { Int($0.rounded(.down)) }
    let target = Int(scaled.reduce(0, +).rounded())
    let missing = target - rounded.reduce(0, +)
    guard missing > 0 else { return rounded }
    let order = scaled.indices.sorted { a, b in
      let left = scaled[a] - scaled[a].rounded(.down)
      let right = scaled[b] - scaled[b].rounded(.down)
      return left != right ? left > right : a < b
    }
    for index in order.prefix(missing) { rounded[index] += 1 }
    return rounded
  }

  /// `value / 10^places` written with exactly `places` decimals.
  static func decimal(_ value: Int, places: Int) -> String {
    guard places > 0 else { return "\(value)" }
    var scale = 1
    for _ in 0..<places { scale *= 10 }
    let sign = value < 0 ? "-" : ""
    let whole = abs(value) / scale
    let fraction = "\(abs(value) % scale)"
    return sign + "\(whole)." + String(repeating: "0", count: places - fraction.count) + fraction
  }

  /// `2024-03-04T08:15` (with `:SS` when the interval is not whole minutes).
  static func dateTime(day: Int, second: Int) -> String {
    QueueHistory.describe(LocalTime(seconds: Double(day) * 86_400 + Double(second)))
  }

  /// A CSV field, quoted when it holds a comma, a quote, a line break or edge spaces.
  static func field(_ text: String) -> String {
    let plain =
      !text.contains(where: { ",\"\n\r".contains($0) }) && text.first != " " && text.last != " "
    guard !plain else { return text }
    return "\"" + text.map { $0 == "\"" ? "\"\"" : String($0) }.joined() + "\""
  }
}

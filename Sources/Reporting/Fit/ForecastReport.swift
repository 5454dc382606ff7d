import Calibration

/// `ccsim forecast`'s table and JSON: each queue's day totals with their prediction intervals.
public enum ForecastReport {
  public static func table(_ forecast: Forecast) -> String {
    var table = TextTable(
      ["queue", "date", "day", "calls", "80 % interval", "95 % interval", "AHT"], leftAligned: 3)
    for queue in forecast.queues {
      for day in queue.days {
        let handled = day.intervals.reduce(0.0) {
          $0 + ($1.averageHandleTime == nil ? 0 : $1.volume)
        }
        let handle = day.intervals.reduce(0.0) { $0 + ($1.averageHandleTime ?? 0) * $1.volume }
        table.add([
          queue.queue, LocalTime.isoDate(ofDay: day.day),
          LocalTime.weekdayNames[LocalTime.weekday(ofDay: day.day)]
            + (day.status == .open ? "" : " (\(day.status.rawValue))"),
          Formatting.fixed(day.total, decimals: 0), range(day.central80), range(day.central95),
          handled > 0 ? Formatting.seconds(handle / handled) : "—",
        ])
      }
    }
    return table.rendered()
  }

  static func range(_ interval: PredictionInterval) -> String {
    Formatting.fixed(interval.low, decimals: 0) + "–" + Formatting.fixed(interval.high, decimals: 0)
  }

  public static func json(_ forecast: Forecast) -> String {
    func bounds(_ interval: PredictionInterval) -> JSONOutput {
      .object([("low", .number(interval.low)), ("high", .number(interval.high))])
    }
    return JSONOutput.object([
      (
        "queues",
        .array(
          forecast.queues.map { queue in
            .object([
              ("queue", .string(queue.queue)), ("intervalSeconds", .int(queue.intervalLength)),
              (
                "days",
                .array(
                  queue.days.map { day in
                    .object([
                      ("date", .string(LocalTime.isoDate(ofDay: day.day))),
                      ("status", .string(day.status.rawValue)), ("calls", .number(day.total)),
                      ("central80", bounds(day.central80)), ("central95", bounds(day.central95)),
                      (
                        "intervals",
                        .array(
                          day.intervals.map { interval in
                            .object([
                              ("start", .string(FitScenario.clock(Double(interval.start)))),
                              ("calls", .number(interval.volume)),
                              ("central80", bounds(interval.central80)),
                              ("central95", bounds(interval.central95)),
                              ("ahtSeconds", .number(interval.averageHandleTime)),
                            ])
                          })
                      ),
                    ])
                  })
              ),
            ])
          })
      )
    ]).rendered() + "\n"
  }
}

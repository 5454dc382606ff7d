import ContactCentre
import Planning
import SimKernel

/// `ccsim backtest`'s outputs, all from one `Backtest`: the day's table, the per-interval CSV,
/// the JSON and the HTML page with a chart per figure.
public enum BacktestReport {
  /// Each metric's label, column name and formatting.
  static func label(_ metric: Backtest.Metric) -> String {
    switch metric {
    case .offered: "Offered"
    case .serviceLevel: "Service level"
    case .averageSpeedOfAnswer: "ASA"
    case .abandonRate: "Abandon rate"
    case .occupancy: "Occupancy"
    }
  }

  static func column(_ metric: Backtest.Metric) -> String {
    switch metric {
    case .offered: "offered"
    case .serviceLevel: "sl"
    case .averageSpeedOfAnswer: "asa_s"
    case .abandonRate: "abandon_rate"
    case .occupancy: "occupancy"
    }
  }

  static func format(_ metric: Backtest.Metric, _ value: Double?) -> String {
    guard let value else { return "—" }
    switch metric {
    case .offered: return Formatting.fixed(value, decimals: 1, trimmingZeros: true)
    case .averageSpeedOfAnswer: return Formatting.seconds(value)
    case .serviceLevel, .abandonRate, .occupancy: return Formatting.percent(value)
    }
  }

  /// An error in the metric's unit: points for shares, seconds, calls.
  static func formatError(_ metric: Backtest.Metric, _ value: Double?) -> String {
    guard let value else { return "—" }
    let shown =
      metric == .serviceLevel || metric == .abandonRate || metric == .occupancy
      ? value * 1000 : value * 10
    let sign = shown.rounded() > 0 ? "+" : shown.rounded() < 0 ? "−" : "±"
    switch metric {
    case .offered: return sign + Formatting.fixed(abs(value), decimals: 1, trimmingZeros: true)
    case .averageSpeedOfAnswer: return sign + Formatting.fixed(abs(value), decimals: 1) + " s"
    case .serviceLevel, .abandonRate, .occupancy:
      return sign + Formatting.fixed(abs(value) * 100, decimals: 1) + " pts"
    }
  }

  /// The day per scope: actual, simulated (± half-width), the day's error, and the mean
  /// absolute error and bias over the intervals.
  public static func table(_ backtest: Backtest) -> String {
    var table = TextTable(
      [
        "scope", "figure", "actual", "simulated", "± 95 %", "day error", "interval MAE",
        "by chance", "bias",
      ],
      leftAligned: 2)
    for row in backtest.day {
      for metric in Backtest.Metric.allCases {
        let figure = row[metric]
        guard figure.actual != nil || figure.simulated.mean != nil else { continue }
        let accuracy = backtest.accuracy.first { $0.scope == row.scope && $0.metric == metric }
        table.add([
          row.scope, label(metric), format(metric, figure.actual),
          format(metric, figure.simulated.mean),
          figure.simulated.halfWidth95.map { formatError(metric, $0).dropFirst() + "" } ?? "—",
          formatError(metric, figure.error),
          accuracy?.meanAbsoluteError.map { formatError(metric, $0).dropFirst() + "" } ?? "—",
          accuracy?.chanceError.map { formatError(metric, $0).dropFirst() + "" } ?? "—",
          formatError(metric, accuracy?.bias),
        ])
      }
    }
    return table.rendered()
  }

  /// One row per interval and scope: each figure actual, simulated, its half-width and the error.
  public static func csv(_ backtest: Backtest, configuration: CentreConfiguration) -> String {
    var header = ["interval", "scope"]
    for metric in Backtest.Metric.allCases {
      let name = column(metric)
      header += [name + "_actual", name + "_sim", name + "_sim_hw95", name + "_error"]
    }
    var text = header.joined(separator: ",") + "\n"
    for row in backtest.intervals + backtest.day {
      var fields = [
        row.interval.map { label(interval: $0, configuration) } ?? "day", CSVField.text(row.scope),
      ]
      for figure in row.figures {
        fields += [
          CSVField.number(figure.actual), CSVField.number(figure.simulated.mean),
          CSVField.number(figure.simulated.halfWidth95), CSVField.number(figure.error),
        ]
      }
      text += fields.joined(separator: ",") + "\n"
    }
    return text
  }

  /// Everything: the day, the accuracy and the intervals.
  public static func json(
    _ backtest: Backtest, configuration: CentreConfiguration, date: String
  ) -> String {
    func figures(_ row: Backtest.Row) -> JSONOutput {
      .object(
        Backtest.Metric.allCases.map { metric in
          let figure = row[metric]
          return (
            metric.rawValue,
            .object([
              ("actual", .number(figure.actual)), ("simulated", .number(figure.simulated.mean)),
              ("halfWidth95", .number(figure.simulated.halfWidth95)),
              ("error", .number(figure.error)),
            ])
          )
        })
    }
    let accuracy = backtest.accuracy.map { item in
      JSONOutput.object([
        ("scope", .string(item.scope)), ("metric", .string(item.metric.rawValue)),
        ("intervals", .int(item.intervals)),
        ("meanAbsoluteError", .number(item.meanAbsoluteError)), ("bias", .number(item.bias)),
        ("dayError", .number(item.dayError)), ("chanceError", .number(item.chanceError)),
      ])
    }
    return JSONOutput.object([
      ("scenario", .string(configuration.name)), ("date", .string(date)),
      ("replications", .int(backtest.replications)),
      (
        "day",
        .array(
          backtest.day.map { .object([("scope", .string($0.scope)), ("figures", figures($0))]) })
      ),
      ("accuracy", .array(accuracy)),
      (
        "intervals",
        .array(
          backtest.intervals.map {
            .object([
              ("interval", .string(label(interval: $0.interval ?? 0, configuration))),
              ("scope", .string($0.scope)), ("figures", figures($0)),
            ])
          })
      ),
    ]).rendered() + "\n"
  }

  static func label(interval: Int, _ configuration: CentreConfiguration) -> String {
    Formatting.clock(configuration.startOfDay + configuration.interval * Int64(interval))
  }
}

/// Forecasts interval volumes and handle times for future days from a centre's interval
/// history, queue by queue.
///
/// The day's total comes from `DailyTotalModel` (weekday levels and a linear trend on log daily
/// totals, with Student-t prediction intervals); its split into intervals from
/// `IntradayProfile` (each weekday's shares of the day), so the intervals add up to the total
/// exactly. Both use the last `windowWeeks` weeks of each queue's history: recent enough to
/// follow a change in the profile, long enough that each weekday is seen several times.
///
/// An interval's count is the day's total split multinomially (with the profile's dispersion
/// φ), so by the law of total variance, with E, V the mean and variance of the day's total,
/// p the interval's share and Var(p̂) ≈ φ p(1 − p)/M its estimate's variance from M calls:
///
///     E[n] = p E,   Var[n] = φ p(1 − p) E + p² V + (E² + V) Var(p̂),
///
/// the within-day noise, the day's uncertainty and the profile's. The interval's prediction
/// interval takes the quantiles of a count with that mean and variance (negative binomial).
public struct IntervalForecaster: Sendable {
  /// Days with records a queue needs in its window: two of each weekday, so that each weekday's
  /// level and the trend are told from the noise.
  public static let minimumDays = 14

  /// How many weeks of each queue's history, back from its last day, the forecast uses.
  public var windowWeeks: Int

  /// A forecaster using the last `windowWeeks` weeks of each queue; fewer than 2 cannot hold
  /// `minimumDays` days, and every forecast is then refused as too little history.
  public init(windowWeeks: Int = 8) {
    self.windowWeeks = windowWeeks
  }

  /// The forecast of every queue of `history` for each of `days` (days since 1970-01-01, as
  /// `LocalTime.day`).
  ///
  /// A day whose weekday had no calls in the window is forecast 0 (`.closed`), and so is one
  /// whose weekday is not in the window at all (`.noHistory`: exports often leave closed days
  /// out, but it may be a gap in the history).
  /// - Throws: `ForecastError` for no history or no days, a negative, NaN or infinite value,
  ///   intervals of mixed or odd lengths, two records of one interval, or fewer than
  ///   `minimumDays` days with calls in a queue's window.
  public func forecast(history: [IntervalRecord], days: [Int]) throws(ForecastError) -> Forecast {
    guard !history.isEmpty else { throw .emptyHistory }
    guard !days.isEmpty else { throw .noDays }
    var byQueue: [String: [IntervalRecord]] = [:]
    for record in history { byQueue[record.queue, default: []].append(record) }
    var queues: [QueueForecast] = []
    for name in byQueue.keys.sorted() {
      let queue = try QueueHistory(queue: name, records: byQueue[name] ?? [])
      queues.append(try forecast(queue, days: days))
    }
    return Forecast(days: days, queues: queues)
  }

  /// The levels of the prediction intervals, as `DayForecast` and `IntervalForecast` hold them.
  static let levels = (narrow: 0.80, wide: 0.95)

  private func forecast(_ queue: QueueHistory, days: [Int]) throws(ForecastError)
    -> QueueForecast
  {
    let window = queue.window(weeks: windowWeeks)
    let open = window.filter { $0.record.total > 0 }
    guard open.count >= Self.minimumDays,
      let model = DailyTotalModel(
        totals: open.map { (day: $0.day, calls: $0.record.total) }, origin: queue.lastDay)
    else {
      throw .tooLittleHistory(
        queue: queue.queue, days: open.count, needed: Self.minimumDays, windowWeeks: windowWeeks)
    }
    let profile = IntradayProfile(window: window, slots: queue.slots)
    let seenWeekdays = Set(window.map { LocalTime.weekday(ofDay: $0.day) })
    let forecasts = days.map { day in
      let weekday = LocalTime.weekday(ofDay: day)
      let handleTimes = profile.handleTimes[weekday]
      guard let prediction = model.predict(day: day), let shares = profile.shares[weekday] else {
        return Self.nothing(
          day: day, status: seenWeekdays.contains(weekday) ? .closed : .noHistory,
          length: queue.length, handleTimes: handleTimes)
      }
      return Self.day(
        day, prediction, shares: shares, sampleCalls: profile.sampleCalls[weekday],
        dispersion: profile.dispersion, length: queue.length, handleTimes: handleTimes)
    }
    return QueueForecast(
      queue: queue.queue, intervalLength: queue.length,
      hasHandleTime: profile.handleTimes.contains { $0 != nil }, days: forecasts)
  }

  /// A day forecast from the model's prediction of its total and its weekday's profile.
  private static func day(
    _ day: Int, _ prediction: DailyTotalModel.Prediction, shares: [Double], sampleCalls: Double,
    dispersion: Double, length: Int, handleTimes: [Double]?
  ) -> DayForecast {
    let mean = prediction.mean
    let variance = prediction.variance
    let probabilities = [
      (1 - levels.wide) / 2, (1 - levels.narrow) / 2, (1 + levels.narrow) / 2,
      (1 + levels.wide) / 2,
    ]
    let intervals = shares.enumerated().map { k, p in
      let shareVariance = dispersion * p * (1 - p) / sampleCalls
      let countVariance =
        dispersion * p * (1 - p) * mean + p * p * variance
        + (mean * mean + variance) * shareVariance
      let q = CountQuantiles.quantiles(mean: p * mean, variance: countVariance, probabilities)
      return IntervalForecast(
        start: k * length, volume: p * mean,
        central80: PredictionInterval(low: q[1], high: q[2]),
        central95: PredictionInterval(low: q[0], high: q[3]),
        averageHandleTime: handleTimes?[k])
    }
    return DayForecast(
      day: day, status: .open, total: intervals.reduce(0) { $0 + $1.volume },
      central80: prediction.central(levels.narrow), central95: prediction.central(levels.wide),
      intervals: intervals)
  }

  /// A day forecast to have no calls.
  private static func nothing(
    day: Int, status: DayForecast.Status, length: Int, handleTimes: [Double]?
  ) -> DayForecast {
    let zero = PredictionInterval(low: 0, high: 0)
    let intervals = (0..<(86_400 / length)).map { k in
      IntervalForecast(
        start: k * length, volume: 0, central80: zero, central95: zero,
        averageHandleTime: handleTimes?[k])
    }
    return DayForecast(
      day: day, status: status, total: 0, central80: zero, central95: zero, intervals: intervals)
  }
}

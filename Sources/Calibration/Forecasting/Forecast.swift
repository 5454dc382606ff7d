/// A forecast of interval volumes and handle times for some days, per queue, as
/// `IntervalForecaster` makes it from a centre's interval history.
public struct Forecast: Sendable, Equatable {
  /// The days forecast (days since 1970-01-01, as `LocalTime.day`), in the order asked.
  public var days: [Int]
  /// One per queue of the history, in the order of their names.
  public var queues: [QueueForecast]

  public init(days: [Int], queues: [QueueForecast]) {
    self.days = days
    self.queues = queues
  }

  /// Each queue's day totals with their prediction intervals, queue by queue, day by day: what
  /// a command prints beside the CSV.
  public var summaries: [ForecastDaySummary] {
    queues.flatMap { queue in
      queue.days.map { day in
        ForecastDaySummary(
          queue: queue.queue, day: day.day, status: day.status, total: day.total,
          central80: day.central80, central95: day.central95)
      }
    }
  }
}

/// The range a forecast quantity falls in with a stated probability: `low` is its
/// (1 − level)/2 quantile and `high` its (1 + level)/2 quantile.
public struct PredictionInterval: Sendable, Equatable {
  public var low: Double
  public var high: Double

  public init(low: Double, high: Double) {
    self.low = low
    self.high = high
  }

  /// Whether `value` lies in the interval, ends included.
  public func contains(_ value: Double) -> Bool { low <= value && value <= high }
}

/// The forecast of one queue.
public struct QueueForecast: Sendable, Equatable {
  /// The queue, as the history names it.
  public var queue: String
  /// The length of the history's intervals, seconds; the forecast's are the same.
  public var intervalLength: Int
  /// Whether the history gave handle times: without them every interval's AHT is nil.
  public var hasHandleTime: Bool
  /// One per day asked for, in the same order.
  public var days: [DayForecast]

  public init(queue: String, intervalLength: Int, hasHandleTime: Bool, days: [DayForecast]) {
    self.queue = queue
    self.intervalLength = intervalLength
    self.hasHandleTime = hasHandleTime
    self.days = days
  }
}

/// The forecast of one queue for one day: its total and every interval of the day.
public struct DayForecast: Sendable, Equatable {
  /// Why a day is forecast as it is.
  public enum Status: String, Sendable, Equatable {
    /// Forecast from the model.
    case open
    /// Every day of this weekday in the history's window had no calls: forecast 0.
    case closed
    /// The history's window holds no day of this weekday: forecast 0, which may be wrong.
    case noHistory
  }

  /// Days since 1970-01-01.
  public var day: Int
  public var status: Status
  /// The expected calls of the day: the sum of `intervals`' volumes.
  public var total: Double
  /// The day's calls will lie here with probability 80 %, and in `central95` with 95 %.
  public var central80: PredictionInterval
  public var central95: PredictionInterval
  /// Every interval of the day from midnight (`86_400 / intervalLength` of them).
  public var intervals: [IntervalForecast]

  public init(
    day: Int, status: Status, total: Double, central80: PredictionInterval,
    central95: PredictionInterval, intervals: [IntervalForecast]
  ) {
    self.day = day
    self.status = status
    self.total = total
    self.central80 = central80
    self.central95 = central95
    self.intervals = intervals
  }
}

/// The forecast of one interval of one queue's day.
public struct IntervalForecast: Sendable, Equatable {
  /// The interval's start, seconds after midnight.
  public var start: Int
  /// The expected calls offered.
  public var volume: Double
  /// The interval's count of calls lies here (whole numbers) with probability at least 80 %,
  /// and in `central95` with at least 95 %.
  public var central80: PredictionInterval
  public var central95: PredictionInterval
  /// The expected average handle time, seconds; nil when the history has none for the queue.
  public var averageHandleTime: Double?

  public init(
    start: Int, volume: Double, central80: PredictionInterval, central95: PredictionInterval,
    averageHandleTime: Double?
  ) {
    self.start = start
    self.volume = volume
    self.central80 = central80
    self.central95 = central95
    self.averageHandleTime = averageHandleTime
  }
}

/// One queue's day total with its prediction intervals, for printing.
public struct ForecastDaySummary: Sendable, Equatable {
  public var queue: String
  public var day: Int
  public var status: DayForecast.Status
  public var total: Double
  public var central80: PredictionInterval
  public var central95: PredictionInterval

  /// `2024-03-11`.
  public var date: String { LocalTime.isoDate(ofDay: day) }
  /// `Monday`.
  public var weekday: String { LocalTime.weekdayNames[LocalTime.weekday(ofDay: day)] }
}

import SimKernel

/// When calls arrive on a line: a Poisson process whose rate may change each reporting interval.
public struct ArrivalProfile: Sendable, Equatable {
  /// Calls per second in each period of length `period` from `start`.
  ///
  /// Past the last period no calls arrive, unless the profile is constant.
  public var ratePerSecond: [Double]
  /// Whether the one rate holds for the whole run (`perHour`).
  public var isConstant: Bool
  /// The length of each period of `ratePerSecond` (the scenario's reporting interval).
  public var period: SimDuration
  /// The coefficient of variation of a day-level busyness factor (Poisson-gamma); 0 = none.
  public var overdispersion: Double
  /// The day-level busyness factor the line shares with others, if any (`SharedBusyness`).
  public var sharedBusyness: SharedBusyness? = nil
  /// Recorded arrival moments (since t = 0, in time order) that replace the Poisson draws: a
  /// past day replayed, trace-driven (`ccsim backtest`); every replication rings them all.
  /// `ratePerSecond` then holds their counts per period, for whatever reckons expected calls.
  public var recorded: [SimDuration]? = nil

  /// A constant Poisson rate.
  public static func perHour(_ calls: Double, overdispersion: Double = 0) -> ArrivalProfile {
    ArrivalProfile(
      ratePerSecond: [calls / 3600], isConstant: true, period: .hours(24),
      overdispersion: overdispersion)
  }

  /// Expected calls in each reporting interval of length `interval`.
  public static func perInterval(
    _ calls: [Double], interval: SimDuration, overdispersion: Double = 0
  ) -> ArrivalProfile {
    ArrivalProfile(
      ratePerSecond: calls.map { $0 / interval.seconds }, isConstant: false, period: interval,
      overdispersion: overdispersion)
  }

  /// Callers at exactly the recorded moments (`times` since t = 0, sorted here), with their
  /// counts per `interval` as the rates.
  public static func recorded(_ times: [SimDuration], interval: SimDuration) -> ArrivalProfile {
    let sorted = times.sorted()
    var counts: [Double] = []
    for time in sorted {
      let index = Int(time.microseconds / interval.microseconds)
      if counts.count <= index { counts += Array(repeating: 0, count: index + 1 - counts.count) }
      counts[index] += 1
    }
    var profile = perInterval(counts, interval: interval)
    profile.recorded = sorted
    return profile
  }
}

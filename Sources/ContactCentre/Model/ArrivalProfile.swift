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
}

import SimKernel

/// A factor per period of equal length from t = 0, e.g. on a call type's talk so that its
/// handle time follows a forecast's AHT interval by interval; 1 after the last period.
public struct PeriodFactors: Sendable, Equatable {
  /// The length of each period.
  public var period: SimDuration
  /// The factor of each period, in time order.
  public var factors: [Double]

  /// Creates factors for periods of `period` from t = 0.
  public init(period: SimDuration, factors: [Double]) {
    precondition(period > .zero, "periods must have a length")
    self.period = period
    self.factors = factors
  }

  /// The factor of the period `time` (since t = 0) falls in; 1 outside the periods.
  @inline(__always)
  public func factor(at time: SimDuration) -> Double {
    let index = time.microseconds / period.microseconds
    return time >= .zero && index < Int64(factors.count) ? factors[Int(index)] : 1
  }

  /// `duration` times the factor at `time`, to the microsecond.
  @inline(__always)
  public func scale(_ duration: SimDuration, at time: SimDuration) -> SimDuration {
    let factor = factor(at: time)
    guard factor != 1 else { return duration }
    return SimDuration(microseconds: Int64((Double(duration.microseconds) * factor).rounded()))
  }
}

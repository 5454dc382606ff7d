import ContactCentre
import SimKernel

extension ArrivalProfile {
  /// The expected number of calls between `start` and `end` (times since t = 0): the integral
  /// of the piecewise-constant rate, zero past the last period of a non-constant profile.
  ///
  /// The day-level busyness factors of `overdispersion` and `sharedBusyness` have mean 1, and
  /// so has their product (they are independent): they change nothing here.
  public func expectedCalls(from start: SimDuration, to end: SimDuration) -> Double {
    guard end > start else { return 0 }
    if isConstant { return (ratePerSecond.first ?? 0) * (end - start).seconds }
    let period = self.period.microseconds
    var total = 0.0
    var index = Int(start.microseconds / period)
    while index < ratePerSecond.count {
      let from = max(start.microseconds, Int64(index) * period)
      let until = min(end.microseconds, Int64(index + 1) * period)
      guard until > from else { break }
      total += ratePerSecond[index] * SimDuration(microseconds: until - from).seconds
      index += 1
    }
    return total
  }
}

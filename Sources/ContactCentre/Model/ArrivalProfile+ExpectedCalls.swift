import SimKernel

extension ArrivalProfile {
  /// The expected number of calls between `start` and `end` (times since t = 0): the integral
  /// of the piecewise-constant rate, zero past the last period of a non-constant profile; for
  /// a recorded day (`recorded`), the number of recorded moments in [start, end).
  ///
  /// The day-level busyness factors of `overdispersion` and `sharedBusyness` have mean 1, and
  /// so has their product (they are independent): they change nothing here.
  public func expectedCalls(from start: SimDuration, to end: SimDuration) -> Double {
    guard end > start else { return 0 }
    if let recorded { return Double(Self.count(recorded, from: start, to: end)) }
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

  /// The number of `sorted` moments in [start, end), by two binary searches.
  private static func count(_ sorted: [SimDuration], from start: SimDuration, to end: SimDuration)
    -> Int
  {
    func firstIndex(notBefore time: SimDuration) -> Int {
      var low = 0
      var high = sorted.count
      while low < high {
        let middle = (low + high) / 2
        if sorted[middle] < time { low = middle + 1 } else { high = middle }
      }
      return low
    }
    return firstIndex(notBefore: end) - firstIndex(notBefore: start)
  }
}

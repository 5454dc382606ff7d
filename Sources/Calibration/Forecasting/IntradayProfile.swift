/// How a queue's day splits into its intervals, weekday by weekday, and the handle time of each
/// interval, from the days of the history's window.
///
/// The share of interval k on weekday w is the ratio of sums p̂_wk = Σ_d n_dk / Σ_d D_d over
/// the open days d of that weekday: the calls of the interval over the calls of the day. The
/// shares of a weekday add up to 1, so the intervals of a forecast day add up to its total.
///
/// Given the day's total D, a Poisson process splits its calls among the intervals
/// multinomially: n_k | D ~ Binomial(D, p_k). Real days scatter more than that (a burst after a
/// mailing), so the profile also measures the within-day dispersion φ, Pearson's statistic over
/// the window, φ = Σ_dk (n_dk − D_d p̂_wk)² / (D_d p̂_wk (1 − p̂_wk)) / Σ_w (days_w − 1)(K_w − 1)
/// (K_w: the intervals of weekday w with calls), kept at least 1; φ = 1 is the pure Poisson day.
struct IntradayProfile {
  /// Per weekday (Monday = 0): each interval's share of the day; nil for a weekday without an
  /// open day in the window.
  let shares: [[Double]?]
  /// Per weekday: the calls of its open days in the window, the sample the shares come from.
  let sampleCalls: [Double]
  /// The within-day dispersion φ ≥ 1.
  let dispersion: Double
  /// Per weekday and interval: the expected AHT, seconds; nil when the queue has none.
  let handleTimes: [[Double]?]

  init(window: [(day: Int, record: QueueHistory.Day)], slots: Int) {
    var calls = [[Double]](repeating: [Double](repeating: 0, count: slots), count: 7)
    var weight = calls
    var seconds = calls
    var totals = [Double](repeating: 0, count: 7)
    for (day, record) in window {
      let weekday = LocalTime.weekday(ofDay: day)
      for k in 0..<slots {
        calls[weekday][k] += record.offered[k]
        weight[weekday][k] += record.handleWeight[k]
        seconds[weekday][k] += record.handleSeconds[k]
      }
      totals[weekday] += record.total
    }
    let shares = (0..<7).map { w -> [Double]? in
      totals[w] > 0 ? calls[w].map { $0 / totals[w] } : nil
    }
    self.shares = shares
    sampleCalls = totals
    dispersion = Self.dispersion(window: window, shares: shares)
    handleTimes = Self.handleTimes(weight: weight, seconds: seconds)
  }

  /// Pearson's dispersion of the days' intervals about their weekday's shares, at least 1.
  private static func dispersion(
    window: [(day: Int, record: QueueHistory.Day)], shares: [[Double]?]
  ) -> Double {
    var statistic = 0.0
    var openDays = [Int](repeating: 0, count: 7)
    for (day, record) in window {
      let weekday = LocalTime.weekday(ofDay: day)
      let total = record.total
      guard total > 0, let share = shares[weekday] else { continue }
      openDays[weekday] += 1
      for (count, p) in zip(record.offered, share) where p > 0 && p < 1 {
        let expected = total * p
        statistic += (count - expected) * (count - expected) / (expected * (1 - p))
      }
    }
    var freedom = 0
    for w in 0..<7 {
      guard let share = shares[w], openDays[w] > 1 else { continue }
      freedom += (openDays[w] - 1) * (share.filter { $0 > 0 }.count - 1)
    }
    guard freedom > 0 else { return 1 }
    return max(1, statistic / Double(freedom))
  }

  /// The handled-weighted mean AHT of each weekday's intervals, falling back to the weekday's
  /// mean where an interval has no handled calls, then to the queue's mean.
  private static func handleTimes(weight: [[Double]], seconds: [[Double]]) -> [[Double]?] {
    let queueWeight = weight.joined().reduce(0, +)
    guard queueWeight > 0 else { return [[Double]?](repeating: nil, count: 7) }
    let queueMean = seconds.joined().reduce(0, +) / queueWeight
    return (0..<7).map { w in
      let dayWeight = weight[w].reduce(0, +)
      let dayMean = dayWeight > 0 ? seconds[w].reduce(0, +) / dayWeight : queueMean
      return zip(weight[w], seconds[w]).map { $0 > 0 ? $1 / $0 : dayMean }
    }
  }
}

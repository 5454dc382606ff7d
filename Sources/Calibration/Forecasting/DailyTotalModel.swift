import SimKernel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A queue's daily totals as a weekday effect, a level and a linear trend on the log scale,
/// fitted by ordinary least squares:
///
///     log D_d = a_{weekday(d)} + b · t_d + e_d,   e_d ~ N(0, σ²) independent,
///
/// where `t_d` is weeks from the last day of the history. One intercept per weekday seen (no
/// common one) makes `a` the level of each weekday, and the log makes the effects multiplicative
/// — a Monday 30 % above a Friday stays 30 % above as the level grows — and the noise roughly
/// proportional to the level, as it is for counts of calls.
///
/// A day's total is predicted as `m = x'β̂` with variance `v = s²(1 + x'(X'X)⁻¹x)`: the
/// residual variance plus the uncertainty of the fitted parameters, which grows as the trend is
/// extrapolated. `(log D − m)/√v` follows Student's t with n − p degrees of freedom, so
/// `exp(m ± t·√v)` is an exact prediction interval under the model.
struct DailyTotalModel {
  /// The weekdays (Monday = 0) with a parameter of their own, in column order.
  let weekdays: [Int]
  /// The weekday levels, then the trend per week.
  let coefficients: [Double]
  /// (X'X)⁻¹.
  let inverse: [[Double]]
  /// The residual variance s² = RSS / (n − p).
  let residualVariance: Double
  let degreesOfFreedom: Int
  /// The day trends are measured from (t = 0).
  let origin: Int

  /// The model's prediction for a day: the log-scale centre and variance.
  struct Prediction {
    var logCentre: Double
    var logVariance: Double
    var degreesOfFreedom: Int

    /// The expected total, exp(m + v/2): the mean of a lognormal with these log moments (the
    /// median exp(m) would fall short of the mean that staffing needs).
    var mean: Double { exp(logCentre + logVariance / 2) }
    /// The variance of the total under the same lognormal approximation.
    var variance: Double { (exp(logVariance) - 1) * mean * mean }

    /// The central interval holding the total with probability `level`.
    func central(_ level: Double) -> PredictionInterval {
      let t = StudentT.quantile((1 + level) / 2, degreesOfFreedom: degreesOfFreedom)
      let spread = t * logVariance.squareRoot()
      return PredictionInterval(low: exp(logCentre - spread), high: exp(logCentre + spread))
    }
  }

  /// Fits the model to `totals` (day → calls, every one > 0) with trends from day `origin`;
  /// nil when there are fewer than two degrees of freedom.
  init?(totals: [(day: Int, calls: Double)], origin: Int) {
    let weekdays = Set(totals.map { LocalTime.weekday(ofDay: $0.day) }).sorted()
    let p = weekdays.count + 1
    guard totals.count - p >= 2 else { return nil }
    let rows = totals.map { Self.row(day: $0.day, weekdays: weekdays, origin: origin) }
    let y = totals.map { log($0.calls) }
    var gram = [[Double]](repeating: [Double](repeating: 0, count: p), count: p)
    var moment = [Double](repeating: 0, count: p)
    for (row, value) in zip(rows, y) {
      for i in 0..<p {
        moment[i] += row[i] * value
        for j in 0..<p { gram[i][j] += row[i] * row[j] }
      }
    }
    guard let inverse = Self.inverted(gram) else { return nil }
    let beta = (0..<p).map { i in (0..<p).reduce(0.0) { $0 + inverse[i][$1] * moment[$1] } }
    var rss = 0.0
    for (row, value) in zip(rows, y) {
      let fitted = zip(row, beta).reduce(0.0) { $0 + $1.0 * $1.1 }
      rss += (value - fitted) * (value - fitted)
    }
    self.weekdays = weekdays
    coefficients = beta
    self.inverse = inverse
    degreesOfFreedom = totals.count - p
    residualVariance = rss / Double(degreesOfFreedom)
    self.origin = origin
  }

  /// The prediction for `day`; nil when its weekday has no parameter (no open day seen).
  func predict(day: Int) -> Prediction? {
    guard weekdays.contains(LocalTime.weekday(ofDay: day)) else { return nil }
    let x = Self.row(day: day, weekdays: weekdays, origin: origin)
    let centre = zip(x, coefficients).reduce(0.0) { $0 + $1.0 * $1.1 }
    var leverage = 0.0
    for i in x.indices {
      for j in x.indices { leverage += x[i] * inverse[i][j] * x[j] }
    }
    return Prediction(
      logCentre: centre, logVariance: residualVariance * (1 + leverage),
      degreesOfFreedom: degreesOfFreedom)
  }

  /// The trend per week (on the log scale: 0.01 is about 1 % a week).
  var trendPerWeek: Double { coefficients[coefficients.count - 1] }

  /// The design row of a day: its weekday's indicator, then weeks from `origin`.
  private static func row(day: Int, weekdays: [Int], origin: Int) -> [Double] {
    let weekday = LocalTime.weekday(ofDay: day)
    return weekdays.map { $0 == weekday ? 1.0 : 0.0 } + [Double(day - origin) / 7]
  }

  /// The inverse of a small symmetric positive-definite matrix by Gauss–Jordan elimination
  /// with partial pivoting; nil when it is singular.
  private static func inverted(_ matrix: [[Double]]) -> [[Double]]? {
    let n = matrix.count
    var a = matrix
    var b = (0..<n).map { i in (0..<n).map { $0 == i ? 1.0 : 0.0 } }
    let scale = matrix.flatMap { $0 }.map(abs).max() ?? 0
    for column in 0..<n {
      let pivot = (column..<n).max { abs(a[$0][column]) < abs(a[$1][column]) } ?? column
      guard abs(a[pivot][column]) > 1e-12 * scale else { return nil }
      a.swapAt(column, pivot)
      b.swapAt(column, pivot)
      let divisor = a[column][column]
      for j in 0..<n {
        a[column][j] /= divisor
        b[column][j] /= divisor
      }
      for i in 0..<n where i != column {
        let factor = a[i][column]
        guard factor != 0 else { continue }
        for j in 0..<n {
          a[i][j] -= factor * a[column][j]
          b[i][j] -= factor * b[column][j]
        }
      }
    }
    return b
  }
}

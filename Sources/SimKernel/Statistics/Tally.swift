/// Running count, mean, variance, minimum and maximum of observations (Welford's algorithm).
public struct Tally: Sendable, Equatable {
  /// The number of observations.
  public internal(set) var count: Int = 0
  /// The mean of the observations (0 when there are none).
  public private(set) var mean: Double = 0
  @usableFromInline var sumOfSquares: Double = 0
  /// The smallest observation (+infinity when there are none).
  public private(set) var minimum: Double = .infinity
  /// The largest observation (−infinity when there are none).
  public private(set) var maximum: Double = -.infinity

  /// Creates an empty tally.
  public init() {}

  /// Creates a tally of `values`.
  public init<S: Sequence<Double>>(_ values: S) {
    for value in values { add(value) }
  }

  /// Adds one observation.
  ///
  /// - Complexity: O(1)
  public mutating func add(_ value: Double) {
    count += 1
    let delta = value - mean
    mean += delta / Double(count)
    sumOfSquares += delta * (value - mean)
    if value < minimum { minimum = value }
    if value > maximum { maximum = value }
  }

  /// The sample variance (n − 1 denominator); nil with fewer than two observations.
  public var sampleVariance: Double? {
    count > 1 ? sumOfSquares / Double(count - 1) : nil
  }

  /// The sample standard deviation; nil with fewer than two observations.
  public var standardDeviation: Double? { sampleVariance?.squareRoot() }

  /// The 95 % Student-t half-width of the mean; nil with fewer than two observations.
  public var halfWidth95: Double? {
    guard let deviation = standardDeviation else { return nil }
    return StudentT.quantile(0.975, degreesOfFreedom: count - 1) * deviation
      / Double(count).squareRoot()
  }

  /// Merges another tally into this one (Chan et al.'s parallel update).
  public mutating func merge(_ other: Tally) {
    guard other.count > 0 else { return }
    guard count > 0 else {
      self = other
      return
    }
    let total = count + other.count
    let delta = other.mean - mean
    mean += delta * Double(other.count) / Double(total)
    sumOfSquares +=
      other.sumOfSquares + delta * delta * Double(count) * Double(other.count)
      / Double(total)
    count = total
    minimum = min(minimum, other.minimum)
    maximum = max(maximum, other.maximum)
  }
}

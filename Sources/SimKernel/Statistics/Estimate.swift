/// A mean over independent replications with its 95 % Student-t half-width.
public struct Estimate: Sendable, Equatable {
  /// The mean over the replications that had a value; nil when none had one.
  public var mean: Double?
  /// The 95 % half-width; nil with fewer than two values.
  public var halfWidth95: Double?
  /// How many replications contributed a value.
  public var count: Int

  /// Creates an estimate from fixed figures.
  public init(mean: Double?, halfWidth95: Double?, count: Int) {
    self.mean = mean
    self.halfWidth95 = halfWidth95
    self.count = count
  }

  /// The estimate from one value per replication; replications with nil (an empty
  /// denominator) are left out.
  public init(replications values: [Double?]) {
    let tally = Tally(values.compactMap { $0 })
    self.init(
      mean: tally.count > 0 ? tally.mean : nil, halfWidth95: tally.halfWidth95,
      count: tally.count)
  }
}

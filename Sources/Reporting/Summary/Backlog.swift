/// Work open at the end of each reporting interval (incidents, exception work items), as the
/// mean over replications: the backlog over the day.
public struct Backlog: Sendable, Equatable {
  /// Per reporting interval, the mean number open at its end.
  public var open: [Double]

  /// The mean of `perReplication` (one count per interval each) over `intervals` intervals; a
  /// replication that kept fewer intervals counts in those it kept.
  public init(_ perReplication: [[Int]], intervals: Int) {
    open = (0..<intervals).map { interval in
      let counts = perReplication.compactMap { interval < $0.count ? $0[interval] : nil }
      return counts.isEmpty ? 0 : Double(counts.reduce(0, +)) / Double(counts.count)
    }
  }

  /// The largest mean backlog of any interval (0 when there are none).
  public var peak: Double { open.max() ?? 0 }
}

import ContactCentre

extension Replications {
  /// Replications run until a half-width meets its target, and whether it did.
  public struct PrecisionRun: Sendable {
    /// Every replication run, in replication order.
    public var runs: [RunStatistics]
    /// The target half-width.
    public var target: Double
    /// The half-width over `runs`; nil when the metric had fewer than two values.
    public var halfWidth95: Double?

    /// Whether the half-width is at most the target.
    public var reached: Bool { halfWidth95.map { $0 <= target } ?? false }
  }

  /// Adds replications in batches until `halfWidth` of the replications so far is at most
  /// `target`, or `cap` replications have run.
  ///
  /// `batch(first, count)` runs replications `first ..< first + count` (in parallel, as it
  /// likes) and returns them in order. The batches depend only on the figures, never on how
  /// they were run: the first has `initial` replications, each next total is
  /// ``nextCount(after:halfWidth:target:cap:)``. So the same scenario and seed stop at the
  /// same replication, whatever the number of threads.
  public static func untilPrecision(
    target: Double, initial: Int, cap: Int,
    halfWidth: ([RunStatistics]) -> Double?,
    batch: (_ first: Int, _ count: Int) throws -> [RunStatistics]
  ) rethrows -> PrecisionRun {
    precondition(target > 0 && initial >= 1 && cap >= 1)
    var runs = try batch(0, min(initial, cap))
    var result = PrecisionRun(runs: runs, target: target, halfWidth95: halfWidth(runs))
    while !result.reached && runs.count < cap {
      let next = nextCount(
        after: runs.count, halfWidth: result.halfWidth95, target: target, cap: cap)
      runs += try batch(runs.count, next - runs.count)
      result = PrecisionRun(runs: runs, target: target, halfWidth95: halfWidth(runs))
    }
    return result
  }

  /// How many replications to have after `count` gave `halfWidth` (above `target`).
  ///
  /// A half-width shrinks as 1/√n, so about count · (halfWidth / target)² replications should
  /// meet the target; the next total is that, but at least a quarter more than `count` (one
  /// more at least: near the target the estimate is noisy, and each batch should keep the
  /// cores busy) and at most twice `count` (the variance is re-estimated before going far),
  /// never above `cap`. Without a half-width yet, twice `count`.
  public static func nextCount(after count: Int, halfWidth: Double?, target: Double, cap: Int)
    -> Int
  {
    precondition(count >= 1 && target > 0)
    var next = 2 * count
    if let halfWidth, halfWidth.isFinite {
      let ratio = halfWidth / target
      let predicted = (Double(count) * ratio * ratio).rounded(.up)
      let smallest = count + max(1, count / 4)
      next = predicted >= Double(next) ? next : max(smallest, Int(predicted))
    }
    return min(cap, next)
  }
}

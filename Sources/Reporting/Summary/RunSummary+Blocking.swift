import ContactCentre
import SimKernel

/// Callers blocked by busy trunks or a full queue (`BlockingTally`), per line and queue, over
/// the whole run or one interval: the counts summed over replications, the blocking
/// probability (blocked ÷ callers who rang) a mean over them.
extension RunSummary {
  /// A line's callers who rang and who were blocked, and its blocking probability.
  public struct Blocking: Sendable {
    public var arrived: Int
    public var trunks: Int
    public var queueFull: Int
    public var probability: Estimate

    /// Every blocked caller, whatever blocked them.
    public var blocked: Int { trunks + queueFull }
  }

  /// Whether the run counted blocking (the scenario has trunks or a queue limit).
  public var countsBlocking: Bool { configuration.blocksCallers }

  /// `line`'s blocking over the run, or in `interval` alone.
  public func blocking(line: Int, interval: Int? = nil) -> Blocking {
    var result = Blocking(
      arrived: 0, trunks: 0, queueFull: 0, probability: Estimate(replications: []))
    var probabilities: [Double?] = []
    for run in runs {
      let tally = run.blocking
      guard tally.isKept else { continue }
      let cells =
        interval.map { (line * tally.intervals + $0)..<(line * tally.intervals + $0 + 1) }
        ?? (line * tally.intervals)..<((line + 1) * tally.intervals)
      let arrived = tally.arrived[cells].reduce(0, +)
      let blocked = tally.trunks[cells].reduce(0, +) + tally.queueFull[cells].reduce(0, +)
      result.arrived += arrived
      result.trunks += tally.trunks[cells].reduce(0, +)
      result.queueFull += tally.queueFull[cells].reduce(0, +)
      probabilities.append(arrived > 0 ? Double(blocked) / Double(arrived) : nil)
    }
    result.probability = Estimate(replications: probabilities)
    return result
  }

  /// Callers `queue` turned away because it was full, over the run or in `interval` alone.
  public func blockedQueueFull(queue: Int, interval: Int? = nil) -> Int {
    runs.reduce(0) { total, run in
      let tally = run.blocking
      guard tally.isKept else { return total }
      guard let interval else { return total + tally.queueFull(queue: queue) }
      return total + tally.queueFullByQueue[queue * tally.intervals + interval]
    }
  }
}

/// Callers blocked: who found every trunk of their line busy (engaged), and who found their
/// queue full (`RoutingPlan.maxWaiting`), per line and reporting interval, with the callers
/// who rang each line in each interval (the denominator of the blocking probability). Empty
/// when the scenario has neither trunks nor a queue limit (`isKept` false).
///
/// Every blocked caller is counted once, in the interval they rang (`trunks`) or reached the
/// queue (`queueFull`), and under exactly one reason.
public struct BlockingTally: Sendable, Equatable {
  /// Reporting intervals of the run.
  public let intervals: Int
  /// Per line and interval (`line * intervals + interval`): callers who rang (their line's
  /// `arrived`, counted in the interval they rang), blocked by busy trunks, blocked by a full
  /// queue.
  public var arrived: [Int]
  public var trunks: [Int]
  public var queueFull: [Int]
  /// Per queue (routing plan) and interval (`queue * intervals + interval`): callers blocked
  /// by the queue being full.
  public var queueFullByQueue: [Int]

  /// An empty tally for `lines` lines and `queues` queues over `intervals` intervals, or an
  /// empty one kept nowhere when `kept` is false.
  public init(lines: Int, queues: Int, intervals: Int, kept: Bool) {
    self.intervals = kept ? intervals : 0
    arrived = Array(repeating: 0, count: kept ? lines * intervals : 0)
    trunks = arrived
    queueFull = arrived
    queueFullByQueue = Array(repeating: 0, count: kept ? queues * intervals : 0)
  }

  /// Whether the run counted blocking (its scenario has trunks or a queue limit).
  public var isKept: Bool { intervals > 0 }

  /// A line's figure over all intervals, from one of the per-line arrays.
  public func total(_ counts: [Int], line: Int) -> Int {
    guard isKept else { return 0 }
    return counts[(line * intervals)..<((line + 1) * intervals)].reduce(0, +)
  }

  /// A queue's callers blocked because it was full, over all intervals.
  public func queueFull(queue: Int) -> Int {
    guard isKept else { return 0 }
    return queueFullByQueue[(queue * intervals)..<((queue + 1) * intervals)].reduce(0, +)
  }
}

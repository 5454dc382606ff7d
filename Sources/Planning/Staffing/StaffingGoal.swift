import ContactCentre
import SimKernel

/// What a staffing must achieve in every reporting interval it is measured in.
public struct StaffingGoal: Sendable, Equatable {
  /// The service-level target: the share of calls answered within `threshold`, above 0 and
  /// below 1 (a target of 1 cannot be met when calls arrive at random).
  public var target: Double
  /// The service-level threshold.
  public var threshold: SimDuration
  /// The largest abandon rate (abandoned / (answered + abandoned)) allowed; nil = no cap.
  public var maxAbandon: Double?
  /// The largest occupancy of the staffed team allowed; nil = no cap.
  public var maxOccupancy: Double?

  /// Creates a goal.
  public init(
    target: Double, threshold: SimDuration, maxAbandon: Double? = nil,
    maxOccupancy: Double? = nil
  ) {
    precondition(target > 0 && target < 1, "the target must be above 0 and below 1")
    precondition((maxAbandon ?? 1) > 0, "an abandon cap must be above 0")
    precondition((maxOccupancy ?? 1) > 0, "an occupancy cap must be above 0")
    self.target = target
    self.threshold = threshold
    self.maxAbandon = maxAbandon
    self.maxOccupancy = maxOccupancy
  }

  /// The goal of a queue with `own` goal: its threshold, target and abandon limit where it
  /// gives them, this goal's otherwise (and this goal's occupancy cap, a team's measure).
  public func overridden(by own: QueueGoal?) -> StaffingGoal {
    guard let own else { return self }
    return StaffingGoal(
      target: own.target ?? target, threshold: own.threshold ?? threshold,
      maxAbandon: own.maxAbandon ?? maxAbandon, maxOccupancy: maxOccupancy)
  }

  /// How far `performance` misses the goal, by the measure it misses most: the target minus
  /// the service level, or the abandon rate or occupancy minus its cap; 0 or less when met.
  /// Measures without a value count as met.
  public func shortfall(of performance: IntervalPerformance) -> Double {
    var misses = [target - (performance.serviceLevel.mean ?? target)]
    if let maxAbandon { misses.append((performance.abandonRate.mean ?? 0) - maxAbandon) }
    if let maxOccupancy { misses.append((performance.occupancy.mean ?? 0) - maxOccupancy) }
    return misses.max()!
  }

  /// Whether `performance` meets the goal: the mean service level reaches the target and the
  /// mean abandon rate and occupancy stay within their caps. An interval whose calls were
  /// offered but none answered or abandoned (all still waiting at the end) does not.
  public func isMet(by performance: IntervalPerformance) -> Bool {
    guard let serviceLevel = performance.serviceLevel.mean else {
      return performance.offered == 0
    }
    if serviceLevel < target { return false }
    if let maxAbandon, let abandon = performance.abandonRate.mean, abandon > maxAbandon {
      return false
    }
    if let maxOccupancy, let occupancy = performance.occupancy.mean, occupancy > maxOccupancy {
      return false
    }
    return true
  }
}

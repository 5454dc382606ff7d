import ContactCentre
import SimKernel

/// One queue in the queue view: calls waiting now, and the profile's figures.
public struct PulseQueueRow: Sendable, Equatable {
  /// The queue's id (its routing plan's), or "All queues" for the total.
  public var id: String
  /// Calls waiting now (ringing ones excepted) and the longest current wait.
  public var waiting: Int
  public var longestWait: SimDuration?
  /// The calls the profile counts: entered (offered), answered, abandoned and the rest.
  public var calls: CallTally
  /// The colours of the longest wait, the service level and the abandon rate.
  public var longestWaitLevel: PulseLevel
  public var serviceLevelLevel: PulseLevel
  public var abandonRateLevel: PulseLevel
  /// How the service level and abandon rate count calls (the scenario's `reporting`).
  public var conventions: ReportingConventions

  /// Answered within the threshold / (answered + abandoned − short abandons), under the
  /// scenario's conventions; nil when none.
  public var serviceLevel: Double? { calls.serviceLevel(conventions) }
  /// Whether the calls' waits are known (a snapshot's actuals may not say).
  public var waitsKnown: Bool
  /// Mean wait of answered calls, seconds; nil when none, or when the waits are not known.
  public var averageSpeedOfAnswer: Double? { waitsKnown ? calls.averageSpeedOfAnswer : nil }
  /// Mean talk + ACW of handled calls, seconds.
  public var averageHandleTime: Double? { calls.averageHandleTime }
  /// Abandoned / (answered + abandoned), under the scenario's conventions.
  public var abandonRate: Double? { calls.abandonRate(conventions) }

  init(
    id: String, waiting: Int, longestWait: SimDuration?, calls: CallTally,
    thresholds: PulseThresholds, conventions: ReportingConventions, waitsKnown: Bool = true
  ) {
    self.conventions = conventions
    self.waitsKnown = waitsKnown
    self.id = id
    self.waiting = waiting
    self.longestWait = longestWait
    self.calls = calls
    longestWaitLevel = thresholds.level(longestWait: longestWait)
    serviceLevelLevel = thresholds.level(serviceLevel: calls.serviceLevel(conventions))
    abandonRateLevel = thresholds.level(abandonRate: calls.abandonRate(conventions))
  }
}

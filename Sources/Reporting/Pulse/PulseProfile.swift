import ContactCentre
import SimKernel

/// Which calls the queue and group figures of a Pulse view count: CC Pulse's time profiles.
public enum PulseProfile: String, Sendable, CaseIterable {
  /// Every call since the start of the run (after the warm-up): the model's own tallies.
  case growing
  /// The calls that ended (were answered and wrapped up, or abandoned) in the last 15 minutes.
  case sliding
  /// The calls that entered a queue in the current reporting interval and have ended.
  case interval

  /// The length of the sliding window (PRODUCT §6: the last 15 minutes).
  public static let slidingWindow = SimDuration.minutes(15)

  /// The stretch of the run the profile covers at `now`, from t = 0.
  ///
  /// The current interval is the one in progress, or the one that has just ended when `now`
  /// falls on a boundary (so that 10:30 shows 10:15–10:30, not an empty 10:30–10:45).
  public func window(at now: SimInstant, interval: SimDuration) -> (
    from: SimInstant, to: SimInstant
  ) {
    switch self {
    case .growing:
      return (.zero, now)
    case .sliding:
      return (max(.zero, now - Self.slidingWindow), now)
    case .interval:
      let length = max(interval.microseconds, 1)
      let index = now.microseconds > 0 ? (now.microseconds - 1) / length : 0
      let from = SimInstant(microseconds: index * length)
      return (from, SimInstant(microseconds: from.microseconds + length))
    }
  }

  /// Whether `record`, an inbound call that has ended by `now`, counts in this profile.
  func counts(_ record: CallRecord, window: (from: SimInstant, to: SimInstant)) -> Bool {
    switch self {
    case .growing:
      return true
    case .sliding:
      return record.ended > window.from && record.ended <= window.to
    case .interval:
      guard let queued = record.queued else { return false }
      return queued >= window.from && queued < window.to
    }
  }
}

/// Trunks and queue limits: where a caller may be blocked.
///
/// A line's `trunks` are the calls it carries at once: a caller holds one from ringing until
/// their leg ends — through the IVR, the queue, ringing, talk, a warm transfer's hold and the
/// transfer's new leg, until they hang up (not the agent's After Call Work). A caller who finds
/// every trunk busy hears engaged (ContactCenters' "blocked" contact; Cisco's "all trunks busy"),
/// and is never offered to a queue. A routing plan's `maxWaiting` caps the calls it holds
/// unanswered: a caller from a line who would be one more is blocked too, counted apart.
/// Blocked callers do not ring again (no redial rule applies to them).
extension CentreConfiguration {
  /// Whether some line has trunks or some queue a limit: the model then counts blocking.
  public var blocksCallers: Bool {
    lines.contains { $0.trunks != nil } || plans.contains { $0.maxWaiting != nil }
  }
}

import SimKernel

extension CallTypeSampler {
  /// A caller of this type in hand at a snapshot: their number, and their talk and ACW, each
  /// drawn given what has passed of it — `talked` of the talk, or, the talk being over,
  /// `wrapped` of the ACW (`Distribution.sample(beyond:using:)`).
  mutating func inProgress(talked: SimDuration, wrapped: SimDuration?) -> (
    caller: UInt64, talk: SimDuration, acw: SimDuration
  ) {
    var drawn = draw()
    if talked > .zero { drawn.talk = talk.sampleDuration(beyond: talked, using: &talkRandom) }
    if let wrapped, wrapped > .zero {
      drawn.acw = acw.sampleDuration(beyond: wrapped, using: &acwRandom)
    }
    return drawn
  }

  /// How long caller number `caller`, who has waited `waited` already, waits in all before
  /// hanging up: their patience drawn given that it has lasted so long; nil if callers never
  /// abandon.
  mutating func patience(ofCaller caller: UInt64, beyond waited: SimDuration) -> SimDuration? {
    guard let patienceDistribution else { return nil }
    var random = patienceDraws.stream(caller)
    return patienceDistribution.sampleDuration(beyond: waited, using: &random)
  }
}

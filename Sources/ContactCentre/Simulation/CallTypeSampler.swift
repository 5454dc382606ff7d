import SimKernel

/// Draws the talk, ACW and patience of each new call of one type.
///
/// Talk and ACW come from their own sequential streams, drawn at arrival. Patience is needed
/// only for callers who have to wait, so it is drawn only for them, from a counter-based
/// stream keyed by the caller's number within the type. Either way every caller gets the same
/// times whatever the routing: common random numbers for comparisons.
struct CallTypeSampler {
  let talk: Distribution
  let acw: Distribution
  let patienceDistribution: Distribution?
  /// The talk and ACW times when their distribution is fixed: no draw needed (a fixed value
  /// takes nothing from its stream).
  let fixedTalk: SimDuration?
  let fixedACW: SimDuration?
  var talkRandom: Xoshiro256StarStar
  var acwRandom: Xoshiro256StarStar
  let patienceSeed: UInt64
  /// How many callers of this type have arrived.
  private(set) var callers: UInt64 = 0

  init(_ callType: CallType, streams: RandomStreams) {
    talk = callType.talk
    acw = callType.acw
    patienceDistribution = callType.patience
    fixedTalk = talk.isFixed ? .seconds(talk.mean) : nil
    fixedACW = acw.isFixed ? .seconds(acw.mean) : nil
    talkRandom = streams.stream("talk/\(callType.id)")
    acwRandom = streams.stream("acw/\(callType.id)")
    var patienceStream = streams.stream("patience/\(callType.id)")
    patienceSeed = patienceStream.next()
  }

  /// The next caller's number, talk time and ACW time.
  mutating func draw() -> (caller: UInt64, talk: SimDuration, acw: SimDuration) {
    callers += 1
    return (
      callers, fixedTalk ?? talk.sampleDuration(using: &talkRandom),
      fixedACW ?? acw.sampleDuration(using: &acwRandom)
    )
  }

  /// How long caller number `caller` waits before hanging up; nil if callers never abandon.
  /// (Mutating only so that it runs in place in the centre's table, without a copy.)
  mutating func patience(ofCaller caller: UInt64) -> SimDuration? {
    guard let patienceDistribution else { return nil }
    var random = SplitMix64(seed: SplitMix64.mix(patienceSeed &+ caller))
    return patienceDistribution.sampleDuration(using: &random)
  }
}

import SimKernel

/// Draws the talk, ACW and patience of each new call of one type.
///
/// A first attempt's talk and ACW come from the type's own sequential streams, drawn at
/// arrival: first attempts arrive in the same order whatever the routing. A redial or a
/// transfer leg, whose existence and moment depend on the routing, is `follow`ed instead: it
/// gets its own key, derived from its caller's, and counter-based draws keyed by it. Patience,
/// the conversation and the redial choice are counter-based too, keyed by the caller (patience
/// is needed only for callers who have to wait). Either way every caller gets the same times
/// whatever the routing: common random numbers for comparisons.
struct CallTypeSampler {
  /// What the rules of the call type add to a caller's talk, and how the call ends.
  struct Conversation {
    var outcome: Outcome
    /// Security questions and the interpreter's connection, before the talk proper.
    var preamble = SimDuration.zero
    /// The interpreter's extra talk time.
    var interpreting = SimDuration.zero
    var failsSecurity = false
    var interpreted = false
  }

  let talk: Distribution
  /// The factor on talk by the time a call arrives (a forecast's AHT per interval); nil = 1.
  let talkScale: PeriodFactors?
  let acw: Distribution
  let patienceDistribution: Distribution?
  /// The talk and ACW times when their distribution is fixed: no draw needed (a fixed value
  /// takes nothing from its stream).
  let fixedTalk: SimDuration?
  let fixedACW: SimDuration?
  var talkRandom: Xoshiro256StarStar
  var acwRandom: Xoshiro256StarStar
  let patienceDraws: KeyedStreams
  /// Security, interpretation and outcome: drawn per caller from a counter-based stream too.
  let security: SecurityCheck?
  let interpretation: Interpretation?
  let outcomes: OutcomeMix
  /// The mix for the recipient of a transfer: without the outcomes that transfer (a call is
  /// transferred once).
  let recipientOutcomes: OutcomeMix
  /// The outcome of a call with nothing else to decide, and of a failed security check.
  let resolved: Outcome
  let failedSecurity: Outcome
  let conversationDraws: KeyedStreams
  let redialDraws: KeyedStreams
  /// The talk and ACW of redials and transfer legs.
  let followDraws: KeyedStreams
  /// Nothing to draw: no security, no interpreter, every call resolved.
  let isPlain: Bool
  /// How many callers of this type have arrived.
  private(set) var callers: UInt64 = 0

  init(_ callType: CallType, vocabulary: Vocabulary, streams: RandomStreams) {
    talk = callType.talk
    talkScale = callType.talkScale
    acw = callType.acw
    patienceDistribution = callType.patience
    fixedTalk = talk.isFixed ? .seconds(talk.mean) : nil
    fixedACW = acw.isFixed ? .seconds(acw.mean) : nil
    talkRandom = streams.stream("talk/\(callType.id)")
    acwRandom = streams.stream("acw/\(callType.id)")
    var patienceStream = streams.stream("patience/\(callType.id)")
    patienceDraws = KeyedStreams(key: patienceStream.next())
    security = callType.security
    interpretation = callType.interpretation
    let resolved = vocabulary.resolved
    self.resolved = resolved
    // The decoder allows security questions only with an outcome for failing them.
    failedSecurity = vocabulary.failedSecurity ?? resolved
    let mix = callType.outcomes.drawn(resolving: resolved)
    outcomes = mix
    let others = mix.outcomes.indices.compactMap { index in
      let outcome = mix.outcomes[index]
      return vocabulary.behaviour(of: outcome) == .transfers ? nil : (outcome, mix.shares[index])
    }
    let kept = others.reduce(0) { $0 + $1.1 }
    recipientOutcomes =
      kept > 0 ? OutcomeMix(others.map { ($0.0, $0.1 / kept) }) : .only(resolved)
    var conversationStream = streams.stream("conversation/\(callType.id)")
    conversationDraws = KeyedStreams(key: conversationStream.next())
    var redialStream = streams.stream("redials/\(callType.id)")
    redialDraws = KeyedStreams(key: redialStream.next())
    followDraws = streams.keyed("follow/\(callType.id)")
    isPlain = security == nil && interpretation == nil && mix == .only(resolved)
  }

  /// Caller number `caller`'s security check, interpreter and outcome (`recipient`: as the
  /// recipient of a transfer, who cannot transfer again).
  @inline(__always)
  mutating func conversation(ofCaller caller: UInt64, recipient: Bool = false) -> Conversation {
    isPlain
      ? Conversation(outcome: resolved)
      : drawConversation(ofCaller: caller, recipient: recipient)
  }

  private mutating func drawConversation(ofCaller caller: UInt64, recipient: Bool)
    -> Conversation
  {
    var result = Conversation(outcome: resolved)
    var random = conversationDraws.stream(caller)
    if let interpretation, random.nextUnitInterval() < interpretation.share {
      result.interpreted = true
      result.preamble = result.preamble + interpretation.connect.sampleDuration(using: &random)
      result.interpreting = interpretation.extraTalk.sampleDuration(using: &random)
    }
    if let security {
      result.preamble = result.preamble + security.time.sampleDuration(using: &random)
      // The recipient of a transfer takes a caller the first caseworker has already asked
      // the questions of: their part cannot fail the check (the draw is made all the same, so
      // that the outcome's draw stays where it was).
      if random.nextUnitInterval() < security.failShare && !recipient {
        result.failsSecurity = true
        result.outcome = failedSecurity
        return result
      }
    }
    let u = random.nextUnitInterval()
    result.outcome = (recipient ? recipientOutcomes : outcomes).outcome(at: u)
    return result
  }

  /// The salt of the SASC reports' draws (from the conversations' key): "sasc".
  static let sascReports: UInt64 = 0x7361_7363

  /// Whether the caseworker reports caller number `caller`'s failed check to the Security
  /// Advice and Support Centre (`security.reportShare`): drawn only below a share of 1, from a
  /// stream of its own, so that the caller's other draws stay as they were.
  func reportsFailedCheck(ofCaller caller: UInt64) -> Bool {
    guard let security, security.reportShare < 1 else { return true }
    var random = conversationDraws.salted(Self.sascReports).stream(caller)
    return random.nextUnitInterval() < security.reportShare
  }

  /// The salt of the transfer targets' draws (from the conversations' key): "transfer".
  static let transferTargets: UInt64 = 0x7472_616E_7366_6572

  /// The stream choosing caller number `caller`'s transfer target.
  mutating func transferRandom(ofCaller caller: UInt64) -> SplitMix64 {
    conversationDraws.salted(Self.transferTargets).stream(caller)
  }

  /// A uniform draw in (0, 1) for whether caller number `caller` rings again, and their delay
  /// stream (counter-based: the same caller decides the same way whatever the routing).
  mutating func redialRandom(ofCaller caller: UInt64) -> SplitMix64 {
    redialDraws.stream(caller)
  }

  /// The next caller's number, talk time and ACW time.
  mutating func draw() -> (caller: UInt64, talk: SimDuration, acw: SimDuration) {
    callers += 1
    return (
      callers, fixedTalk ?? talk.sampleDuration(using: &talkRandom),
      fixedACW ?? acw.sampleDuration(using: &acwRandom)
    )
  }

  /// `talk`, drawn for a call arriving at `now`, scaled by the factor of its period.
  @inline(__always)
  func talk(_ talk: SimDuration, at now: SimInstant) -> SimDuration {
    talkScale?.scale(talk, at: now.sinceStart) ?? talk
  }

  /// What makes a caller's key for their next call (`follow`).
  enum Sequel: UInt64 {
    case redial = 0x7265_6469_616C
    case transferLeg = 0x7472_616E_7366
  }

  /// The key, talk time and ACW time of the call that follows caller `caller`'s (their redial,
  /// or their transfer leg): counter-based, so the same whatever else happened before it.
  mutating func follow(caller: UInt64, as sequel: Sequel) -> (
    caller: UInt64, talk: SimDuration, acw: SimDuration
  ) {
    let key = SplitMix64.mix(caller ^ sequel.rawValue)
    var random = followDraws.stream(key)
    let talk = fixedTalk ?? talk.sampleDuration(using: &random)
    let acw = fixedACW ?? acw.sampleDuration(using: &random)
    return (key, talk, acw)
  }

  /// How long caller number `caller` waits before hanging up; nil if callers never abandon.
  /// (Mutating only so that it runs in place in the centre's table, without a copy.)
  mutating func patience(ofCaller caller: UInt64) -> SimDuration? {
    guard let patienceDistribution else { return nil }
    var random = patienceDraws.stream(caller)
    return patienceDistribution.sampleDuration(using: &random)
  }
}

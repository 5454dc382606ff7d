import SimKernel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Who rings, and everything drawn about a caller: when each line's callers ring, their call
/// type, IVR branch and times, casegroup, talk, wrap-up, patience and conversation; and the
/// draws keyed by a caller that the routing cannot shift (each offer's ring time and miss, a
/// redial's IVR times, a warm transfer's consult).
///
/// Owns: the lines' arrival streams and callers' streams, the call types' samplers, the keyed
/// streams of offers, redials' IVR times and consults.
struct Callers: ~Copyable {
  var arrivals: Table<ArrivalStream>
  /// Per line: the caller's call type, IVR branch and times, and casegroup.
  private var lineRandom: Table<Xoshiro256StarStar>
  var samplers: Table<CallTypeSampler>
  /// Each offer's ring time and miss (and NotReady after a miss), by caller and how many times
  /// the call rang out before; a redial's IVR times, by caller; a warm transfer's consult.
  let offers: KeyedStreams
  let redialIVR: KeyedStreams
  let consults: KeyedStreams
  /// Casegroups: the share orphaned and the skew of callers towards popular ones, and the seed
  /// that fixes which are orphaned.
  private let orphanedShare: Double
  private let skew: Double
  private let seed: UInt64
  /// Who holds each casegroup as the scenario's named events change it; nil without events.
  let ownership: CasegroupOwnership?
  /// The blank-screen search of an orphaned casegroup's caller, keyed by caller.
  let orphanSearch: KeyedStreams
  /// The times callers ringing again as the same person keep (`Redials.Rule.sameCaller`).
  var kept: KeptAttempts

  init(_ configuration: CentreConfiguration, layout: CentreLayout, streams: RandomStreams) {
    arrivals = Table(
      configuration.lines.map {
        ArrivalStream(profile: $0.arrivals, streams: streams, line: $0.id)
      })
    lineRandom = Table(configuration.lines.map { streams.stream("callers/\($0.id)") })
    samplers = Table(
      configuration.callTypes.map {
        CallTypeSampler($0, vocabulary: configuration.vocabulary, streams: streams)
      })
    offers = streams.keyed("offers")
    redialIVR = streams.keyed("redials/ivr")
    consults = streams.keyed("consults")
    orphanedShare = configuration.casegroups.orphanedShare
    skew = configuration.casegroups.skew
    seed = configuration.seed
    ownership =
      configuration.casegroups.hasEvents
      ? CasegroupOwnership(configuration, layout: layout, streams: streams) : nil
    orphanSearch = streams.keyed("casegroups/search")
    kept = KeptAttempts(configuration.redials)
  }

  /// The draws of a call's current offer (how long it rings, whether the agent misses it) or,
  /// `after` it rang out, of the agent's NotReady time: keyed by the caller and how many times
  /// the call rang out before, so that the same offer draws the same whichever agent it goes
  /// to, and whatever happened elsewhere (common random numbers).
  @inline(__always)
  func offerDraws(_ call: borrowing Call, after: Bool = false) -> SplitMix64 {
    offers.stream(call.caller, Self.offerCounter(ringOuts: call.ronas, after: after))
  }

  /// The number of an offer's draws: the ring-outs before it, plus 0x100 for the NotReady time
  /// after it rang out — as the first 256 offers of a call have always been numbered; later
  /// ones are numbered from 2³² up, where they meet none of those.
  @inline(__always)
  static func offerCounter(ringOuts: UInt16, after: Bool) -> UInt64 {
    let offer = UInt64(ringOuts)
    guard offer >= 0x100 else { return offer &+ (after ? 0x100 : 0) }
    return 0x1_0000_0000 &+ offer << 1 &+ (after ? 1 : 0)
  }

  /// A position in `range` drawn by the cumulative shares stored there, from `line`'s stream.
  mutating func pick(cumulative: [Double], _ range: Range<Int>, line: Int) -> Int {
    let u = lineRandom[line].nextUnitInterval()
    for position in range where u < cumulative[position] { return position }
    return range.upperBound - 1
  }

  /// A draw of `distribution` from `line`'s stream (a first caller's IVR times).
  mutating func sample(_ distribution: Distribution, line: Int) -> SimDuration {
    distribution.sampleDuration(using: &lineRandom[line])
  }

  /// The rank of the caller's casegroup among `total`, from `line`'s stream: uniform, or
  /// concentrated on the low ranks under skew.
  mutating func casegroupRank(line: Int, of total: Int) -> Int {
    var u = lineRandom[line].nextUnitInterval()
    if skew > 0 { u = pow(u, 1 / (1 - skew)) }
    return min(Int(u * Double(total)), total - 1)
  }

  /// Whether a casegroup has lost its owner: a fixed pseudo-random set of the configured share.
  func isOrphaned(_ casegroup: Int) -> Bool {
    CasegroupOwnership.isInShare(casegroup, share: orphanedShare, seed: seed)
  }
}

@available(*, unavailable)
extension Callers: Sendable {}

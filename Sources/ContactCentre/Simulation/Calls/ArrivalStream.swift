import SimKernel

/// Draws the arrival instants of one line: a Poisson process, piecewise constant by interval,
/// optionally scaled each day by a Gamma busyness factor of mean 1: the line's own, one shared
/// with other lines (`SharedBusyness`), or the product of both; or a recorded day's moments.
struct ArrivalStream {
  private var random: Xoshiro256StarStar
  private var busyness: Xoshiro256StarStar
  private let ratePerSecond: [Double]
  private let interval: Int64
  private let busynessFactor: Distribution
  /// The shared factor's day draws, keyed by the day (so that every line of it draws the same
  /// factor for a day, whatever order the lines run in); nil without one.
  private let sharedDays: KeyedStreams?
  private let sharedFactor: Distribution
  private let overdispersed: Bool
  private let constantRate: Double?
  private let constant: Bool
  private var day = -1
  /// The recorded moments of a replayed day (`ArrivalProfile.recorded`), empty otherwise, and
  /// the next one to ring.
  private let recorded: [SimDuration]
  private let isRecorded: Bool
  private var nextRecorded = 0
  /// The interval the last draw was in, its end and its rate (the search for an instant's
  /// interval is done once per interval, not per arrival).
  private var intervalStart = Int64.max
  private var intervalEnd = Int64.min
  private var intervalRate = 0.0
  private var dayFactor = 1.0
  private static let dayLength = SimDuration.hours(24).microseconds

  init(profile: ArrivalProfile, streams: RandomStreams, line: String) {
    random = streams.stream("arrivals/\(line)")
    busyness = streams.stream("busyness/\(line)")
    ratePerSecond = profile.ratePerSecond
    interval = profile.period.microseconds
    let ownFactor = profile.overdispersion > 0
    busynessFactor = ownFactor ? .gamma(mean: 1, sd: profile.overdispersion) : .fixed(1)
    if let shared = profile.sharedBusyness, shared.cv > 0 {
      sharedDays = streams.keyed("busyness/shared/\(shared.id)")
      sharedFactor = .gamma(mean: 1, sd: shared.cv)
    } else {
      sharedDays = nil
      sharedFactor = .fixed(1)
    }
    overdispersed = ownFactor || sharedDays != nil
    constant = profile.isConstant
    constantRate = profile.isConstant && !overdispersed ? profile.ratePerSecond[0] : nil
    recorded = profile.recorded ?? []
    isRecorded = profile.recorded != nil
  }

  /// The first arrival strictly after `time` and before `end`, if any.
  mutating func next(after time: SimInstant, before end: SimInstant) -> SimInstant? {
    if let constantRate {
      guard constantRate > 0 else { return nil }
      let next = time + SimDuration.seconds(random.nextUnitExponential() / constantRate)
      return next < end ? next : nil
    }
    if isRecorded {
      // The moments in order, several at one moment each rung (so `after` skips only those
      // before it: a run from a snapshot starts after the day's first).
      while nextRecorded < recorded.count && SimInstant.zero + recorded[nextRecorded] < time {
        nextRecorded += 1
      }
      guard nextRecorded < recorded.count else { return nil }
      let next = SimInstant.zero + recorded[nextRecorded]
      nextRecorded += 1
      return next < end ? next : nil
    }
    var now = time
    while now < end {
      var segmentEnd = end
      var rate = ratePerSecond[0]
      if !constant {
        if now.microseconds < intervalStart || now.microseconds >= intervalEnd {
          let segment = Int(now.microseconds / interval)
          guard segment < ratePerSecond.count else { return nil }
          intervalStart = Int64(segment) * interval
          intervalEnd = Int64(segment + 1) * interval
          intervalRate = ratePerSecond[segment]
        }
        rate = intervalRate
        segmentEnd = min(end, SimInstant(microseconds: intervalEnd))
      }
      if overdispersed {
        let today = Int(now.microseconds / Self.dayLength)
        while day < today {
          day += 1
          dayFactor = busynessFactor.sample(using: &busyness)
          if let sharedDays {
            var random = sharedDays.stream(UInt64(day))
            dayFactor *= sharedFactor.sample(using: &random)
          }
        }
        rate *= dayFactor
        segmentEnd = min(segmentEnd, SimInstant(microseconds: Int64(today + 1) * Self.dayLength))
      }
      if rate > 0 {
        let gap = SimDuration.seconds(random.nextUnitExponential() / rate)
        // Memorylessness: a gap that crosses a rate change is redrawn from the boundary.
        if now + gap < segmentEnd { return now + gap }
      }
      now = segmentEnd
    }
    return nil
  }
}

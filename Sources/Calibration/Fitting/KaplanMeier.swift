/// The Kaplan–Meier estimate of a survival function from right-censored times.
///
/// Ties: at one time, every event is counted before any censoring, so a value censored at t was
/// still at risk at t (the usual convention). Standard errors are Greenwood's.
public struct KaplanMeier: Sendable, Equatable {
  /// The estimate just after one distinct event time.
  public struct Step: Sendable, Equatable {
    public var time: Double
    /// Values still at risk just before `time` (those with a time ≥ `time`).
    public var atRisk: Int
    /// Events at `time`.
    public var events: Int
    /// Ŝ(time), the estimate from `time` to the next step.
    public var survival: Double
    /// Greenwood's Σ d/(n(n − d)) up to and including `time`.
    var greenwoodSum: Double
    /// Greenwood's standard error of `survival`: Ŝ·√(Σ d/(n(n − d))); 0 once Ŝ is 0.
    public var standardError: Double {
      survival > 0 ? survival * greenwoodSum.squareRoot() : 0
    }
  }

  /// One step per distinct time with at least one event, in increasing time.
  public var steps: [Step]
  /// How many times were given, and how many of them were events.
  public var count: Int
  public var eventCount: Int
  /// The largest time given, event or censored: the end of what the data show.
  public var lastTime: Double

  /// The estimate from `times` (≥ 0) and whether each was observed (true) or censored (false).
  ///
  /// - Throws: `FittingError` when the arrays differ in length, a time is negative or not
  ///   finite, or no time is given.
  public init(times: [Double], observed: [Bool]) throws {
    guard times.count == observed.count else {
      throw FittingError.mismatchedLengths(
        what: "observed flags", expected: times.count, found: observed.count)
    }
    guard !times.isEmpty else {
      throw FittingError.tooFewValues(what: "times", needed: 1, found: 0)
    }
    if let bad = times.firstIndex(where: { !($0 >= 0) || !$0.isFinite }) {
      throw FittingError.invalidValue(what: "times", index: bad, value: times[bad])
    }
    let order = times.indices.sorted { times[$0] < times[$1] }
    var atRisk = times.count
    var survival = 1.0
    var greenwood = 0.0
    var steps: [Step] = []
    var index = 0
    while index < order.count {
      let time = times[order[index]]
      var events = 0
      var leaving = 0
      while index < order.count && times[order[index]] == time {
        if observed[order[index]] { events += 1 }
        leaving += 1
        index += 1
      }
      if events > 0 {
        survival *= 1 - Double(events) / Double(atRisk)
        if events < atRisk {
          greenwood += Double(events) / (Double(atRisk) * Double(atRisk - events))
        }
        steps.append(
          Step(
            time: time, atRisk: atRisk, events: events, survival: survival,
            greenwoodSum: greenwood))
      }
      atRisk -= leaving
    }
    self.steps = steps
    count = times.count
    eventCount = observed.count { $0 }
    lastTime = times[order[order.count - 1]]
  }

  /// The index of the last step at or before `time`, nil before the first.
  private func stepIndex(at time: Double) -> Int? {
    var low = 0
    var high = steps.count
    while low < high {
      let middle = (low + high) / 2
      if steps[middle].time <= time { low = middle + 1 } else { high = middle }
    }
    return low == 0 ? nil : low - 1
  }

  /// Ŝ(t); beyond `lastTime` the estimate is not defined by the data and this returns the last
  /// value.
  public func survival(at time: Double) -> Double {
    stepIndex(at: time).map { steps[$0].survival } ?? 1
  }

  /// Greenwood's standard error of Ŝ(t).
  public func standardError(at time: Double) -> Double {
    stepIndex(at: time).map { steps[$0].standardError } ?? 0
  }

  /// The median: the first time at which Ŝ ≤ ½; nil when Ŝ stays above ½ (heavy censoring).
  ///
  /// The interval is Brookmeyer and Crowley's: the times where |Ŝ(t) − ½| ≤ 1.96·se(t), ended
  /// at the first step where Ŝ + 1.96·se falls below ½ (+∞ when none does). The standard error
  /// is the interval's width over 2 × 1.96, infinite when the interval is open.
  public var median: ParameterEstimate? {
    guard let middle = steps.firstIndex(where: { $0.survival <= 0.5 }) else { return nil }
    let z = ParameterEstimate.z95
    let lower = steps.first { $0.survival - z * $0.standardError <= 0.5 }?.time ?? 0
    let upper = steps.first { $0.survival + z * $0.standardError < 0.5 }?.time ?? .infinity
    return ParameterEstimate(
      value: steps[middle].time, standardError: (upper - lower) / (2 * z), lower95: lower,
      upper95: upper, count: eventCount)
  }

  /// The restricted mean ∫₀^τ Ŝ(t) dt, the mean time up to `tau` (default `lastTime`), with
  /// the standard error √(Σ_{tⱼ ≤ τ} Aⱼ² dⱼ/(nⱼ(nⱼ − dⱼ))), Aⱼ = ∫_{tⱼ}^τ Ŝ(t) dt.
  public func restrictedMean(upTo tau: Double? = nil) -> ParameterEstimate {
    let tau = tau ?? lastTime
    let inside = steps.prefix { $0.time <= tau }
    // tail[j]: the area from step j's time to τ.
    var tail = Array(repeating: 0.0, count: inside.count)
    var area = 0.0
    var end = tau
    for j in inside.indices.reversed() {
      area += inside[j].survival * (end - inside[j].time)
      tail[j] = area
      end = inside[j].time
    }
    let total = area + min(end, tau)
    var variance = 0.0
    for j in inside.indices where inside[j].events < inside[j].atRisk {
      let n = Double(inside[j].atRisk)
      let d = Double(inside[j].events)
      variance += tail[j] * tail[j] * d / (n * (n - d))
    }
    return ParameterEstimate(value: total, standardError: variance.squareRoot(), count: count)
  }
}

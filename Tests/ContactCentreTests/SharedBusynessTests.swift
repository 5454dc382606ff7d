import SimKernel
import Testing

@testable import ContactCentre

/// A busyness factor shared by lines (`SharedBusyness`): one gamma factor G of mean 1 and
/// variance cv² per day scales every line of it, so that given G each line's daily count is
/// Poisson(λᵢ G): Var(Nᵢ) = λᵢ + λᵢ² cv² and Cov(N₁, N₂) = λ₁ λ₂ cv² (ContactCenters'
/// `SimpleMSK`: one B for every contact type).
struct SharedBusynessTests {
  static let days = 5
  static let replications = 400

  /// Each line's count per day, for every day of every replication.
  static func dailyCounts(_ profiles: [ArrivalProfile]) -> [[Double]] {
    var observations: [[Double]] = []
    let end = SimInstant(since: .hours(24) * Int64(days))
    for replication in 0..<replications {
      let streams = RandomStreams(seed: 18, replication: replication)
      var perLine: [[Double]] = []
      for (index, profile) in profiles.enumerated() {
        var stream = ArrivalStream(profile: profile, streams: streams, line: "line\(index)")
        var counts = Array(repeating: 0.0, count: days)
        var time = SimInstant.zero
        while let next = stream.next(after: time, before: end) {
          counts[Int(next.microseconds / SimDuration.hours(24).microseconds)] += 1
          time = next
        }
        perLine.append(counts)
      }
      for day in 0..<days { observations.append(perLine.map { $0[day] }) }
    }
    return observations
  }

  /// Whether the mean of `values` is within a Student-t 99.9 % half-width of `expected`.
  static func agrees(_ values: [Double], with expected: Double) -> (Bool, String) {
    let tally = Tally(values)
    let t = StudentT.quantile(0.9995, degreesOfFreedom: tally.count - 1)
    let halfWidth = t * (tally.standardDeviation ?? 0) / Double(tally.count).squareRoot()
    return (
      abs(tally.mean - expected) <= halfWidth,
      "mean \(tally.mean), expected \(expected) ± \(halfWidth)"
    )
  }

  static func profile(perDay calls: Double, own cv: Double = 0, shared: SharedBusyness?)
    -> ArrivalProfile
  {
    var profile = ArrivalProfile.perHour(calls / 24, overdispersion: cv)
    profile.sharedBusyness = shared
    return profile
  }

  @Test func aSharedFactorMovesTwoLinesTogetherAsTheoryHasIt() {
    let (rate1, rate2, cv) = (100.0, 50.0, 0.3)
    let shared = SharedBusyness(id: "region", cv: cv)
    let counts = Self.dailyCounts([
      Self.profile(perDay: rate1, shared: shared), Self.profile(perDay: rate2, shared: shared),
    ])
    // E[(N₁ − λ₁)(N₂ − λ₂)] = Cov = λ₁ λ₂ cv²; E[(Nᵢ − λᵢ)²] = λᵢ + λᵢ² cv².
    let covariance = Self.agrees(
      counts.map { ($0[0] - rate1) * ($0[1] - rate2) }, with: rate1 * rate2 * cv * cv)
    #expect(covariance.0, "covariance: \(covariance.1)")
    for (index, rate) in [rate1, rate2].enumerated() {
      let variance = Self.agrees(
        counts.map { ($0[index] - rate) * ($0[index] - rate) }, with: rate + rate * rate * cv * cv)
      #expect(variance.0, "variance of line \(index): \(variance.1)")
    }
    for (index, rate) in [rate1, rate2].enumerated() {
      let mean = Self.agrees(counts.map { $0[index] }, with: rate)
      #expect(mean.0, "line \(index) keeps its mean: \(mean.1)")
    }
  }

  @Test func aFactorOfEachLineLeavesThemUncorrelated() {
    let (rate1, rate2, cv) = (100.0, 50.0, 0.3)
    let counts = Self.dailyCounts([
      Self.profile(perDay: rate1, own: cv, shared: nil),
      Self.profile(perDay: rate2, own: cv, shared: nil),
    ])
    let covariance = Self.agrees(counts.map { ($0[0] - rate1) * ($0[1] - rate2) }, with: 0)
    #expect(covariance.0, "covariance: \(covariance.1)")
    let variance = Self.agrees(
      counts.map { ($0[0] - rate1) * ($0[0] - rate1) }, with: rate1 + rate1 * rate1 * cv * cv)
    #expect(variance.0, "variance: \(variance.1)")
  }

  @Test func aLinesOwnFactorMultipliesTheSharedOne() {
    // Independent factors of mean 1: Var(A B) = (1 + a²)(1 + b²) − 1.
    let (rate, own, cv) = (100.0, 0.2, 0.3)
    let shared = SharedBusyness(id: "region", cv: cv)
    let counts = Self.dailyCounts([
      Self.profile(perDay: rate, own: own, shared: shared),
      Self.profile(perDay: rate, shared: shared),
    ])
    let factorVariance = (1 + own * own) * (1 + cv * cv) - 1
    let variance = Self.agrees(
      counts.map { ($0[0] - rate) * ($0[0] - rate) }, with: rate + rate * rate * factorVariance)
    #expect(variance.0, "variance: \(variance.1)")
    // Only the shared factor is common: Cov = λ² cv².
    let covariance = Self.agrees(
      counts.map { ($0[0] - rate) * ($0[1] - rate) }, with: rate * rate * cv * cv)
    #expect(covariance.0, "covariance: \(covariance.1)")
  }

  @Test(arguments: [false, true])
  func aSharedFactorOfCV0ChangesNoArrival(perInterval: Bool) {
    let plain =
      perInterval
      ? ArrivalProfile.perInterval([30, 0, 55, 12], interval: .hours(6)) : .perHour(7)
    var none = plain
    none.sharedBusyness = SharedBusyness(id: "region", cv: 0)
    let streams = RandomStreams(seed: 5, replication: 0)
    func instants(_ profile: ArrivalProfile) -> [SimInstant] {
      var stream = ArrivalStream(profile: profile, streams: streams, line: "main")
      var result: [SimInstant] = []
      var time = SimInstant.zero
      while let next = stream.next(after: time, before: SimInstant(since: .hours(48))) {
        result.append(next)
        time = next
      }
      return result
    }
    #expect(instants(none) == instants(plain))
    #expect(!instants(plain).isEmpty)
  }
}

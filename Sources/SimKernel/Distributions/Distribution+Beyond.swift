/// Draws conditional on having lasted: what is left of a caller's patience after a wait, of a
/// talk after its first minutes (a snapshot of the centre in mid-day, `ccsim run --from`).
extension Distribution {
  /// The most draws tried before `sample(beyond:using:)` gives up on the tail.
  public static let tailTries = 100_000

  /// A draw of X given X > `elapsed` (seconds): exactly, by memorylessness for the exponential
  /// (`elapsed` + a fresh draw), by rejection otherwise — every draw not past `elapsed` is
  /// thrown away, which leaves the conditional law exactly. When `elapsed` is so far in the
  /// tail that `tailTries` draws find no value past it (a chance below about 10⁻⁴ of
  /// outlasting it), or past a bounded law's maximum, the result is `elapsed`: what is left
  /// is taken to be nothing.
  public func sample<G: RandomNumberGenerator>(beyond elapsed: Double, using rng: inout G)
    -> Double
  {
    guard elapsed > 0 else { return sample(using: &rng) }
    switch shape {
    case .exponential(let mean):
      return elapsed + mean * rng.nextUnitExponential()
    case .fixed(let value):
      return max(value, elapsed)
    case .uniform, .lognormal, .gamma, .erlang, .triangular, .empirical:
      for _ in 0..<Self.tailTries {
        let value = sample(using: &rng)
        if value > elapsed { return value }
      }
      return elapsed
    }
  }

  /// `sample(beyond:using:)` as a duration, rounded to the clock's resolution (never below
  /// `elapsed`).
  public func sampleDuration<G: RandomNumberGenerator>(
    beyond elapsed: SimDuration, using rng: inout G
  ) -> SimDuration {
    max(elapsed, .seconds(sample(beyond: elapsed.seconds, using: &rng)))
  }
}

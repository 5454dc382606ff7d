import SimKernel

/// Samples drawn with SimKernel's own samplers from named, seeded streams, so every fitting
/// test is deterministic and an estimator is checked against the very generator the simulator
/// uses.
enum FittingSamples {
  /// `count` values of `distribution` from the stream `name` of `seed`.
  static func draw(_ distribution: Distribution, count: Int, stream name: String, seed: UInt64 = 7)
    -> [Double]
  {
    var rng = RandomStreams(seed: seed).stream(name)
    return (0..<count).map { _ in distribution.sample(using: &rng) }
  }

  /// Callers whose patience is `patience` and whose answer comes after `answer`: each caller's
  /// wait is the smaller of the two, and the caller abandoned when the patience ran out first.
  static func censoredWaits(
    patience: Distribution, answer: Distribution, count: Int, stream name: String
  ) -> (waits: [Double], abandoned: [Bool]) {
    var rng = RandomStreams(seed: 11).stream(name)
    var waits: [Double] = []
    var abandoned: [Bool] = []
    for _ in 0..<count {
      let limit = patience.sample(using: &rng)
      let answered = answer.sample(using: &rng)
      waits.append(min(limit, answered))
      abandoned.append(limit < answered)
    }
    return (waits, abandoned)
  }

  /// How far, in standard errors, an estimate may stray before a test calls it wrong: a normal
  /// estimator lands beyond 4 SE with probability 6.3e-5, so across the few dozen such
  /// assertions here a correct estimator would fail one for about 1 seed in 400 — and the seeds
  /// are fixed, so the tests are deterministic; a bias of a few SE still shows.
  static let tolerance = 4.0
}

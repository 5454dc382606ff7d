import ContactCentre
import Planning
import SimKernel
import Testing

/// The events of a run, reckoned before it starts (`RunEstimate.events`): each source bounded
/// by its probabilities and by time, so that rules firing many times a simulated second are
/// refused up front, and ordinary scenarios pass.
struct RunEstimateEventsTests {
  /// `RunEstimateTests.centre`: 1,000 calls on the line and 20 dialled out.
  static var centre: CentreConfiguration { RunEstimateTests.centre }

  /// The calls' events of `configuration` in units of the centre's plain calls (1,020).
  static func calls(_ configuration: CentreConfiguration) -> Double {
    let plain = RunEstimate(centre).events[.calls] ?? 0
    return (RunEstimate(configuration).events[.calls] ?? 0) / plain * 1020
  }

  /// An idle logout and a login again for every `idleLogout` an agent is on shift: half as
  /// many for a timer twice as long.
  @Test func idleLogoutsComeOncePerTimerOnShift() {
    var configuration = Self.centre
    configuration.rules.idleLogout = .minutes(1)
    let fast = RunEstimate(configuration).events[.idleLogouts] ?? 0
    configuration.rules.idleLogout = .minutes(2)
    let slow = RunEstimate(configuration).events[.idleLogouts] ?? 0
    #expect(fast > 0)
    #expect(abs(fast - 2 * slow) < 1e-9 * fast)
  }

  /// A caller who rings again with probability q makes 1 ÷ (1 − q) calls; as q nears 1 the
  /// chain is held by time instead: at most 2 + T ÷ m + v ÷ m² calls in a run of T seconds,
  /// for a delay of mean m and variance v — more than T ÷ m when most delays are near zero.
  @Test func redialChainsAreBoundedByProbabilityAndTime() {
    var configuration = Self.centre
    configuration.redials = Redials(afterAbandon: .init(probability: 0.5, delay: .fixed(60)))
    #expect(abs(Self.calls(configuration) - (1000 * 2 + 20)) < 1e-6)
    configuration.redials = Redials(
      afterAbandon: .init(probability: 0.9999999999999, delay: .fixed(1)))
    #expect(abs(Self.calls(configuration) - (1000 * (2 + 36_000) + 20)) < 1e-3)
    // A mean of a second, nearly every delay zero: the variance counts.
    let mostlyZero = Distribution.empirical(values: [0, 1_000_000], weights: [999_999, 1])
    configuration.redials = Redials(
      afterAbandon: .init(probability: 0.9999999999999, delay: mostlyZero))
    let variance = mostlyZero.variance / (mostlyZero.mean * mostlyZero.mean)
    #expect(variance > 900_000)
    let expected = 1000 * (2 + 36_000 / mostlyZero.mean + variance) + 20
    #expect(abs(Self.calls(configuration) - expected) < 1e-6 * expected)
  }

  /// Episodes of shrinkage come at Σ share ÷ (meanLength × (1 − Σ share)) an agent-second.
  @Test func shrinkageEpisodesComeAtTheirRate() {
    var configuration = Self.centre
    #expect(RunEstimate(configuration).events[.shrinkage] == 0)
    let episodes = AgentBehaviour.Shrinkage(reason: .breakTime, share: 0.5, meanLength: .minutes(1))
    configuration.teams[0].behaviour.shrinkage = [episodes]
    let half = RunEstimate(configuration).events[.shrinkage] ?? 0
    let idle = RunEstimate(configuration).events[.idleLogouts] ?? 0
    // Both are 2 × agent-seconds × a rate: 1 ÷ 60 a second, and 1 ÷ 5,400 (90 minutes).
    #expect(abs(half / idle - 5400.0 / 60) < 1e-9)
  }

  /// The centre's events are few; a source past the limit is named in the refusal.
  @Test func tooManyEventsAreExplained() {
    let need = RunEstimate.Need(replications: 2, kept: 1)
    let limits = RunLimits.standard(physicalMemory: 1 << 30)
    #expect(RunEstimate(Self.centre).excess(for: need, limits: limits) == nil)
    #expect(RunEstimate(Self.centre).eventsPerReplication < 1e5)
    let estimate = RunEstimate(
      callsPerReplication: 10, agents: 1, intervalCells: 1,
      events: [.calls: 100, .idleLogouts: 1e11])
    let excess = estimate.excess(for: need, limits: limits) ?? ""
    #expect(
      excess.contains(
        "about 2 × 10^11 events (10^11 in each of 2 replications), most of them idle"
          + " logouts (rules.idleLogout), more than the 10^11"), "\(excess)")
  }
}

import SimKernel
import TestSupport

@testable import ContactCentre

/// Small configurations for driving the model to the edge of a rule.
enum CentreFixtures {
  /// One line, one call type, one team: the core M/M/c(+M) shape.
  static func singleQueue(
    perHour: Double, talk: Distribution, acw: Distribution = .fixed(0),
    patience: Distribution? = nil, agents: Int, duration: SimDuration,
    warmup: SimDuration = .zero, seed: UInt64 = 1
  ) -> CentreConfiguration {
    CentreConfiguration(
      name: "fixture", seed: seed, duration: duration, warmup: warmup,
      lines: [Line(id: "main", callType: 0, arrivals: .perHour(perHour))],
      callTypes: [CallType(id: "general", talk: talk, acw: acw, patience: patience)],
      teams: [Team(id: "gich", agents: agents, handles: [0])])
  }

  /// Two lines and three teams, one team serving both call types: shared and separate queues.
  static func twoQueues(seed: UInt64) -> CentreConfiguration {
    CentreConfiguration(
      name: "two queues", seed: seed, duration: .hours(8), warmup: .minutes(30),
      lines: [
        Line(
          id: "client", callType: 0,
          arrivals: .perInterval(
            [40, 60, 80, 90, 70, 50, 40, 30], interval: .hours(1), overdispersion: 0.1)),
        Line(id: "employer", kind: .employer, callType: 1, arrivals: .perHour(30)),
      ],
      callTypes: [
        CallType(
          id: "client", talk: .lognormal(mean: 300, sd: 150), acw: .uniform(min: 20, max: 700),
          patience: .exponential(mean: 120)),
        CallType(
          id: "employer", talk: .gamma(mean: 240, sd: 120), acw: .fixed(30),
          patience: .erlang(mean: 200, k: 2)),
      ],
      teams: [
        Team(id: "gich", agents: 6, handles: [0]),
        Team(id: "employer", agents: 2, handles: [1]),
        Team(id: "flex", agents: 1, handles: [0, 1]),
      ])
  }
}

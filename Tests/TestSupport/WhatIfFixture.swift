import ContactCentre
import SimKernel

/// A small centre at 10:30 for what-if changes: gich (a team leader and four caseworkers with
/// staff numbers, Lunch from 10:00 spread over an hour), ni (3 anonymous), wlu (2 anonymous);
/// one line whose plan `owner-first` widens from gich to ni after 30 s and wlu after 1 min.
public enum WhatIfFixture {
  public static let vocabulary = Vocabulary.childMaintenance

  public static func reason(_ name: String) -> NotReadyReason {
    guard let reason = vocabulary.reason(named: name) else {
      preconditionFailure("no reason \(name)")
    }
    return reason
  }

  public static func configuration() -> CentreConfiguration {
    let gich = Team(
      id: "gich", handles: [0],
      shifts: [
        Shift(
          start: .zero, end: .hours(9),
          agents: [AgentProfile(staffNumber: "G100", isTeamLeader: true)]
            + (101...104).map { AgentProfile(staffNumber: "G\($0)") },
          notReady: [
            ScheduledNotReady(
              reason: reason("Lunch"), start: .hours(2), duration: .minutes(30),
              spread: .hours(1))
          ])
      ])
    var configuration = CentreConfiguration(
      name: "what-if", startOfDay: .hours(8), duration: .hours(9),
      lines: [Line(id: "main", callType: 0, arrivals: .perHour(60))],
      callTypes: [
        CallType(id: "general", talk: .exponential(mean: 200), acw: .fixed(0), patience: nil)
      ],
      teams: [
        gich, Team(id: "ni", agents: 3, handles: [0]), Team(id: "wlu", agents: 2, handles: [0]),
      ],
      plans: [
        RoutingPlan(
          id: "owner-first",
          steps: [
            RoutingStep(after: .zero, target: .teams([0])),
            RoutingStep(after: .seconds(30), target: .teams([1])),
            RoutingStep(after: .seconds(60), target: .teams([2])),
          ])
      ])
    configuration.lines[0].plan = 0
    return configuration
  }

  /// 10:30: slots 0–4 are G100–G104, 5–7 ni agents 1–3, 8–9 wlu agents 1–2.
  public static func now() -> CentreNow {
    CentreNow(
      time: .zero + .minutes(150),
      agents: [
        .init(agent: 0, state: .notReady, reason: reason("Team Leader"), inState: .seconds(3000)),
        .init(agent: 1, state: .notReady, reason: reason("Coaching"), inState: .seconds(600)),
        .init(agent: 2, state: .notReady, reason: reason("Coaching"), inState: .seconds(1200)),
        .init(agent: 3, state: .notReady, reason: reason("Lunch"), inState: .seconds(60)),
        .init(agent: 4, state: .talking, inState: .seconds(100), queue: 0),
        .init(agent: 5, state: .ready, inState: .seconds(10)),
        .init(agent: 6, state: .notReady, reason: reason("Training"), inState: .seconds(300)),
        .init(agent: 8, state: .notReady, reason: reason("Coaching"), inState: .seconds(50)),
      ],
      queues: [], actuals: [])
  }
}

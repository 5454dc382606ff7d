import ContactCentre
import SimKernel
import TestSupport
import Testing

@testable import Reporting

/// Snapshot files as ccsim writes them: keys in the format's order, names as the scenario
/// gives them, durations in seconds, instants on the scenario's clock.
struct SnapshotJSONTests {
  /// 08:00 to 18:00: queue `gich` (two agents with staff numbers, two without) and queue
  /// `employer` (two agents).
  static let configuration = CentreConfiguration(
    name: "snapshot day", startOfDay: .hours(8), duration: .hours(10),
    lines: [
      Line(id: "client", callType: 0, arrivals: .perHour(50)),
      Line(id: "employer", callType: 1, arrivals: .perHour(20)),
    ],
    callTypes: [
      CallType(id: "client", talk: .exponential(mean: 240), patience: nil),
      CallType(id: "employer", talk: .exponential(mean: 200), patience: nil),
    ],
    teams: [
      Team(
        id: "gich", handles: [0],
        shifts: [
          Shift(
            start: .zero, end: .hours(10),
            agents: [
              AgentProfile(staffNumber: "1234567"), AgentProfile(staffNumber: "1234568"),
              AgentProfile(), AgentProfile(),
            ])
        ]),
      Team(id: "employer", agents: 2, handles: [1]),
    ])

  static let now = CentreNow(
    time: SimInstant(since: .minutes(150)),
    agents: [
      .init(agent: 2, state: .talking, inState: .seconds(252.5), queue: 0),
      .init(agent: 0, state: .notReady, reason: .breakTime, inState: .seconds(300)),
      .init(agent: 3, state: .ready, inState: .seconds(12)),
      .init(agent: 5, state: .afterCallWork, inState: SimDuration(microseconds: 1), queue: 1),
    ],
    queues: [
      .init(queue: 0, waits: [.seconds(95.2), .seconds(40), .seconds(12.5)]),
      .init(queue: 1, waits: []),
    ],
    actuals: [
      .init(
        queue: 0, interval: 0, offered: 31, answered: 29, abandoned: 2,
        answeredWithinThreshold: 25, handled: 29, handleTime: .seconds(9060)),
      .init(
        queue: 1, interval: 9, offered: 3, answered: 1, abandoned: 0,
        answeredWithinThreshold: 1, handled: 0),
    ])

  @Test func theDocumentIsTheFormatsKeysInOrder() {
    let text = SnapshotJSON.document(
      Self.now, configuration: Self.configuration, scenario: "day.json")
    #expect(
      text == """
        {
          "format": "ccsim-snapshot",
          "version": 1,
          "at": "10:30",
          "scenario": "day.json",
          "agents": [
            {
              "agent": "gich agent 3",
              "state": "talking",
              "queue": "gich",
              "inState": 252.5
            },
            {
              "agent": "1234567",
              "state": "notReady",
              "reason": "Break",
              "inState": 300
            },
            {
              "agent": "gich agent 4",
              "state": "ready",
              "inState": 12
            },
            {
              "agent": "employer agent 2",
              "state": "afterCallWork",
              "queue": "employer",
              "inState": 1e-06
            }
          ],
          "queues": [
            {
              "queue": "gich",
              "waits": [
                95.2,
                40,
                12.5
              ]
            },
            {
              "queue": "employer",
              "waits": []
            }
          ],
          "actuals": [
            {
              "queue": "gich",
              "interval": "08:00",
              "offered": 31,
              "answered": 29,
              "abandoned": 2,
              "answeredWithinThreshold": 25,
              "handled": 29,
              "handleTime": 9060
            },
            {
              "queue": "employer",
              "interval": "10:15",
              "offered": 3,
              "answered": 1,
              "abandoned": 0,
              "answeredWithinThreshold": 1,
              "handled": 0
            }
          ]
        }

        """)
  }

  @Test func withoutAScenarioItsKeyIsLeftOut() {
    let empty = CentreNow(time: SimInstant(since: .hours(1)), agents: [], queues: [], actuals: [])
    #expect(
      SnapshotJSON.document(empty, configuration: Self.configuration, scenario: nil) == """
        {
          "format": "ccsim-snapshot",
          "version": 1,
          "at": "09:00",
          "agents": [],
          "queues": [],
          "actuals": []
        }

        """)
  }

  /// The instant as the reader takes it: seconds off the minute, decimals off the second, a
  /// later day's with `dN`.
  @Test(arguments: [
    (SimDuration.minutes(150), "10:30"), (.minutes(150) + .seconds(7), "10:30:07"),
    (.minutes(150) + .seconds(0.25), "10:30:00.25"),
    (.minutes(150) + SimDuration(microseconds: 1), "10:30:00.000001"),
    (.hours(24), "d2 08:00"), (.hours(40) + .seconds(59), "d3 00:00:59"),
  ])
  func theInstantIsOnTheScenariosClock(sinceStart: SimDuration, clock: String) {
    #expect(SnapshotJSON.clock(sinceStart, Self.configuration) == clock)
  }
}

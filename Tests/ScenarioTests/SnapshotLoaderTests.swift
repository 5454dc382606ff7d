import ContactCentre
import Foundation
import SimKernel
import TestSupport
import Testing

@testable import Scenario

/// Snapshot files: what a good one decodes to, and every mistake reported with the file, the
/// line:column, the JSON path and the values involved.
struct SnapshotLoaderTests {
  /// A day from 08:00 to 18:00 in 15-minute intervals: queues `gich` (agents `gich agent 1` to
  /// `gich agent 4`) and `employer` (staff numbers 1234567 and 1234568).
  static let scenario = """
    {"name": "snapshot day", "start": "08:00", "duration": "10h",
     "lines": [{"id": "client", "callType": "client", "arrivals": {"perHour": 60}},
               {"id": "employer", "callType": "employer", "arrivals": {"perHour": 20}}],
     "callTypes": [{"id": "client", "talk": 180}, {"id": "employer", "talk": 200}],
     "teams": [{"id": "gich", "agents": 4, "handles": ["client"]},
               {"id": "employer", "handles": ["employer"], "shifts": [{"start": "08:00",
                "end": "18:00", "agents": [{"staffNumber": "1234567"}, {"staffNumber": "1234568"}]}]}]}
    """

  static let configuration: CentreConfiguration = {
    do {
      return try ScenarioLoader.decode(Array(scenario.utf8), file: "day.json", directory: "/tmp")
    } catch {
      preconditionFailure("the test scenario: \(error)")
    }
  }()

  /// A snapshot at `at` laid out one section a line: line 1 the header, line 2 `agents`,
  /// line 3 `queues`, line 4 `actuals`.
  static func document(
    at: String = "09:00", agents: String = "", queues: String = "", actuals: String = "",
    header: String = #""format": "ccsim-snapshot", "version": 1"#
  ) -> String {
    """
    {\(header), "at": "\(at)",
     "agents": [\(agents)],
     "queues": [\(queues)],
     "actuals": [\(actuals)]}
    """
  }

  static func decode(_ text: String) throws(ScenarioLoadError) -> CentreNow {
    try SnapshotLoader.decode(text: text, file: "now.json", configuration: configuration)
  }

  /// Every error's description, in file order.
  static func errors(_ text: String) -> [String] {
    do {
      _ = try decode(text)
      return []
    } catch {
      guard case .invalid(let errors) = error else { return ["\(error)"] }
      return errors.map(\.description)
    }
  }

  @Test func aGoodSnapshotDecodesToTheCentreNow() throws {
    let text = """
      {
        "format": "ccsim-snapshot", "version": 1,
        "at": "10:30",
        "scenario": "day.json",
        "agents": [
          {"agent": "gich agent 3", "state": "talking", "queue": "gich", "inState": 252.5},
          {"agent": "1234567", "state": "notReady", "reason": "Break", "inState": 300},
          {"agent": "gich agent 4", "state": "ready", "inState": "12s"},
          {"agent": "1234568", "state": "afterCallWork", "queue": "employer", "inState": 0}
        ],
        "queues": [ {"queue": "gich", "waits": [40, 95.2, 12.5]}, {"queue": "employer", "waits": []} ],
        "actuals": [ {"queue": "gich", "interval": "08:00", "offered": 31, "answered": 29,
                      "abandoned": 2, "answeredWithinThreshold": 25, "handled": 28, "handleTime": 9060.0},
                     {"queue": "employer", "interval": "10:15", "offered": 3, "answered": 1,
                      "abandoned": 0, "answeredWithinThreshold": 1} ]
      }
      """
    let now = try Self.decode(text)
    let expected = CentreNow(
      time: SimInstant(since: .minutes(150)),
      agents: [
        .init(agent: 2, state: .talking, inState: .seconds(252.5), queue: 0),
        .init(agent: 4, state: .notReady, reason: .breakTime, inState: .seconds(300)),
        .init(agent: 3, state: .ready, inState: .seconds(12)),
        .init(agent: 5, state: .afterCallWork, inState: .zero, queue: 1),
      ],
      queues: [
        .init(queue: 0, waits: [.seconds(95.2), .seconds(40), .seconds(12.5)]),
        .init(queue: 1, waits: []),
      ],
      actuals: [
        .init(
          queue: 0, interval: 0, offered: 31, answered: 29, abandoned: 2,
          answeredWithinThreshold: 25, handled: 28, handleTime: .seconds(9060)),
        .init(
          queue: 1, interval: 9, offered: 3, answered: 1, abandoned: 0,
          answeredWithinThreshold: 1, handled: 1),
      ])
    #expect(now == expected)
  }

  @Test func actualsMayBeLeftOutAndAtMayBeOnALaterDayOrOffTheMinute() throws {
    let text = """
      {"format": "ccsim-snapshot", "version": 1, "at": "10:30:15.25", "agents": [], "queues": []}
      """
    let now = try Self.decode(text)
    #expect(now.time == SimInstant(since: .minutes(150) + .seconds(15.25)))
    #expect(now.actuals.isEmpty)
    #expect(RunClock.sinceMidnight("d2 08:30") == .hours(32) + .minutes(30))
    #expect(RunClock.sinceMidnight("2/08:30") == .hours(32) + .minutes(30))
    #expect(RunClock.sinceMidnight("8:30:05") == .seconds(8 * 3600 + 30 * 60 + 5))
    for bad in ["25:00", "10:60", "10:30:60", "10:30:1", "10:30:15.1234567", "d0 10:00", "10.30"] {
      #expect(RunClock.sinceMidnight(bad) == nil, "\(bad)")
    }
  }

  @Test func aMissingFileIsUnreadableNotInvalid() {
    #expect(
      throws: ScenarioLoadError.unreadable(file: "/nonexistent/now.json", reason: "no such file")
    ) {
      try SnapshotLoader.load(path: "/nonexistent/now.json", configuration: Self.configuration)
    }
  }

  @Test func aSyntaxErrorHasItsPlace() {
    #expect(Self.errors(#"{"format": }"#) == ["now.json:1:12: unexpected '}', expected a value"])
  }

  /// A snapshot with one mistake, and the one error it must give.
  struct Mistake: Sendable, CustomTestStringConvertible {
    let document: String
    let expected: String

    init(_ document: String, _ expected: String) {
      self.document = document
      self.expected = expected
    }

    var testDescription: String { expected }
  }

  static let mistakes: [Mistake] = [
    Mistake(
      document(header: #""format": "ccsim-snapshots", "version": 1"#),
      #"now.json:1:12: format: "ccsim-snapshots" is not "ccsim-snapshot": this is not a snapshot file"#
    ),
    Mistake(
      document(header: #""format": "ccsim-snapshot", "version": 2"#),
      "now.json:1:41: version: version 2 is not one this ccsim reads (it reads version 1)"
    ),
    Mistake(
      document(header: #""format": "ccsim-snapshot", "version": 1, "agent": []"#),
      #"now.json:1:44: agent: unknown key "agent" (did you mean "agents"?)"#
    ),
    Mistake(
      document(at: "9:00am"),
      #"now.json:1:50: at: "9:00am" is not a clock time (HH:MM or HH:MM:SS, or dN HH:MM on day N of the run)"#
    ),
    Mistake(
      document(at: "18:00"),
      "now.json:1:50: at: 18:00 is outside the run: a snapshot is taken after its start, 08:00,"
        + " and before its end, 18:00"
    ),
    Mistake(
      document(at: "08:00"),
      "now.json:1:50: at: 08:00 is outside the run: a snapshot is taken after its start, 08:00,"
        + " and before its end, 18:00"
    ),
    Mistake(
      document(agents: #"{"agent": "gich agnt 3", "state": "ready", "inState": 10}"#),
      #"now.json:2:23: agents[0].agent: no agent "gich agnt 3" on the scenario's roster (did you mean "gich agent 3", "gich agent 1" or "gich agent 2"?)"#
    ),
    Mistake(
      document(
        agents: #"{"agent": "1234567", "state": "ready", "inState": 10}, "#
          + #"{"agent": "1234567", "state": "ready", "inState": 20}"#),
      #"now.json:2:78: agents[1].agent: agent "1234567" is given twice (also at agents[0])"#
    ),
    Mistake(
      document(agents: #"{"agent": "1234567", "state": "talkng", "queue": "gich", "inState": 10}"#),
      #"now.json:2:43: agents[0].state: "talkng" is not one of the allowed values (did you mean "talking"?)"#
    ),
    Mistake(
      document(agents: #"{"agent": "1234567", "state": "notReady", "inState": 10}"#),
      #"now.json:2:13: agents[0].reason: required key "reason" is missing (an agent notReady has a reason code)"#
    ),
    Mistake(
      document(
        agents: #"{"agent": "1234567", "state": "notReady", "reason": "Brake", "inState": 10}"#),
      #"now.json:2:65: agents[0].reason: "Brake" is not a NotReady reason code (did you mean "Break"?)"#
    ),
    Mistake(
      document(
        agents:
          #"{"agent": "1234567", "state": "talking", "queue": "gich", "reason": "Break", "inState": 10}"#
      ),
      "now.json:2:81: agents[0].reason: a reason code goes with notReady, not with talking"
    ),
    Mistake(
      document(agents: #"{"agent": "1234567", "state": "talking", "inState": 10}"#),
      #"now.json:2:13: agents[0].queue: required key "queue" is missing (an agent talking holds a call of a queue)"#
    ),
    Mistake(
      document(agents: #"{"agent": "1234567", "state": "ready", "queue": "gich", "inState": 10}"#),
      "now.json:2:61: agents[0].queue: a queue goes with a call, not with ready"
    ),
    Mistake(
      document(agents: #"{"agent": "1234567", "state": "talking", "queue": "gch", "inState": 10}"#),
      #"now.json:2:63: agents[0].queue: no queue "gch" in the scenario (did you mean "gich"?)"#
    ),
    Mistake(
      document(agents: #"{"agent": "1234567", "state": "ready", "inState": 5400}"#),
      "now.json:2:63: agents[0].inState: 5400 s is longer than the day has run at 09:00"
        + " (3600 s since 08:00)"
    ),
    Mistake(
      document(agents: #"{"agent": "1234567", "state": "ready", "inState": -1}"#),
      "now.json:2:63: agents[0].inState: duration -1 must not be negative"
    ),
    Mistake(
      document(agents: #"{"agent": "1234567", "state": "ready", "inState": 10, "since": 3}"#),
      #"now.json:2:67: agents[0].since: unknown key "since" (one of: agent, state, reason, queue, inState)"#
    ),
    Mistake(
      document(queues: #"{"queue": "gich", "waits": [12, 3600.5]}"#),
      "now.json:3:45: queues[0].waits[1]: a wait of 3600.5 s is longer than the day has run at"
        + " 09:00 (3600 s since 08:00)"
    ),
    Mistake(
      document(queues: #"{"queue": "gich", "waits": []}, {"queue": "gich", "waits": [1]}"#),
      #"now.json:3:55: queues[1].queue: queue "gich" is given twice (also at queues[0])"#
    ),
    Mistake(
      document(queues: #"{"queue": "employr", "waits": []}"#),
      #"now.json:3:23: queues[0].queue: no queue "employr" in the scenario (did you mean "employer"?)"#
    ),
    Mistake(
      document(actuals: actual(interval: "08:10")),
      "now.json:4:44: actuals[0].interval: 08:10 is not the start of a reporting interval: the"
        + " scenario's intervals are 15m from 08:00"
    ),
    Mistake(
      document(actuals: actual(interval: "09:00")),
      "now.json:4:44: actuals[0].interval: the interval from 09:00 has not begun before the"
        + " snapshot's instant, 09:00"
    ),
    Mistake(
      document(actuals: actual(interval: "07:45")),
      "now.json:4:44: actuals[0].interval: 07:45 is not the start of a reporting interval: the"
        + " scenario's intervals are 15m from 08:00"
    ),
    Mistake(
      document(actuals: actual(offered: 30)),
      "now.json:4:97: actuals[0].abandoned: answered 29 + abandoned 2 = 31 is more than offered 30"
    ),
    Mistake(
      document(actuals: actual(withinThreshold: 30)),
      "now.json:4:127: actuals[0].answeredWithinThreshold: 30 answered within the threshold is"
        + " more than answered 29"
    ),
    Mistake(
      document(actuals: actual(offered: -1)),
      "now.json:4:64: actuals[0].offered: -1 is out of range (0 to 1000000000)"
    ),
    Mistake(
      document(actuals: actual() + ", " + actual()),
      #"now.json:4:132: actuals[1]: a second row for queue "gich" and interval 08:00 (also at actuals[0])"#
    ),
  ]

  /// One mistake, one error: its exact text.
  @Test(arguments: mistakes)
  func eachMistakeHasAPreciseError(mistake: Mistake) {
    #expect(Self.errors(mistake.document) == [mistake.expected])
  }

  /// One actuals row of queue `gich`.
  static func actual(interval: String = "08:00", offered: Int = 31, withinThreshold: Int = 25)
    -> String
  {
    #"{"queue": "gich", "interval": "\#(interval)", "offered": \#(offered), "answered": 29, "#
      + #""abandoned": 2, "answeredWithinThreshold": \#(withinThreshold)}"#
  }

  /// The schema (`ccsim schema snapshot`) accepts the good snapshots and refuses the mistakes
  /// it can see: those of a type, a key, a fixed value, or a key with the wrong state.
  @Test func theSchemaAgreesWithTheReaderOnWhatItCanSee() throws {
    guard JSONSchemaValidator.isAvailable else {
      if JSONSchemaValidator.isRequired {
        Issue.record("python3 with jsonschema is required (CCSIM_REQUIRE_JSONSCHEMA=1)")
      }
      return
    }
    let good = [
      Self.document(
        agents: #"{"agent": "1234567", "state": "notReady", "reason": "Break", "inState": 10}, "#
          + #"{"agent": "gich agent 1", "state": "talking", "queue": "gich", "inState": "1m"}"#,
        queues: #"{"queue": "gich", "waits": [1, 2.5]}"#, actuals: Self.actual()),
      Self.document(at: "d1 08:30:15.5"),
    ]
    let seen = [
      "format:", "version:", "agent: unknown key", "\"9:00am\"", "agents[0].reason: required",
      "not with talking", "agents[0].queue: required", "not with ready", "duration -1",
      "agents[0].since", "actuals[0].offered: -1",
    ]
    let refused = Self.mistakes.filter { mistake in
      seen.contains { mistake.expected.contains($0) }
    }
    #expect(refused.count == seen.count)
    let files = (good + refused.map(\.document)).map { text -> String in
      let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("ccsim-snapshot-schema-\(UUID().uuidString).json")
      try? text.write(to: url, atomically: true, encoding: .utf8)
      return url.path
    }
    defer { for file in files { try? FileManager.default.removeItem(atPath: file) } }
    let verdicts = try JSONSchemaValidator.verdicts(
      schema: FileFormat.snapshot.schema, files: files)
    for (index, file) in files.enumerated() {
      let verdict = verdicts[file] ?? "none"
      if index < good.count {
        #expect(verdict == "valid", "good snapshot \(index): \(verdict)")
      } else {
        #expect(
          verdict.hasPrefix("invalid"), "\(refused[index - good.count].expected): \(verdict)")
      }
    }
  }

  @Test func everyProblemIsReportedAtOnce() {
    let errors = Self.errors(
      Self.document(
        agents: #"{"agent": "nobody", "state": "ready", "inState": 5400}"#,
        queues: #"{"queue": "gich", "waits": [4000]}"#))
    #expect(errors.count == 3)
  }
}

import Calibration
import ContactCentre
import Planning
import Scenario
import SimKernel
import Testing

/// A replayed day rings the recorded callers at their moments and counts the history as the
/// simulation counts its own calls.
struct BacktestTests {
  /// One agent (the day's staffing; the scenario has two), talk exactly 100 s, no ACW, callers who never give up: a day whose every wait
  /// is known.
  static let scenario = """
    {"name": "one agent", "start": "08:00", "duration": "1h", "interval": "15m",
     "lines": [{"id": "sales", "kind": "client", "callType": "sales", "arrivals": {"perHour": 10}}],
     "callTypes": [{"id": "sales", "talk": 100, "acw": 0, "patience": "2h"}],
     "teams": [{"id": "sales", "agents": 2, "handles": ["sales"]}]}
    """

  static let monday = LocalTime.days(year: 2024, month: 3, day: 4)

  static func call(_ clock: Double, answeredAfter wait: Double) -> Calibration.CallRecord {
    let arrival = LocalTime(seconds: Double(monday) * 86_400 + 8 * 3600 + clock)
    return Calibration.CallRecord(
      queue: "sales", arrival: arrival, queued: arrival,
      answered: LocalTime(seconds: arrival.seconds + wait), outcome: .answered, talk: 100,
      hold: 0, wrapUp: 0)
  }

  static func configuration() throws -> CentreConfiguration {
    try ScenarioLoader.decode(Array(scenario.utf8), file: "one-agent.json", directory: ".")
  }

  @Test func aDeterministicDayIsReplayedExactly() throws {
    // Calls at 08:00:00, 08:00:50 (waits 50 s for the first to end) and 08:05:00; one the day
    // before and one after the run are not replayed.
    var calls = [
      Self.call(0, answeredAfter: 0), Self.call(50, answeredAfter: 50),
      Self.call(300, answeredAfter: 0), Self.call(3_700, answeredAfter: 0),
    ]
    var yesterday = Self.call(10, answeredAfter: 0)
    yesterday.arrival.seconds -= 86_400
    calls.append(yesterday)
    let day = try BacktestDay(
      Self.configuration(), calls: calls, day: Self.monday, staffing: ["sales": [1, 1, 1, 1]])
    #expect(day.outsideRun == 1)
    #expect(day.configuration.lines[0].arrivals.recorded == [.zero, .seconds(50), .seconds(300)])
    #expect(day.intervals[0].offered == 3 && day.intervals[0].answeredWithinThreshold == 2)
    #expect(day.busySeconds[0] == 300)
    let runs = Replications.run(day.configuration, count: 3, jobs: 1, intervals: true)
    let backtest = Backtest(day, runs: runs)
    #expect(backtest.scopes == ["all", "sales"])
    for row in backtest.day + backtest.intervals {
      for metric in Backtest.Metric.allCases {
        let figure = row[metric]
        guard let error = figure.error else { continue }
        #expect(abs(error) < 1e-9, "\(row.scope) \(row.interval ?? -1) \(metric): \(error)")
      }
    }
    let all = backtest.day[0]
    #expect(all[.occupancy].simulated.mean != nil && all[.averageSpeedOfAnswer].error == 0)
    #expect(all[.serviceLevel].actual == 2.0 / 3)
    #expect(abs(all[.averageSpeedOfAnswer].actual! - 50.0 / 3) < 1e-9)
    #expect(abs(all[.occupancy].actual! - 300.0 / 3600) < 1e-9)
  }

  @Test func theHistoryIsCountedAsTheSimulationCounts() {
    var tally = CallTally()
    let arrival = LocalTime(seconds: 0)
    func record(_ outcome: Calibration.CallRecord.Outcome, wait: Double) -> Calibration.CallRecord {
      Calibration.CallRecord(
        queue: "q", arrival: arrival, queued: arrival,
        answered: outcome == .answered ? LocalTime(seconds: wait) : nil,
        abandoned: outcome == .abandoned ? LocalTime(seconds: wait) : nil, outcome: outcome,
        talk: outcome == .answered ? 60 : nil, wrapUp: outcome == .answered ? 30 : nil)
    }
    let inclusive = ReportingConventions(threshold: .inclusive)
    for (outcome, wait) in [
      (Calibration.CallRecord.Outcome.answered, 20.0), (.answered, 21), (.abandoned, 3),
      (.abandoned, 15), (.abandoned, 40),
    ] {
      tally.count(
        record(outcome, wait: wait), threshold: .seconds(20), shortAbandon: .seconds(5),
        conventions: inclusive)
    }
    #expect(tally.offered == 5 && tally.answered == 2 && tally.abandoned == 3)
    #expect(tally.answeredWithinThreshold == 1 && tally.shortAbandoned == 1)
    #expect(tally.abandonedWithinThreshold == 1 && tally.handled == 2)
    #expect(tally.averageHandleTime == 90)
    // answered within / (answered + abandoned − short): 1 / 4.
    #expect(tally.serviceLevel(inclusive) == 0.25)
    var exclusive = CallTally()
    exclusive.count(
      record(.answered, wait: 20), threshold: .seconds(20), shortAbandon: .zero,
      conventions: ReportingConventions(threshold: .exclusive))
    #expect(exclusive.answeredWithinThreshold == 0)
  }

  @Test func aQueueTheScenarioLacksIsRefusedByName() throws {
    var stranger = Self.call(0, answeredAfter: 0)
    stranger.queue = "payments"
    #expect(throws: BacktestDay.Problem.unknownQueue("payments", lines: ["sales"])) {
      try BacktestDay(Self.configuration(), calls: [stranger], day: Self.monday)
    }
    #expect(throws: BacktestDay.Problem.noCalls(day: "2024-03-05")) {
      try BacktestDay(
        Self.configuration(), calls: [Self.call(0, answeredAfter: 0)], day: Self.monday + 1)
    }
  }
}

import ContactCentre
import SimKernel
import Testing

@testable import Planning

/// `ccsim staff` on core scenarios — one queue, a constant Poisson rate, exponential talk, no
/// patience: every interval is the same M/M/n queue, so the simulated requirement must be
/// Erlang C's.
struct StaffingSearchTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var perHour: Double
    var aht: Double
    var target: Double

    var testDescription: String { "λ \(Int(perHour))/h, AHT \(Int(aht)) s, target \(target)" }

    /// A warm-up hour, then three hours, each a reporting interval.
    var configuration: CentreConfiguration {
      CentreConfiguration(
        name: testDescription, seed: 20_260_806, duration: .hours(4), warmup: .hours(1),
        interval: .hours(1),
        lines: [Line(id: "main", callType: 0, arrivals: .perHour(perHour))],
        callTypes: [CallType(id: "general", talk: .exponential(mean: aht), patience: nil)],
        teams: [Team(id: "gich", agents: 0, handles: [0])])
    }

    var erlangAgents: Int {
      Erlang.agentsRequired(
        ErlangInput(callsPerHour: perHour, averageHandleTime: aht, agents: 0, threshold: 20),
        serviceLevel: target
      ).agents
    }
  }

  /// 10 erlangs on an AHT of 36 s: Erlang C gives 60.9 % with 11 agents, 85.2 % with 12 and
  /// 94.6 % with 13. The short AHT puts a thousand calls and many busy spells in each hour,
  /// so that an hour's service level varies little from one replication to the next.
  static let cases: [Case] = [
    Case(perHour: 1000, aht: 36, target: 0.75),  // 12, with a wide margin either side
    Case(perHour: 1000, aht: 36, target: 0.85),  // 12, a hair above the target: 12 or 13
    Case(perHour: 1000, aht: 36, target: 0.9),  // 13, 4.6 points either side
  ]

  static let replications = 16

  /// The 99.9 % Student-t half-width of a mean over replications: its 95 % half-width widened
  /// from the 97.5 % to the 99.95 % quantile.
  static func tolerance(_ estimate: Estimate) -> Double {
    let degrees = estimate.count - 1
    return estimate.halfWidth95! * StudentT.quantile(0.9995, degreesOfFreedom: degrees)
      / StudentT.quantile(0.975, degreesOfFreedom: degrees) + 1e-9
  }

  /// In every interval the simulated requirement s is Erlang C's e, or one agent away where
  /// the simulation cannot tell the staffing they disagree about from the target:
  ///
  /// - The search's answer is the least staffing that meets the target by the simulation's
  ///   estimate: the mean service level at s is at least the target, and the one-fewer
  ///   simulation recorded for the row fell short.
  /// - If s = e − 1, the simulation put SL(s) ≥ target where Erlang C puts it below; if
  ///   s = e + 1, it put SL(e) < target where Erlang C puts it at or above. Either is allowed
  ///   only when that simulated SL lies within its 99.9 % interval of the target — the two
  ///   disagree about a staffing whose service level is, by the simulation's own precision,
  ///   at the target. Any other difference fails.
  ///
  /// A wider difference, or a one-agent difference with the simulated service level clear
  /// of the target, would mean the simulation and Erlang C disagree. Over 40 seeds each, the
  /// first case came out identical in all 120 hours, the second 69 times identical and 51
  /// times one above (SL_C(12) is 85.2 %), the third 109 times identical and 11 times one
  /// away; all within the rule. The Student-t interval assumes a mean of replications close
  /// to normal; an hour's service level in a small queue is skewed (a rare long queue drags
  /// it down), and at scenarios/erlang-c.json's 200 calls an hour 16 replications are not
  /// enough for that: hence a thousand calls, and many busy spells, an hour.
  @Test(arguments: cases)
  func matchesErlangC(_ testCase: Case) throws {
    let goal = StaffingGoal(target: testCase.target, threshold: .seconds(20))
    let result = try StaffingSearch.run(
      testCase.configuration, goal: goal,
      options: .init(replications: Self.replications, jobs: 2, maxPasses: 12))
    #expect(result.converged && result.meetsGoal, "\(result.passes) simulations")
    let rows = try #require(result.teams.first).rows
    #expect(rows.count == 4)
    #expect(!rows[0].isMeasured && rows[0].agents == rows[0].erlangAgents, "the warm-up")
    for row in rows.dropFirst() {
      let label = "\(testCase.testDescription), hour \(row.interval)"
      #expect(row.erlangAgents == testCase.erlangAgents, "\(label)")
      let achieved = row.performance.serviceLevel
      let fewer = try #require(row.withOneFewer?.serviceLevel, "\(label): one fewer not tried")
      #expect(achieved.mean! >= testCase.target, "\(label)")
      #expect(fewer.mean! < testCase.target, "\(label)")
      switch row.agents - row.erlangAgents {
      case 0: break
      case -1:
        #expect(
          abs(achieved.mean! - testCase.target) <= Self.tolerance(achieved),
          "\(label): \(row.agents) agents clearly meet the target by simulation, not by Erlang C")
      case 1:
        #expect(
          abs(fewer.mean! - testCase.target) <= Self.tolerance(fewer),
          "\(label): \(row.erlangAgents) agents clearly fall short by simulation, not by Erlang C")
      default:
        Issue.record("\(label): simulated \(row.agents) agents, Erlang C \(row.erlangAgents)")
      }
    }
  }

  /// A day with a peak, ACW, lognormal talk and abandonment, staffed for service level, abandon
  /// rate and occupancy at once: every interval meets all three with the staffing found, the
  /// configuration returned is the scenario with that roster and nothing else changed, and
  /// simulating it again gives exactly the figures reported (the same callers, the same seed).
  @Test func staffsADayWithEveryCap() throws {
    let configuration = CentreConfiguration(
      name: "a morning", seed: 11, startOfDay: .hours(8), duration: .hours(3),
      interval: .minutes(30), serviceLevelThreshold: .seconds(30), shortAbandon: .seconds(5),
      lines: [
        Line(
          id: "main", callType: 0,
          arrivals: .perInterval([40, 70, 90, 80, 60, 40], interval: .minutes(30)))
      ],
      callTypes: [
        CallType(
          id: "general", talk: .lognormal(mean: 240, sd: 120), acw: .uniform(min: 20, max: 60),
          patience: .exponential(mean: 150))
      ],
      teams: [Team(id: "gich", agents: 3, handles: [0])])
    let goal = StaffingGoal(
      target: 0.8, threshold: .seconds(30), maxAbandon: 0.04, maxOccupancy: 0.85)
    let result = try StaffingSearch.run(
      configuration, goal: goal, options: .init(replications: 8, jobs: 2, maxPasses: 12))
    #expect(result.meetsGoal)
    let team = try #require(result.teams.first)
    for row in team.rows where row.isMeasured {
      #expect(goal.isMet(by: row.performance), "interval \(row.interval)")
      #expect(row.performance.abandonRate.mean! <= 0.04)
      #expect(row.performance.occupancy.mean! <= 0.85)
      #expect(row.isMinimal || !result.converged)
    }
    var expected = configuration
    expected.teams[0].shifts = Staffing.shifts(team.rows.map(\.agents), in: configuration)
    #expect(result.configuration == expected)
    let again = IntervalPerformance.measure(
      Replications.run(result.configuration, count: 8, jobs: 1, intervals: true),
      teams: [team.team], intervalCount: team.rows.count, teamCount: 1)
    #expect(again[0] == team.rows.map(\.performance))
  }

  /// A queue that holds its calls for 30 s before offering them to the team can never answer
  /// within 20 s: more agents do not help, so each interval is left at its Erlang requirement,
  /// marked out of reach, and the search still ends.
  @Test func aGoalOutOfReachIsReportedNotChased() throws {
    let configuration = CentreConfiguration(
      name: "held", duration: .hours(3), interval: .hours(1),
      lines: [Line(id: "main", callType: 0, arrivals: .perHour(100))],
      callTypes: [CallType(id: "general", talk: .exponential(mean: 180), patience: nil)],
      teams: [Team(id: "gich", agents: 5, handles: [])],
      plans: [
        RoutingPlan(id: "held", steps: [RoutingStep(after: .seconds(30), target: .teams([0]))])
      ])
    var held = configuration
    held.lines[0].plan = 0
    let result = try StaffingSearch.run(
      held, goal: StaffingGoal(target: 0.8, threshold: .seconds(20)),
      options: .init(replications: 4, jobs: 2, maxPasses: 10))
    #expect(!result.meetsGoal && result.converged && result.passes < 10)
    for row in try #require(result.teams.first).rows {
      #expect(row.isOutOfReach && row.agents == row.erlangAgents, "interval \(row.interval)")
      #expect(row.performance.serviceLevel.mean == 0)
    }
  }
}

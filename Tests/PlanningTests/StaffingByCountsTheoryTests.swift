import ContactCentre
import SimKernel
import Testing

@testable import Planning

/// Staffing by counts against theory (docs §9, Staffing by counts): a constant count is the
/// same centre as a team of that many agents all run; within a long block after a drop the
/// queue is Erlang C's M/M/c again; at a drop, idle-first leaving keeps fewer agents logged in
/// than named shifts do (leavers who are busy stay until their call ends).
struct StaffingByCountsTheoryTests {
  typealias Theory = SimulationVersusTheoryTests

  /// The M/M/c case of the Erlang tests with GICH staffed by `changes` (hours, agents).
  static func configuration(
    _ changes: [(Int, Int)], leaving: TeamStaffing.Leaving, hours: Int, warmup: Int
  ) -> CentreConfiguration {
    var configuration = CentreConfiguration(
      name: "counts", seed: 20_261_206, duration: .hours(hours), warmup: .hours(warmup),
      lines: [Line(id: "main", callType: 0, arrivals: .perHour(200))],
      callTypes: [CallType(id: "general", talk: .exponential(mean: 180), patience: nil)],
      teams: [Team(id: "gich", agents: 0, handles: [0])])
    let staffing = TeamStaffing(
      changes: changes.map { .init(time: .hours($0.0), agents: $0.1) }, leaving: leaving)
    configuration.teams[0].shifts = leaving == .named ? staffing.stackedShifts : [staffing.pool]
    if leaving == .idleFirst { configuration.teams[0].staffing = staffing }
    return configuration
  }

  @Test(arguments: [TeamStaffing.Leaving.named, .idleFirst])
  func aConstantCountIsATeamLoggedInAllRun(_ leaving: TeamStaffing.Leaving) {
    var agents = Self.configuration([(0, 13)], leaving: leaving, hours: 30, warmup: 1)
    agents.teams[0] = Team(id: "gich", agents: 13, handles: [0])
    let counted = Self.configuration([(0, 13)], leaving: leaving, hours: 30, warmup: 1)
    let expected = Replications.run(agents, count: 3, jobs: 2)
    var runs = Replications.run(counted, count: 3, jobs: 2)
    // The one change of the count is one event where the shift had a start per agent.
    for index in runs.indices { runs[index].events = expected[index].events }
    #expect(runs == expected)
  }

  /// 16 agents for 2 h, then 13 for 200 h: measured from hour 5, the queue is M/M/13.
  @Test func withinALongBlockAfterADropTheQueueIsErlangC() {
    let configuration = Self.configuration(
      [(0, 16), (2, 13)], leaving: .idleFirst, hours: 205, warmup: 5)
    let theory = Erlang.c(
      ErlangInput(callsPerHour: 200, averageHandleTime: 180, agents: 13, threshold: 20))
    let runs = Replications.run(
      configuration, count: Theory.replications, jobs: 2, intervals: false)
    let checks: [(String, [Double], Double)] = [
      ("P(wait)", runs.map { $0.total.probabilityOfWait! }, theory.probabilityOfWait),
      ("ASA", runs.map { $0.total.averageSpeedOfAnswer! }, theory.averageSpeedOfAnswer),
      ("service level", runs.map { $0.total.serviceLevel(.standard)! }, theory.serviceLevel),
      ("occupancy", runs.map { $0.allTeams.occupancy! }, theory.occupancy),
    ]
    for (name, values, expected) in checks {
      let (ok, detail) = Theory.agrees(values, with: expected)
      #expect(ok, "\(name) \(detail)")
    }
  }

  /// Drops every hour (20, 12, 16, 8 agents): idle-first leavers go home at once, while named
  /// ones who are busy stay on to finish; the mean paired difference in logged-in time (named
  /// minus idle-first) is above 0 by more than its 99.9 % Student-t half-width. The calls'
  /// arrivals and handle times are the same draws in both.
  @Test func idleFirstKeepsFewerAgentsLoggedInAfterADrop() {
    let changes = [(0, 20), (1, 12), (2, 16), (3, 8), (4, 0)]
    let idleFirst = Replications.run(
      Self.configuration(changes, leaving: .idleFirst, hours: 5, warmup: 0), count: 20,
      jobs: 2, intervals: false)
    let named = Replications.run(
      Self.configuration(changes, leaving: .named, hours: 5, warmup: 0), count: 20, jobs: 2,
      intervals: false)
    let differences = zip(named, idleFirst).map {
      ($0.allTeams.loggedIn - $1.allTeams.loggedIn).seconds
    }
    let tally = Tally(differences)
    let t = StudentT.quantile(0.9995, degreesOfFreedom: differences.count - 1)
    let halfWidth = t * tally.standardDeviation! / Double(differences.count).squareRoot()
    #expect(tally.mean > halfWidth, "named − idleFirst: \(tally.mean) s ± \(halfWidth)")
  }
}

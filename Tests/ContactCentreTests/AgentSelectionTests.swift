import SimKernel
import Testing

@testable import ContactCentre

/// Which of two Ready agents takes a call under each `select` of a routing step (issue 18
/// part 3), and handle time by who serves (part 2), stepping the kernel call by call.
struct AgentSelectionTests {
  /// Two teams of one agent each, "a" (slot 0) and "b" (slot 1), and a plan whose one step
  /// names `b` then `a`; calls are injected by hand. Talk is 60 s, or the team's own.
  static func twoTeams(
    select: AgentSelection, levels: (a: Int, b: Int) = (1, 1),
    handleTimes: (a: [TeamHandleTime], b: [TeamHandleTime]) = ([], []),
    callType: CallType = CallType(id: "general", talk: .fixed(60), patience: nil),
    duration: SimDuration = .hours(2)
  ) -> CentreConfiguration {
    func team(_ id: String, level: Int, _ times: [TeamHandleTime]) -> Team {
      var profile = AgentProfile()
      profile.proficiency = level
      var team = Team(
        id: id, handles: [],
        shifts: [Shift(start: .zero, end: Team.wholeRun, agents: [profile])])
      team.handleTimes = times
      return team
    }
    var step = RoutingStep(after: .zero, target: .teams([1, 0]))
    step.select = select
    return CentreConfiguration(
      name: "two teams", duration: duration,
      lines: [
        Line(
          id: "main", callTypes: [Line.CallTypeShare(callType: 0, share: 1)],
          arrivals: .perHour(0), plan: 0)
      ],
      callTypes: [callType],
      teams: [
        team("a", level: levels.a, handleTimes.a), team("b", level: levels.b, handleTimes.b),
      ],
      plans: [RoutingPlan(id: "queue", steps: [step])])
  }

  /// Runs `configuration`, a caller ringing at each of `times` (seconds); returns the agent
  /// who took each call (−1 if it waited) and their talk.
  static func takers(_ configuration: CentreConfiguration, callsAt times: [Double]) -> [(
    agent: Int, talk: SimDuration
  )] {
    var simulation = Simulation<CentreEvent>()
    var centre = Centre(configuration: configuration, replication: 0, intervals: false)
    centre.start(in: &simulation)
    simulation.run(until: .zero, handler: &centre)
    var result: [(Int, SimDuration)] = []
    for time in times {
      simulation.run(until: SimInstant(since: .seconds(time)), handler: &centre)
      centre.arrive(line: 0, in: &simulation)
      var taker: (Int, SimDuration) = (-1, .zero)
      for agent in 0..<2 {
        if case .handling(_, let answer, let talkEnd, _) = centre.agents[agent].activity,
          answer == simulation.now
        {
          taker = (agent, talkEnd - answer)
        }
      }
      result.append(taker)
    }
    return result
  }

  // Both agents are Ready from 0 s. The call at 0 s goes to b (first named; a tie in idle
  // time), who is Ready again at 60 s; at 100 s both are Ready, a the longer.

  @Test func longestIdleTakesTheAgentReadyLongestWhateverTheTeam() {
    let takers = Self.takers(Self.twoTeams(select: .longestIdle), callsAt: [0, 100])
    #expect(takers.map(\.agent) == [1, 0])
  }

  @Test func teamOrderTakesThePreferredTeamFirstWhateverTheIdleTime() {
    let takers = Self.takers(Self.twoTeams(select: .teamOrder), callsAt: [0, 100, 101])
    // b at 0 and 100 s though a has been idle longer; at 101 s b is busy: a, the overflow.
    #expect(takers.map(\.agent) == [1, 1, 0])
  }

  @Test func highestProficiencyTakesTheMostSkilledTiesByLongestIdle() {
    let skilledB = Self.takers(
      Self.twoTeams(select: .highestProficiency, levels: (1, 2)), callsAt: [0, 100])
    #expect(skilledB.map(\.agent) == [1, 1])
    let skilledA = Self.takers(
      Self.twoTeams(select: .highestProficiency, levels: (2, 1)), callsAt: [0, 100])
    #expect(skilledA.map(\.agent) == [0, 0])
    // Equal levels: the longest idle, as longestIdle.
    let equal = Self.takers(
      Self.twoTeams(select: .highestProficiency, levels: (3, 3)), callsAt: [0, 100])
    #expect(equal.map(\.agent) == [1, 0])
  }

  @Test func leastOccupiedTakesTheLeastBusySoFarNotTheLongestIdle() {
    // a talks 30 s (its own time), b 60 s. b takes the call at 0 s (busy 0–60); a the call
    // at 70 s (busy 70–100). At 200 s b has been idle longer (since 60 s) but was busy 60 of
    // 200 s; a 30 of 200 s: a is the least occupied.
    let times = ([TeamHandleTime(callType: 0, talk: .fixed(30))], [TeamHandleTime]())
    let least = Self.takers(
      Self.twoTeams(select: .leastOccupied, handleTimes: times), callsAt: [0, 70, 200])
    #expect(least.map(\.agent) == [1, 0, 0])
    #expect(least.map(\.talk) == [.seconds(60), .seconds(30), .seconds(30)])
    let longest = Self.takers(
      Self.twoTeams(select: .longestIdle, handleTimes: times), callsAt: [0, 70, 200])
    #expect(longest.map(\.agent) == [1, 0, 1])
  }

  @Test func weightedRandomDrawsOnlyAmongReadyAgents() {
    // Weights follow the target's order: b 1000, a 0.001. At 30 s b is busy: a takes the
    // call however small its weight.
    let takers = Self.takers(
      Self.twoTeams(select: .weightedRandom([1000, 0.001])), callsAt: [0, 30])
    #expect(takers.map(\.agent) == [1, 0])
  }

  /// With one Ready agent in each team and weights b 3, a 1, a call goes to b with
  /// probability 3/4: the count over n calls is binomial, within 3.29 standard deviations
  /// (99.9 %).
  @Test func weightedRandomFollowsTheWeights() {
    let n = 2000
    let configuration = Self.twoTeams(
      select: .weightedRandom([3, 1]), duration: .seconds(Double(n * 100 + 100)))
    let takers = Self.takers(configuration, callsAt: (0..<n).map { Double($0 * 100) })
    #expect(takers.allSatisfy { $0.agent >= 0 })
    let toB = Double(takers.filter { $0.agent == 1 }.count)
    let sd = (Double(n) * 0.75 * 0.25).squareRoot()
    #expect(abs(toB - 0.75 * Double(n)) <= 3.29 * sd, "\(toB) of \(n) to b")
    // The draws are keyed by the caller: the same run draws the same.
    #expect(
      Self.takers(configuration, callsAt: (0..<n).map { Double($0 * 100) }).map(\.agent)
        == takers.map(\.agent))
  }

  // MARK: Handle time by who serves

  @Test func aTeamsOwnTimesAndAProficiencyFactorSetTheTalk() {
    var callType = CallType(id: "general", talk: .fixed(60), acw: .fixed(10), patience: nil)
    callType.proficiencyFactors = [ProficiencyFactor(level: 2, talk: 0.5, acw: 2)]
    let own = [TeamHandleTime(callType: 0, talk: .fixed(200), acw: .fixed(5))]
    // b (level 1) takes the first call with its own 200 s; a the second: the call type's 60 s.
    let takers = Self.takers(
      Self.twoTeams(select: .teamOrder, handleTimes: ([], own), callType: callType),
      callsAt: [0, 1])
    #expect(takers.map(\.agent) == [1, 0])
    #expect(takers.map(\.talk) == [.seconds(200), .seconds(60)])
    // At level 2: half the talk, twice the ACW (a's call ends at 1 + 30 + 20 s).
    let skilled = Self.takers(
      Self.twoTeams(
        select: .teamOrder, levels: (2, 2), handleTimes: ([], own), callType: callType),
      callsAt: [0, 1])
    #expect(skilled.map(\.talk) == [.seconds(100), .seconds(30)])
  }

  /// Common random numbers: a caller served by a team twice as fast (exponential talk) talks
  /// exactly half as long — the same uniform, the server's distribution.
  @Test func theSameCallerTalksInProportionToTheServersMean() {
    let callType = CallType(id: "general", talk: .exponential(mean: 300), patience: nil)
    let fast = [TeamHandleTime(callType: 0, talk: .exponential(mean: 150))]
    // b's own times are the call type's: its draws are keyed by the caller too.
    let same = [TeamHandleTime(callType: 0, talk: .exponential(mean: 300))]
    let times = (0..<20).map { Double($0 * 10_000) }
    let slow = Self.takers(
      Self.twoTeams(
        select: .teamOrder, handleTimes: ([], same), callType: callType, duration: .hours(60)),
      callsAt: times)
    let quick = Self.takers(
      Self.twoTeams(
        select: .teamOrder, handleTimes: ([], fast), callType: callType, duration: .hours(60)),
      callsAt: times)
    #expect(slow.allSatisfy { $0.agent == 1 } && quick.allSatisfy { $0.agent == 1 })
    for (s, q) in zip(slow, quick) {
      #expect(abs(s.talk.microseconds - 2 * q.talk.microseconds) <= 2)
    }
    #expect(Set(slow.map(\.talk)).count == times.count)
  }
}

import SimKernel
import Testing

@testable import ContactCentre

/// The trees that keep routing's cost flat as queues and teams grow choose as the scans they
/// replace did: the best waiting call by priority, then time queued, then caller; the
/// longest-idle agent, an exact tie going to the team listed first. Each case uses the smallest
/// model that takes the tree (`Router.manyLists`, `AgentFloor.manyTeams`).
struct RoutingScaleTests {
  @Test func aTournamentGivesATieToTheEntrantListedFirst() {
    var trees = Tournaments<IdleSince>()
    let single = trees.add(entrants: 1)
    let tree = trees.add(entrants: 5)
    #expect(trees.key(tree, trees.winner(tree)).isEmpty)
    trees.set(tree, 4, to: IdleSince(microseconds: 10))
    trees.set(tree, 2, to: IdleSince(microseconds: 10))
    #expect(trees.winner(tree) == 2)
    trees.set(tree, 1, to: IdleSince(microseconds: 11))
    #expect(trees.winner(tree) == 2)
    trees.set(tree, 2, to: .empty)
    #expect(trees.winner(tree) == 4)
    trees.set(tree, 1, to: IdleSince(microseconds: 9))
    #expect(trees.winner(tree) == 1)
    #expect(trees.key(single, trees.winner(single)).isEmpty)
    trees.set(single, 0, to: IdleSince(microseconds: 3))
    #expect(trees.winner(single) == 0 && trees.winner(tree) == 1)
  }

  /// After every change of a key, the winner is the first entrant with the earliest key, as a
  /// look at every entrant finds it (keys drawn from few values, so that ties are common).
  @Test func aTournamentAlwaysNamesTheFirstEarliestEntrant() {
    var trees = Tournaments<IdleSince>()
    let entrants = 13
    let tree = trees.add(entrants: entrants)
    var keys = Array(repeating: IdleSince.empty, count: entrants)
    var random = Xoshiro256StarStar(seed: 18)
    for _ in 0..<2_000 {
      let entrant = Int(random.next() % UInt64(entrants))
      let draw = random.next() % 5
      keys[entrant] = draw == 4 ? .empty : IdleSince(microseconds: Int64(draw))
      trees.set(tree, entrant, to: keys[entrant])
      let first = keys.indices.min {
        keys[$0].beats(keys[$1]) || (keys[$0] == keys[$1] && $0 < $1)
      }!
      #expect(trees.winner(tree) == first)
    }
  }

  /// The line of the call `agent` has.
  static func line(ofCallOf agent: Int, in centre: borrowing Centre) -> Int? {
    centre.agents[agent].activity.call.map { Int(centre.calls[$0].line) }
  }

  /// One agent taking calls from `Router.manyLists` lists (a plan per line, the last of
  /// priority 1, and the team's default plan): calls come out by priority, then time queued,
  /// then caller — a tie in time going to the earlier caller, not to the list first — and the
  /// head of a caller who abandoned is passed over.
  @Test func anAgentOfATeamWithManyListsTakesTheBestCallAsTheScanDid() {
    let lines = Router.manyLists - 1
    let configuration = CentreConfiguration(
      name: "many lists", duration: .hours(1),
      lines: (0..<lines).map { line in
        Line(
          id: "line\(line)", callTypes: [.init(callType: line == 1 ? 1 : 0, share: 1)],
          arrivals: .perHour(0), plan: line)
      },
      callTypes: [
        CallType(id: "general", talk: .fixed(60), patience: nil),
        CallType(id: "impatient", talk: .fixed(60), patience: .fixed(5)),
      ],
      teams: [Team(id: "gich", agents: 1, handles: [0, 1])],
      plans: (0..<lines).map { line in
        RoutingPlan(
          id: "plan\(line)", priority: line == lines - 1 ? 1 : 0,
          steps: [RoutingStep(after: .zero, target: .teams([0]))])
      })
    var simulation = Simulation<CentreEvent>()
    var centre = Centre(configuration: configuration, replication: 0, intervals: false)
    #expect(centre.layout.teamLists.range(0).count == Router.manyLists)
    RoutingTests.logIn(&centre, &simulation)
    for line in [0, 1, 3, 2] { centre.arrive(line: line, in: &simulation) }
    #expect(Self.line(ofCallOf: 0, in: centre) == 0)
    simulation.run(until: .init(since: .seconds(10)), handler: &centre)
    centre.arrive(line: 5, in: &simulation)
    simulation.run(until: .init(since: .seconds(20)), handler: &centre)
    centre.arrive(line: lines - 1, in: &simulation)
    var taken: [Int?] = []
    for minute in 1...4 {
      simulation.run(until: .init(since: .minutes(minute)), handler: &centre)
      taken.append(Self.line(ofCallOf: 0, in: centre))
    }
    #expect(taken == [lines - 1, 3, 2, 5])
    #expect(centre.finish(at: simulation.now).total.abandoned == 1)
  }

  /// The agents with a call.
  static func busy(_ centre: borrowing Centre) -> Set<Int> {
    Set(centre.agents.indices.filter { centre.agents[$0].activity.call != nil })
  }

  /// A step naming `AgentFloor.manyTeams` teams of one agent, listed last to first: agents
  /// Ready since the same instant go in the order the step lists their teams; an agent Ready
  /// longer goes first wherever their team is listed; a team whose line emptied and filled
  /// again is seen again.
  @Test func anOfferToManyTeamsGoesToTheLongestIdleTheTeamListedFirstOnATie() {
    let teams = AgentFloor.manyTeams
    let configuration = CentreConfiguration(
      name: "many teams", duration: .hours(1),
      lines: [
        Line(
          id: "main", callTypes: [.init(callType: 0, share: 1)], arrivals: .perHour(0), plan: 0)
      ],
      callTypes: [CallType(id: "general", talk: .fixed(60), patience: nil)],
      teams: (0..<teams).map { Team(id: "team\($0)", agents: 1, handles: [0]) },
      plans: [
        RoutingPlan(
          id: "all",
          steps: [RoutingStep(after: .zero, target: .teams(Array((0..<teams).reversed())))])
      ])
    var simulation = Simulation<CentreEvent>()
    var centre = Centre(configuration: configuration, replication: 0, intervals: false)
    RoutingTests.logIn(&centre, &simulation)
    for _ in 0..<3 { centre.arrive(line: 0, in: &simulation) }
    #expect(Self.busy(centre) == [teams - 1, teams - 2, teams - 3])
    simulation.run(until: .init(since: .seconds(30)), handler: &centre)
    centre.arrive(line: 0, in: &simulation)
    #expect(Self.busy(centre) == [teams - 1, teams - 2, teams - 3, teams - 4])
    // At 60 s the first three are Ready again; the four Ready since 0 go first, lowest listed
    // first, then the three Ready since 60 s, in the step's order.
    simulation.run(until: .init(since: .seconds(61)), handler: &centre)
    #expect(Self.busy(centre) == [teams - 4])
    var order: [Int] = []
    for _ in 0..<(teams - 1) {
      let before = Self.busy(centre)
      centre.arrive(line: 0, in: &simulation)
      order += Self.busy(centre).subtracting(before)
    }
    #expect(order == Array((0..<(teams - 4)).reversed()) + [teams - 1, teams - 2, teams - 3])
  }
}

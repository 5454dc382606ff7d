import SimKernel

/// Per team, the agents on shift who may take unscheduled NotReady time (shrinkage), so that
/// their episodes come as one Poisson stream per team instead of one pending event per agent.
///
/// Each agent's episodes are a Poisson stream of the team's rate λ. The team's stream runs at
/// `bound · λ`, where `bound` is never below the agents in the pool: an agent joining adds
/// their own stream (the earlier of the pending episode and the agent's first), and one leaving
/// changes nothing until the pending episode comes, which falls to each agent in the pool with
/// probability 1/bound and to nobody otherwise (thinning); the bound then drops to the pool.
///
/// Owns: the pools, each team's pending episode and its timer, each team's stream of episodes
/// (their times, whom they fall to, their reasons and lengths) and its rate.
struct ShrinkagePools: ~Copyable {
  /// Agents of team `t` in `members[base[t] ..< base[t] + count[t]]`; each agent's place there,
  /// or −1 when out of the pool.
  private var members: Table<Int32>
  private var place: Table<Int32>
  private let base: [Int]
  private var count: Table<Int>
  private var bound: Table<Int>
  /// When each team's pending episode is due (the distant future when none is), and its timer.
  private(set) var due: Table<SimInstant>
  var timers: TimerTokens
  /// Per team: the stream of its episodes, and the rate of one agent's episodes per second of
  /// logged-in time (0: none).
  var random: Table<Xoshiro256StarStar>
  let rate: [Double]
  /// Per team: the weight of each shrinkage rule when an episode draws its reason (the rule's
  /// share over its mean length: episodes of a rule come at that rate), and their total.
  let drawWeights: [[Double]]
  let drawTotal: [Double]

  /// Pools for the agents of `configuration`'s teams (`agentTeams`: each agent's team), all
  /// out of the pool.
  init(_ configuration: CentreConfiguration, agentTeams: [Int], streams: RandomStreams) {
    let teamCount = configuration.teams.count
    random = Table(configuration.teams.map { streams.stream("shrinkage/\($0.id)") })
    rate = configuration.teams.map { team in
      let total = team.behaviour.shrinkage.reduce(0) { $0 + $1.share }
      guard total > 0, total < 1 else { return 0 }
      return team.behaviour.shrinkage.reduce(0) {
        $0 + $1.share / ($1.meanLength.seconds * (1 - total))
      }
    }
    drawWeights = configuration.teams.map { team in
      team.behaviour.shrinkage.map { $0.share / $0.meanLength.seconds }
    }
    drawTotal = drawWeights.map { $0.reduce(0, +) }
    timers = TimerTokens(count: teamCount)
    var sizes = Array(repeating: 0, count: teamCount)
    for team in agentTeams { sizes[team] += 1 }
    var base = [Int]()
    var total = 0
    for size in sizes {
      base.append(total)
      total += size
    }
    self.base = base
    members = Table(repeating: -1, count: total)
    place = Table(repeating: -1, count: agentTeams.count)
    count = Table(repeating: 0, count: teamCount)
    bound = Table(repeating: 0, count: teamCount)
    due = Table(repeating: .distantFuture, count: teamCount)
  }

  /// Adds `agent` to `team`'s pool; returns when the team's next episode is now due if the
  /// agent's own first episode (at `first`) comes before the pending one, else nil.
  mutating func join(agent: Int, team: Int, first: SimInstant) -> SimInstant? {
    let position = base[team] + count[team]
    members[position] = Int32(agent)
    place[agent] = Int32(position)
    count[team] += 1
    guard count[team] > bound[team] else { return nil }
    bound[team] += 1
    guard first < due[team] else { return nil }
    due[team] = first
    return first
  }

  /// Takes `agent` out of `team`'s pool, if in it.
  mutating func leave(agent: Int, team: Int) {
    let position = Int(place[agent])
    guard position >= 0 else { return }
    let last = base[team] + count[team] - 1
    let moved = members[last]
    members[position] = moved
    place[Int(moved)] = Int32(position)
    place[agent] = -1
    count[team] -= 1
  }

  /// The team's pending episode has come: the agent it falls to (nil if to nobody), drawn by
  /// `u` in [0, 1); the bound drops to the pool, whose size is returned for the next draw.
  mutating func episode(team: Int, u: Double) -> (agent: Int?, pool: Int) {
    let pick = Int(u * Double(bound[team]))
    let size = count[team]
    bound[team] = size
    due[team] = .distantFuture
    return (pick < size ? Int(members[base[team] + pick]) : nil, size)
  }

  /// Records when the team's next episode is due.
  mutating func schedule(team: Int, at time: SimInstant) {
    due[team] = time
  }
}

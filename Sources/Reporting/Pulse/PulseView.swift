import ContactCentre
import SimKernel

/// CC Pulse as it stood at one instant of a run: the queue view, the group (team) view and the
/// agent view, each cell with its threshold colour. Built from a snapshot and the calls that
/// had ended by then; a pure function of them.
public struct PulseView: Sendable {
  /// The agents of one team, in roster order.
  public struct TeamAgents: Sendable {
    public var team: Int
    public var id: String
    public var agents: [PulseAgentRow]
  }

  /// The scenario's name and seed, for the title.
  public var scenario: String
  public var seed: UInt64
  /// The instant from t = 0, and the clock time of t = 0.
  public var time: SimInstant
  public var startOfDay: SimDuration
  /// The time profile of the queue and group figures, and the stretch it covers.
  public var profile: PulseProfile
  public var window: (from: SimInstant, to: SimInstant)
  /// The team watched (nil: the whole centre).
  public var team: Int?
  public var teamID: String?
  /// Whether the view is limited to the AAC desk: its area lines' queues and its teams.
  public var aacDesk: Bool
  /// The queues in view, then their total when there is more than one.
  public var queues: [PulseQueueRow]
  public var total: PulseQueueRow?
  /// The teams in view.
  public var groups: [PulseGroupRow]
  public var agentTeams: [TeamAgents]
  /// What colours a cell.
  public var thresholds: PulseThresholds
  /// The thresholds of time NotReady for each of the vocabulary's reason codes, in its order.
  public var notReadyReasons: [(name: String, thresholds: NotReadyThresholds)]
  /// Whether the instant is still in the warm-up, whose calls no figure counts.
  public var inWarmup: Bool

  /// The view at `snapshot.time`: `calls` are the calls that had ended by then (as
  /// `CentreRun.replay` gives them); `team`, when given, limits the view to that team and the
  /// queues that can reach it; `aacDesk` limits it to the queues of the AAC's area lines and
  /// the teams answering them (both: that team's share of the desk). `queueTeams` are the
  /// configuration's (`CentreConfiguration.queueTeams`), when the caller keeps them for many
  /// views.
  public init(
    configuration: CentreConfiguration, snapshot: PulseSnapshot, calls: [CallRecord],
    profile: PulseProfile = .growing, team: Int? = nil, aacDesk: Bool = false,
    queueTeams: QueueTeams? = nil
  ) {
    let now = snapshot.time
    let thresholds = configuration.pulse
    scenario = configuration.name
    seed = configuration.seed
    time = now
    startOfDay = configuration.startOfDay
    self.profile = profile
    window = profile.window(at: now, interval: configuration.interval)
    self.team = team
    teamID = team.map { configuration.teams[$0].id }
    self.aacDesk = aacDesk
    self.thresholds = thresholds
    let vocabulary = configuration.vocabulary
    notReadyReasons = vocabulary.allReasons.map {
      (vocabulary.name(of: $0), thresholds.notReady($0, in: vocabulary))
    }
    inWarmup = now.sinceStart < configuration.warmup

    // The profile's calls, per queue and per team, from the records (growing queues use the
    // model's own tallies instead, which also count calls answered and not yet wrapped up).
    let window = window
    var queueCalls = Array(repeating: CallTally(), count: configuration.plans.count)
    var teamCalls = Array(repeating: CallTally(), count: configuration.teams.count)
    for record in calls
    where record.direction == .inbound && record.queue >= 0
      && profile.counts(record, window: window)
    {
      let threshold = configuration.serviceLevelThreshold(ofPlan: record.queue)
      queueCalls[record.queue].count(
        record, serviceLevelThreshold: threshold,
        shortAbandon: configuration.shortAbandon, conventions: configuration.conventions,
        vocabulary: configuration.vocabulary)
      if record.team >= 0 && record.end == .handled {
        teamCalls[record.team].count(
          record, serviceLevelThreshold: threshold,
          shortAbandon: configuration.shortAbandon, conventions: configuration.conventions,
          vocabulary: configuration.vocabulary)
      }
    }
    if profile == .growing {
      for line in snapshot.queues { queueCalls[line.queue] = line.calls }
    }

    let served = queueTeams ?? configuration.queueTeams
    let deskQueues = aacDesk ? Set(configuration.aacQueues) : nil
    let queueIndices = configuration.plans.indices.filter { queue in
      (team.map { served.serving[queue].contains($0) } ?? true)
        && (deskQueues?.contains(queue) ?? true)
    }
    let lines = Dictionary(uniqueKeysWithValues: snapshot.queues.map { ($0.queue, $0) })
    queues = queueIndices.map { queue in
      PulseQueueRow(
        id: configuration.plans[queue].id, waiting: lines[queue]?.waiting ?? 0,
        longestWait: lines[queue]?.longestWait, calls: queueCalls[queue],
        thresholds: thresholds, conventions: configuration.conventions,
        waitsKnown: lines[queue]?.waitsKnown ?? true)
    }
    total =
      queues.count > 1
      ? PulseQueueRow(
        id: "All queues", waiting: queues.reduce(0) { $0 + $1.waiting },
        longestWait: queues.compactMap(\.longestWait).max(),
        calls: queues.reduce(into: CallTally()) { $0.merge($1.calls) }, thresholds: thresholds,
        conventions: configuration.conventions, waitsKnown: queues.allSatisfy(\.waitsKnown))
      : nil

    let deskTeams = aacDesk ? Set(configuration.aacTeams(among: served)) : nil
    let teamIndices = (team.map { [$0] } ?? Array(configuration.teams.indices)).filter {
      deskTeams?.contains($0) ?? true
    }
    let roster = configuration.roster
    var placeInTeam = Array(repeating: 0, count: roster.count)
    var seen = Array(repeating: 0, count: configuration.teams.count)
    for (slot, entry) in roster.enumerated() {
      seen[entry.team] += 1
      placeInTeam[slot] = seen[entry.team]
    }
    var rows = Array(repeating: [PulseAgentRow](), count: configuration.teams.count)
    var counts = Array(
      repeating: Array(repeating: 0, count: PulseStateGroup.allCases.count),
      count: configuration.teams.count)
    for line in snapshot.agents {
      let profile = roster[line.agent].profile
      let teamID = configuration.teams[line.team].id
      let name = profile.name ?? "\(teamID) \(placeInTeam[line.agent])"
      let row = PulseAgentRow(
        line, at: now, name: name, staffNumber: profile.staffNumber, thresholds: thresholds,
        vocabulary: configuration.vocabulary)
      rows[line.team].append(row)
      if let group = PulseStateGroup(line.state, onShift: line.onShift) {
        counts[line.team][group.rawValue] += 1
      }
    }
    groups = teamIndices.map { team in
      PulseGroupRow(
        team: team, id: configuration.teams[team].id, agents: counts[team],
        handled: teamCalls[team].handled,
        averageHandleTime: teamCalls[team].averageHandleTime)
    }
    agentTeams = teamIndices.map { team in
      TeamAgents(
        team: team, id: configuration.teams[team].id,
        agents: rows[team].sorted { $0.agent < $1.agent })
    }
  }

  /// Every agent in view, team by team.
  public var agents: [PulseAgentRow] { agentTeams.flatMap(\.agents) }
}

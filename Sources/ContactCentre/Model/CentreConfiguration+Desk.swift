extension CentreConfiguration {
  /// The AAC's area lines: those of kind `aac` and those the desk's areas name.
  public var aacLines: [Int] {
    let named = Set(aac?.areas.map(\.line) ?? [])
    return lines.indices.filter { lines[$0].kind == .aac || named.contains($0) }
  }

  /// The queues (routing plans) the calls of the AAC's area lines wait in: their IVR branches'
  /// plans, or else the line's plan or its call types' default plans.
  public var aacQueues: [Int] {
    var queues = Set<Int>()
    for line in aacLines {
      if let ivr = lines[line].ivr {
        queues.formUnion(ivr.branches.compactMap(\.plan))
      } else {
        queues.formUnion(
          lines[line].callTypes.compactMap { plan(line: line, callType: $0.callType) })
      }
    }
    return queues.sorted()
  }

  /// The teams whose agents may answer the AAC's queues: the AAC desk's agents.
  public var aacTeams: [Int] { aacTeams(among: queueTeams) }

  /// The AAC desk's teams, from the teams of every queue (`queueTeams`).
  public func aacTeams(among queueTeams: QueueTeams) -> [Int] {
    Set(aacQueues.flatMap { queueTeams.serving[$0] }).sorted()
  }

  /// Whether the run's totals leave the AAC desk out: when the scenario has lines of its own
  /// besides the desk's, its totals are the centre's (the desk has its own figures, per area).
  public var totalsLeaveOutDesk: Bool {
    aac != nil && lines.contains { $0.kind != .aac }
  }

  /// The queues counted in the run's totals: all, or all but the AAC desk's.
  public var plansInTotals: [Int] {
    guard totalsLeaveOutDesk else { return Array(plans.indices) }
    let desk = Set(aacQueues)
    return plans.indices.filter { !desk.contains($0) }
  }

  /// The teams counted in the run's totals (occupancy): all, or all but those that serve only
  /// the AAC desk's queues.
  public var teamsInTotals: [Int] {
    guard totalsLeaveOutDesk else { return Array(teams.indices) }
    let desk = Set(aacQueues)
    let served = queueTeams
    let centre = Set(plans.indices.filter { !desk.contains($0) }.flatMap { served.serving[$0] })
    let deskOnly = Set(aacTeams(among: served)).subtracting(centre)
    return teams.indices.filter { !deskOnly.contains($0) }
  }
}

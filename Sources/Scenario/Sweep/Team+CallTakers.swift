import ContactCentre

extension Team {
  /// The call-taking agents on the roster: distinct people (a shift repeated every day counts
  /// once), team leaders only when they take calls.
  var callTakers: Int {
    entries.reduce(0) { total, entry in
      total + shifts[entry.shifts[0]].agents.count(where: takesCalls)
    }
  }

  /// The roster entries (a shift, or a shift repeated every day), in the order of `shifts`, with
  /// the positions of their shifts.
  private var entries: [(entry: Int, shifts: [Int])] {
    var entries: [(entry: Int, shifts: [Int])] = []
    for (index, shift) in shifts.enumerated() {
      let entry = shift.entry ?? index
      if let position = entries.firstIndex(where: { $0.entry == entry }) {
        entries[position].shifts.append(index)
      } else {
        entries.append((entry, [index]))
      }
    }
    return entries
  }

  /// The team with `count` call-taking agents in the same pattern of shifts; nil when the roster
  /// has none to scale from and `count` is not 0.
  ///
  /// The count is shared between the roster entries in proportion to their call-taking agents
  /// now (largest remainders, ties to the earlier entry). An entry that shrinks keeps its first
  /// call-taking agents in roster order; one that grows gains anonymous caseworkers with the
  /// team leader of its last one. Team leaders who do not take calls stay.
  public func withCallTakers(_ count: Int) -> Team? {
    let entries = entries
    let now = entries.map { shifts[$0.shifts[0]].agents.count(where: takesCalls) }
    let total = now.reduce(0, +)
    guard total > 0 else { return count == 0 ? self : nil }
    var shares = now.map { $0 * count / total }
    let remainders = now.indices.map { now[$0] * count % total }
    let left = count - shares.reduce(0, +)
    let order = now.indices.sorted {
      remainders[$0] > remainders[$1] || (remainders[$0] == remainders[$1] && $0 < $1)
    }
    for index in order.prefix(left) { shares[index] += 1 }
    var team = self
    for (position, entry) in entries.enumerated() {
      for index in entry.shifts {
        team.shifts[index].agents = resized(shifts[index].agents, to: shares[position])
      }
    }
    return team
  }

  private func resized(_ agents: [AgentProfile], to count: Int) -> [AgentProfile] {
    var kept = 0
    var result = agents.filter { agent in
      guard takesCalls(agent) else { return true }
      kept += 1
      return kept <= count
    }
    let leader = agents.last(where: takesCalls)?.teamLeader
    result += Array(repeating: AgentProfile(teamLeader: leader), count: max(count - kept, 0))
    return result
  }
}

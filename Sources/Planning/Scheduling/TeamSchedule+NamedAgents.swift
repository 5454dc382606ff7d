import ContactCentre

extension ScheduleSearch.TeamSchedule {
  /// The schedule's shifts with the agents the scenario refers to by staff number
  /// (``ContactCentre/CentreConfiguration/namedAgents(ofTeam:)``) kept: the k-th of them is
  /// the k-th person of the schedule in roster order — an anonymous agent's place on a day's
  /// shift, or all the shifts of one person of a week — with their whole profile, so that a
  /// transfer, an orphaning or a direct-dial line naming them still finds them (as
  /// ``Staffing/shifts(_:keeping:in:)`` keeps them on the lowest stacked levels). `missing` are
  /// those beyond the schedule's people, left off the roster.
  public func roster(keeping named: [AgentProfile]) -> (shifts: [Shift], missing: [AgentProfile]) {
    var shifts = self.shifts
    guard !named.isEmpty else { return (shifts, []) }
    var person: [String: Int] = [:]
    for index in shifts.indices {
      for place in shifts[index].agents.indices {
        let key = shifts[index].agents[place].staffNumber ?? "\(index).\(place)"
        let number = person[key] ?? person.count
        person[key] = number
        if number < named.count { shifts[index].agents[place] = named[number] }
      }
    }
    return (shifts, Array(named.dropFirst(person.count)))
  }
}

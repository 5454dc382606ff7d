import ContactCentre

extension CentreConfiguration {
  /// The staff numbers the scenario refers to outside the rosters: transfer targets, the
  /// caseworkers whose casegroups an event orphans, and the team leaders direct-dial lines ring.
  public var referencedStaffNumbers: Set<String> {
    var numbers: Set<String> = []
    for callType in callTypes {
      for share in callType.transfer?.targets ?? [] {
        if case .agent(let staffNumber) = share.target { numbers.insert(staffNumber) }
      }
    }
    for orphaning in casegroups.orphanings { numbers.insert(orphaning.staffNumber) }
    for line in lines {
      if let directDial = line.directDial { numbers.insert(directDial.teamLeader) }
    }
    return numbers
  }

  /// The agents of team `team` whom a staffing of the team keeps by name: those it counts (its
  /// caseworkers, and its team leaders too when they take calls) that the scenario refers to by
  /// staff number (``referencedStaffNumbers``), once each, in roster order. ``Staffing`` puts
  /// them on the lowest stacked levels, so that what refers to them still finds them.
  public func namedAgents(ofTeam team: Int) -> [AgentProfile] {
    let referenced = referencedStaffNumbers
    let takesCalls = teams[team].leadersTakeCalls
    var seen: Set<String> = []
    var named: [AgentProfile] = []
    for shift in teams[team].shifts {
      for agent in shift.agents where takesCalls || !agent.isTeamLeader {
        guard let number = agent.staffNumber, referenced.contains(number),
          seen.insert(number).inserted
        else { continue }
        named.append(agent)
      }
    }
    return named
  }
}

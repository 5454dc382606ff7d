import ContactCentre
import SimKernel

extension WhatIfReader {
  /// `back AGENT[, AGENT…]` or `back N TEAM [from REASON]`.
  mutating func back(_ arguments: [Token]) throws(ScenarioError) -> WhatIf {
    let forms = "back AGENT[, AGENT…] or back N TEAM [from REASON]"
    guard let first = arguments.first else {
      throw expected("an agent to bring back", in: forms, at: nil)
    }
    let counted =
      !first.quoted && first.text.allSatisfy { ("0"..."9").contains($0) }
      && arguments.count >= 2 && !arguments[1].isComma
    guard counted else { return .bringBack(agents: try agents(arguments)) }
    let form = "back N TEAM [from REASON]"
    columns[.count] = first.column
    columns[.team] = arguments[1].column
    let count = try self.count(first, of: "agents")
    let team = try self.team(arguments[1])
    guard arguments.count > 2 else {
      return .bringBackFromTeam(team: team, count: count, reason: nil)
    }
    guard arguments[2].isWord("from") else {
      throw expected("from REASON", in: form, at: arguments[2])
    }
    guard arguments.count > 3 else { throw expected("the NotReady reason", in: form, at: nil) }
    columns[.reason] = arguments[3].column
    let reason = try self.reason(arguments[3...])
    return .bringBackFromTeam(team: team, count: count, reason: reason)
  }

  /// Agents by name, separated by commas (a name's words are joined by spaces, so the quotes
  /// are optional): each resolved to the roster slot of that name, the one NotReady in the
  /// snapshot when several slots share it (a staff number on several days' shifts).
  mutating func agents(_ arguments: [Token]) throws(ScenarioError) -> [Int] {
    var groups: [[Token]] = [[]]
    for token in arguments {
      if token.isComma {
        guard let last = groups.last, !last.isEmpty else {
          throw error(at: token, .invalidValue, "an agent's name is missing before the comma")
        }
        groups.append([])
      } else {
        groups[groups.count - 1].append(token)
      }
    }
    guard let last = groups.last, !last.isEmpty else {
      throw error(column: words.endColumn, .invalidValue, "an agent's name is missing")
    }
    columns[.agents] = arguments[0].column
    let names = WhatIfReader.agentNames(configuration)
    var slotsOf: [String: [Int]] = [:]
    for (slot, name) in names.enumerated() { slotsOf[name, default: []].append(slot) }
    var chosen: [Int] = []
    for group in groups {
      let name = group.map(\.text).joined(separator: " ")
      guard let slots = slotsOf[name] else {
        var seen = Set<String>()
        let unique = names.filter { seen.insert($0).inserted }
        throw error(
          at: group[0], .unknownReference,
          "no agent \"\(VisibleText.prefix(name))\" in the scenario"
            + hint(for: name, among: unique))
      }
      let inSnapshot = slots.filter { slot in now.agents.contains { $0.agent == slot } }
      let notReady = inSnapshot.filter { slot in
        now.agents.contains { $0.agent == slot && $0.state == .notReady }
      }
      let slot = notReady.first ?? inSnapshot.first ?? slots[0]
      guard !chosen.contains(slot) else {
        throw error(at: group[0], .invalidValue, "\(name) is named twice")
      }
      columns[.agents] = group[0].column
      do {
        _ = try WhatIf.apply([.bringBack(agents: [slot])], to: configuration, now: now)
      } catch {
        throw self.error(at: group[0], .invalidValue, error.message)
      }
      chosen.append(slot)
    }
    columns[.agents] = arguments[0].column
    return chosen
  }

  /// Every roster slot's name (`CentreConfiguration.agentName(slot:)`), in one pass.
  static func agentNames(_ configuration: CentreConfiguration) -> [String] {
    var names: [String] = []
    var first = 0
    var team = -1
    for (slot, entry) in configuration.roster.enumerated() {
      if entry.team != team { (team, first) = (entry.team, slot) }
      names.append(
        entry.profile.staffNumber
          ?? "\(configuration.teams[entry.team].id) agent \(slot - first + 1)")
    }
    return names
  }

  /// `break TEAM REASON HH:MM`.
  mutating func moveBreak(_ arguments: [Token]) throws(ScenarioError) -> WhatIf {
    let form = "break TEAM REASON HH:MM"
    guard arguments.count >= 3 else {
      throw expected(
        ["the team", "the NotReady reason", "the new start"][arguments.count], in: form,
        at: nil)
    }
    columns[.team] = arguments[0].column
    columns[.reason] = arguments[1].column
    let time = arguments[arguments.count - 1]
    columns[.start] = time.column
    let team = try self.team(arguments[0])
    let reason = try self.reason(arguments[1..<(arguments.count - 1)])
    return .moveBreak(team: team, reason: reason, start: try self.time(time))
  }

  /// `overtime TEAM N until HH:MM [from HH:MM]` (`from` may come first).
  mutating func overtime(_ arguments: [Token]) throws(ScenarioError) -> WhatIf {
    let form = "overtime TEAM N until HH:MM [from HH:MM]"
    guard arguments.count >= 2 else {
      throw expected(["the team", "the number of agents"][arguments.count], in: form, at: nil)
    }
    columns[.team] = arguments[0].column
    columns[.count] = arguments[1].column
    let team = try self.team(arguments[0])
    let count = try self.count(arguments[1], of: "agents")
    var from: SimInstant?
    var until: SimInstant?
    var index = 2
    while index < arguments.count {
      let keyword = arguments[index]
      let isFrom = keyword.isWord("from") && from == nil
      guard isFrom || (keyword.isWord("until") && until == nil) else {
        throw expected(until == nil ? "until HH:MM" : "from HH:MM", in: form, at: keyword)
      }
      guard index + 1 < arguments.count else {
        throw expected("the time after \(keyword.text)", in: form, at: nil)
      }
      let time = try self.time(arguments[index + 1])
      if isFrom {
        (from, columns[.start]) = (time, arguments[index + 1].column)
      } else {
        (until, columns[.end]) = (time, arguments[index + 1].column)
      }
      index += 2
    }
    guard let until else { throw expected("until HH:MM", in: form, at: nil) }
    return .overtime(team: team, agents: count, from: from, until: until)
  }
}

import ContactCentre
import SimKernel

/// A scenario file's JSON, edited and written back with every key it does not change kept as
/// written: how `ccsim staff --write-scenario` writes a scenario with new rosters.
///
/// The edits assume a document that decodes (run it through ``ScenarioLoader`` first); the
/// document written decodes to the configuration the edits describe.
public struct ScenarioDocument: Sendable {
  /// Why an edit cannot be written in the scenario format.
  public enum EditError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No team with this id.
    case noSuchTeam(String)
    /// A shift starts or ends at a time that is not a whole minute of the clock.
    case notWholeMinutes(team: String)

    public var description: String {
      switch self {
      case .noSuchTeam(let team): "no team '\(team)' in the scenario"
      case .notWholeMinutes(let team):
        "team '\(team)': shifts must start and end on whole minutes of the clock"
      }
    }
  }

  /// The document.
  public private(set) var root: JSONNode

  /// Parses a scenario file's bytes.
  public init(bytes: [UInt8]) throws(JSONSyntaxError) {
    root = try JSONParser.parse(bytes)
  }

  /// The document as text, ending with a newline.
  public var text: String { root.text + "\n" }

  /// Replaces team `id`'s `agents`, `shifts` or `staffing` with `shifts`, each written as a roster entry
  /// of anonymous agents on the day and clock times that put it at its times since t = 0 (the
  /// run starting at `startOfDay`); then, with `keepingTeamLeaders`, every entry of the old
  /// roster that names team leaders, as it was but with only them as its agents (what
  /// `Staffing.teamLeaderShifts` keeps).
  ///
  /// A shift's scheduled NotReady periods (breaks) are written as its `notReady`, each reason
  /// by its name in `reasonNames` (the vocabulary's NotReady reasons, in order). A shift of
  /// agents with staff numbers lists each as the old roster wrote them (`Staffing` keeps those
  /// the scenario refers to), or as `{"staffNumber": …}` when the old roster has no such agent
  /// (the people of a week's schedule).
  ///
  /// - Precondition: each shift has anonymous agents, agents on the team's old `shifts`, or
  ///   agents named only by their staff number; scheduled NotReady without spread; and lies
  ///   within one day of the clock (ending at its midnight at the latest).
  public mutating func setRoster(
    team id: String, shifts: [Shift], startOfDay: SimDuration, keepingTeamLeaders: Bool = false,
    reasonNames: [String] = []
  ) throws(EditError) {
    guard case .array(var teams) = root[member: "teams"]?.value,
      let index = teams.firstIndex(where: {
        if case .string(id) = $0[member: "id"]?.value { true } else { false }
      })
    else { throw .noSuchTeam(id) }
    guard case .object(var members) = teams[index].value else { throw .noSuchTeam(id) }
    let oldShifts = members.first { $0.key == "shifts" }?.value
    let named = Self.agentEntries(oldShifts)
    let entries = try shifts.map { shift throws(EditError) in
      precondition(shift.notReady.allSatisfy { $0.spread == .zero })
      guard let start = Self.clock(shift.start + startOfDay),
        let end = Self.clock(shift.end + startOfDay)
      else { throw .notWholeMinutes(team: id) }
      // A shift ending at midnight ends at "24:00" of its own day.
      let endText = end.minutes == 0 && end.day == start.day + 1 ? "24:00" : end.text
      precondition(end.day == start.day || endText == "24:00", "a shift crosses midnight")
      var members: [(String, JSONValue)] = []
      if start.day > 1 { members.append(("day", Self.number(String(start.day)))) }
      members += [
        ("start", .string(start.text)), ("end", .string(endText)),
        ("agents", Self.agents(shift.agents, named: named)),
      ]
      if !shift.notReady.isEmpty {
        let periods = try shift.notReady.map { period throws(EditError) in
          guard let from = Self.clock(period.start + startOfDay) else {
            throw .notWholeMinutes(team: id)
          }
          return Self.node(
            .object([
              Self.member("reason", .string(reasonNames[period.reason.index])),
              Self.member("start", .string(from.text)),
              Self.member("duration", .string(DurationText.describe(period.duration))),
            ]))
        }
        members.append(("notReady", .array(periods)))
      }
      return Self.node(.object(members.map { Self.member($0.0, $0.1) }))
    }
    let roster: Set<String> = ["agents", "shifts", "staffing"]
    let position = members.firstIndex { roster.contains($0.key) } ?? members.count
    let leaders = keepingTeamLeaders ? Self.teamLeaderEntries(oldShifts) : []
    members.removeAll { roster.contains($0.key) }
    members.insert(Self.member("shifts", .array(entries + leaders)), at: position)
    teams[index].value = .object(members)
    root.set("teams", .array(teams))
  }

  /// A shift's `agents`: their number when all are anonymous, else the list of them, each as
  /// the old roster wrote them (`named`) or `{"staffNumber": …}` (`{}` for one without).
  private static func agents(_ agents: [AgentProfile], named: [String: JSONNode]) -> JSONValue {
    guard agents.contains(where: { $0.staffNumber != nil }) else {
      return number(String(agents.count))
    }
    return .array(
      agents.map { agent in
        if let number = agent.staffNumber, let entry = named[number] { return entry }
        precondition(
          AgentProfile(staffNumber: agent.staffNumber) == agent,
          "a named agent not on team's roster")
        return node(.object(agent.staffNumber.map { [member("staffNumber", .string($0))] } ?? []))
      })
  }

  /// The agents of a roster's `shifts` with a staff number, by staff number (the first entry of
  /// each).
  private static func agentEntries(_ shifts: JSONNode?) -> [String: JSONNode] {
    guard case .array(let entries) = shifts?.value else { return [:] }
    var agents: [String: JSONNode] = [:]
    for entry in entries {
      guard case .array(let people)? = entry[member: "agents"]?.value else { continue }
      for person in people {
        if case .string(let number)? = person[member: "staffNumber"]?.value, agents[number] == nil {
          agents[number] = person
        }
      }
    }
    return agents
  }

  /// The entries of a roster's `shifts` that name team leaders, each with only them as its
  /// `agents`.
  private static func teamLeaderEntries(_ shifts: JSONNode?) -> [JSONNode] {
    guard case .array(let entries) = shifts?.value else { return [] }
    return entries.compactMap { entry in
      guard case .object(var members) = entry.value,
        let agents = members.firstIndex(where: { $0.key == "agents" }),
        case .array(let people) = members[agents].value.value
      else { return nil }
      let leaders = people.filter {
        if case .bool(true) = $0[member: "isTeamLeader"]?.value { true } else { false }
      }
      guard !leaders.isEmpty else { return nil }
      members[agents].value.value = .array(leaders)
      return JSONNode(value: .object(members), location: entry.location)
    }
  }

  /// Sets the service-level threshold and target.
  public mutating func setServiceLevel(threshold: SimDuration, target: Double) {
    let value = JSONValue.object([
      Self.member("threshold", .string(DurationText.describe(threshold))),
      Self.member("target", Self.number("\(target)")),
    ])
    root.set("serviceLevel", value, after: ["interval", "warmup", "duration", "start"])
  }

  /// Sets the master seed.
  public mutating func setSeed(_ seed: UInt64) {
    root.set("seed", Self.number(String(seed)), after: ["description", "name"])
  }

  /// Whether the document reads other files (forecast CSVs), whose paths are relative to its
  /// directory: then it reads the same only when written in the same directory.
  public var readsFiles: Bool { root.mentionsFile }

  // MARK: - Building values

  private static let nowhere = SourceLocation(line: 0, column: 0)

  private static func node(_ value: JSONValue) -> JSONNode {
    JSONNode(value: value, location: nowhere)
  }

  private static func member(_ key: String, _ value: JSONValue) -> JSONMember {
    JSONMember(key: key, keyLocation: nowhere, value: node(value))
  }

  private static func number(_ literal: String) -> JSONValue {
    .number(
      JSONNumber(
        text: literal, double: Double(literal) ?? 0,
        isInteger: !literal.contains(where: { $0 == "." || $0 == "e" || $0 == "E" })))
  }

  /// A time since midnight as the day of the run's calendar (from 1) and "HH:MM"; nil when
  /// not a whole minute.
  private static func clock(_ time: SimDuration) -> (day: Int, minutes: Int, text: String)? {
    let minute = SimDuration.minutes(1).microseconds
    guard time.microseconds % minute == 0 else { return nil }
    let minutes = Int(time.microseconds / minute)
    let ofDay = minutes % 1440
    let pad = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
    let text = pad(ofDay / 60) + ":" + pad(ofDay % 60)
    return (minutes / 1440 + 1, ofDay, text)
  }
}

extension JSONNode {
  /// Whether some object in the value has a `"csv"` member naming a file.
  var mentionsFile: Bool {
    switch value {
    case .array(let elements): return elements.contains { $0.mentionsFile }
    case .object(let members):
      return members.contains { member in
        if member.key == "csv", case .string = member.value.value { return true }
        return member.value.mentionsFile
      }
    default: return false
    }
  }

  /// The value of member `key`, when this is an object that has it.
  subscript(member key: String) -> JSONNode? {
    guard case .object(let members) = value else { return nil }
    return members.first { $0.key == key }?.value
  }

  /// Sets member `key` of this object to `value`: in its place when present, else just after
  /// the first of `after` present (or at the end).
  mutating func set(_ key: String, _ value: JSONValue, after: [String] = []) {
    guard case .object(var members) = self.value else { return }
    let node = JSONNode(value: value, location: SourceLocation(line: 0, column: 0))
    if let index = members.firstIndex(where: { $0.key == key }) {
      members[index].value = node
    } else {
      let anchor = after.lazy.compactMap { key in members.firstIndex { $0.key == key } }.first
      members.insert(
        JSONMember(key: key, keyLocation: node.location, value: node),
        at: anchor.map { $0 + 1 } ?? members.count)
    }
    self.value = .object(members)
  }
}

import ContactCentre
import SimKernel

extension RoutingTestDecoder {
  /// `{"MN101": "ready", "gich": {"state": "busy", "for": "45s"}, …}`: each key a staff number
  /// or a team id (every agent of the team on shift), in the order agents became Ready.
  func agents(at time: SimDuration) -> Parse.Parser<[RoutingProbe.AgentPlacement]> {
    { node, path, diagnostics in
      guard case .object(let members) = node.value else {
        diagnostics.wrongType(node, at: path, expected: "an object of staff numbers or team ids")
        return nil
      }
      let roster = configuration.roster
      let teamIds = configuration.teams.map(\.id)
      var placements: [RoutingProbe.AgentPlacement] = []
      var failed = false
      for member in members {
        let memberPath = path.key(member.key)
        let staff = roster.indices.filter { roster[$0].profile.staffNumber == member.key }
        let team = teamIds.firstIndex(of: member.key)
        guard !(staff.isEmpty && team == nil) else {
          let close = ObjectReader.closest(
            to: member.key, in: roster.compactMap(\.profile.staffNumber) + teamIds)
          diagnostics.report(
            .unknownReference, at: memberPath, member.keyLocation,
            "no agent with staff number \"\(member.key)\" and no team of that id"
              + (close.map { " (did you mean \"\($0)\"?)" } ?? ""))
          failed = true
          continue
        }
        guard staff.isEmpty || team == nil else {
          diagnostics.report(
            .invalidValue, at: memberPath, member.keyLocation,
            "\"\(member.key)\" is both a staff number and a team id: the scenario must tell"
              + " them apart")
          failed = true
          continue
        }
        guard let placement = Self.placement(member.value, memberPath, diagnostics) else {
          failed = true
          continue
        }
        let candidates =
          team.map { team in roster.indices.filter { roster[$0].team == team } }
          ?? staff
        let onShift = candidates.filter { isOnShift($0, at: time) }
        guard !onShift.isEmpty || placement == .loggedOut else {
          let who = team == nil ? member.key : "nobody of team \(member.key)"
          let shifts = candidates.map { slot in
            let shift = configuration.teams[roster[slot].team].shifts[roster[slot].shift]
            let start = configuration.startOfDay
            return Self.clock(start + shift.start) + "–" + Self.clock(start + shift.end)
          }
          diagnostics.report(
            .invalidValue, at: memberPath, member.keyLocation,
            "\(who) is not on shift at \(Self.clock(configuration.startOfDay + time))"
              + (team == nil ? " (works \(Set(shifts).sorted().joined(separator: ", ")))" : "")
              + ": only \"loggedOut\" fits")
          failed = true
          continue
        }
        for slot in onShift.isEmpty ? candidates : onShift {
          placements.append(RoutingProbe.AgentPlacement(slot: slot, placement: placement))
        }
      }
      return failed ? nil : placements
    }
  }

  /// Whether agent slot `slot` is on shift at `time` (since t = 0).
  func isOnShift(_ slot: Int, at time: SimDuration) -> Bool {
    let entry = configuration.roster[slot]
    let shift = configuration.teams[entry.team].shifts[entry.shift]
    return shift.start <= time && time < shift.end
  }

  /// `"ready"`, `"busy"`, `"notReady"` (Break), `"loggedOut"`, or
  /// `{"state": S, "reason": CODE, "for": D}` (reason with notReady, for with busy or notReady).
  static func placement(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> RoutingProbe.Placement?
  {
    typealias Keys = AgentStateKeys
    if case .string = node.value {
      return state(node, path, diagnostics, reason: Keys.reason.defaultValue!, length: nil)
    }
    guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format) else {
      return nil
    }
    guard let state = reader.read(Keys.state) else { return nil }
    let reason = reader.read(Keys.reason)
    let length = reader.read(Keys.length)
    guard let reason, !(reader.has(Keys.length.key) && length == nil) else { return nil }
    if reader.has(Keys.reason.key) && state != Keys.State.notReady.rawValue,
      let node = reader.member(Keys.reason.key)
    {
      diagnostics.invalid(
        node, at: path.key(Keys.reason.key), "a reason goes with \"notReady\" only")
      return nil
    }
    if length != nil && ![Keys.State.busy, .notReady].map(\.rawValue).contains(state),
      let node = reader.member(Keys.length.key)
    {
      diagnostics.invalid(
        node, at: path.key(Keys.length.key), "\"for\" goes with \"busy\" or \"notReady\" only")
      return nil
    }
    return self.state(
      reader.member(Keys.state.key)!, path.key(Keys.state.key), diagnostics, reason: reason,
      length: length)
  }

  private static func state(
    _ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics, reason: NotReadyReason,
    length: SimDuration?
  ) -> RoutingProbe.Placement? {
    typealias State = AgentStateKeys.State
    guard let name = Parse.string(node, path, diagnostics) else { return nil }
    guard let state = State(rawValue: name) else {
      diagnostics.invalid(
        node, at: path,
        "\"\(name)\" is not an agent state"
          + ObjectReader.hint(for: name, among: State.allCases.map(\.rawValue)))
      return nil
    }
    switch state {
    case .ready: return .ready
    case .busy: return .busy(length)
    case .notReady: return .notReady(reason, length)
    case .loggedOut: return .loggedOut
    }
  }
}

import ContactCentre
import SimKernel

extension RoutingTestDecoder {
  /// `{"line": ID, "callType": ID, "branch": NAME, "owner": STAFF | "casegroup": N |
  /// "orphaned": TEAM}`.
  var caller: Parse.Parser<Caller> {
    { node, path, diagnostics in
      typealias Keys = RoutingCallerKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format) else {
        return nil
      }
      let lineIds = configuration.lines.map(\.id)
      guard
        let line = reader.read(
          Keys.line, with: ScenarioDecoder.reference(to: lineIds, kind: "line"))
      else { return nil }
      let spec = configuration.lines[line]
      let mix = spec.callTypes.map(\.callType)
      var callType = mix[0]
      if let node = reader.member(Keys.callType.key) {
        let ids = configuration.callTypes.map(\.id)
        guard
          let chosen = reader.read(
            Keys.callType, with: ScenarioDecoder.reference(to: ids, kind: "call type"))
        else { return nil }
        guard mix.contains(chosen) else {
          diagnostics.invalid(
            node, at: path.key(Keys.callType.key),
            "line \(spec.id) brings no \(ids[chosen]) calls (it brings"
              + " \(mix.map { ids[$0] }.joined(separator: ", ")))")
          return nil
        }
        callType = chosen
      }
      var branch: Int?
      if let ivr = spec.ivr {
        let names = ivr.branches.map { configuration.vocabulary.name(of: $0.kind) }
        guard let node = reader.member(Keys.branch.key) else {
          diagnostics.report(
            .missingKey, at: path.key(Keys.branch.key), node.location,
            "required key \"branch\" is missing: the IVR branch the caller takes on \(spec.id)"
              + " (one of: \(names.joined(separator: ", ")))")
          return nil
        }
        guard let name = reader.read(Keys.branch) else { return nil }
        guard let index = names.firstIndex(of: name) else {
          diagnostics.report(
            .unknownReference, at: path.key(Keys.branch.key), node.location,
            "line \(spec.id) has no IVR branch \"\(name)\""
              + ObjectReader.hint(for: name, among: names))
          return nil
        }
        branch = index
      } else if let node = reader.member(Keys.branch.key) {
        diagnostics.invalid(
          node, at: path.key(Keys.branch.key), "line \(spec.id) has no IVR: leave out \"branch\"")
        return nil
      }
      let ivrBranch = branch.map { spec.ivr!.branches[$0] }
      var plan =
        ivrBranch.map(\.plan) ?? configuration.plan(line: line, callType: callType)
      guard let casegroup = casegroup(reader, branch: ivrBranch, line: spec) else { return nil }
      // An orphaned casegroup's caller waits in the scenario's orphans route, if it has one.
      if case .orphaned? = casegroup, let route = configuration.casegroups.orphans {
        plan = route.plan
      }
      return Caller(
        line: line, callType: callType, branch: branch, casegroup: casegroup, plan: plan)
    }
  }

  /// The caller's casegroup: required on a branch that finds owners, refused elsewhere. Nil on
  /// error, `.some(nil)` for a caller without one.
  func casegroup(_ reader: ObjectReader, branch: IVRBranch?, line: Line)
    -> RoutingProbe.Casegroup??
  {
    typealias Keys = RoutingCallerKeys
    let keys = Keys.casegroupKeys.filter(reader.has)
    let path = reader.path
    let vocabulary = configuration.vocabulary
    // The branches that match callers to casegroups (validScin), for messages.
    let owning = vocabulary.ivrBranches.filter { $0.behaviour == .findsOwner }.map(\.name)
      .joined(separator: " or ")
    guard let branch, vocabulary.behaviour(of: branch.kind) == .findsOwner else {
      if let key = keys.first, let node = reader.member(key) {
        diagnostics.invalid(
          node, at: path.key(key),
          "only a \(owning) caller has a casegroup (this one takes"
            + " \(branch.map { "the \(vocabulary.name(of: $0.kind)) branch" } ?? "no IVR branch"))")
        return nil
      }
      return .some(nil)
    }
    guard keys.count == 1, let key = keys.first, let node = reader.member(key) else {
      diagnostics.invalid(
        reader.node, at: path,
        keys.isEmpty
          ? "a \(vocabulary.name(of: branch.kind)) caller needs \"owner\" (a staff number),"
            + " \"casegroup\" (a number) or"
            + " \"orphaned\" (a team)"
          : "give one of \(keys.joined(separator: ", ")), not several")
      return nil
    }
    let ranges = configuration.casegroupRanges
    let choice: RoutingProbe.Casegroup
    let team: Int
    switch key {
    case Keys.owner.key:
      guard let number = reader.read(Keys.owner) else { return nil }
      let roster = configuration.roster
      guard let slot = roster.firstIndex(where: { $0.profile.staffNumber == number }) else {
        diagnostics.report(
          .unknownReference, at: path.key(key), node.location,
          "no agent with staff number \"\(number)\""
            + NameHint.reference(
              for: number, among: roster.compactMap(\.profile.staffNumber), diagnostics))
        return nil
      }
      guard configuration.casegroupCount(ownedBySlot: slot) > 0 else {
        diagnostics.invalid(
          node, at: path.key(key),
          "\(number) owns no casegroups (a team leader, or a team that owns none)")
        return nil
      }
      choice = .ownedBy(slot: slot)
      team = roster[slot].team
    case Keys.casegroup.key:
      let total = ranges.last?.upperBound ?? 0
      guard total > 0 else {
        diagnostics.invalid(node, at: path.key(key), "no team owns casegroups")
        return nil
      }
      guard let number = reader.read(Keys.casegroup, with: Parse.integer(in: 0...(total - 1)))
      else { return nil }
      choice = .number(number)
      team = ranges.firstIndex { $0.contains(number) } ?? 0
    default:
      let ids = configuration.teams.map(\.id)
      guard
        let chosen = reader.read(
          Keys.orphaned, with: ScenarioDecoder.reference(to: ids, kind: "team"))
      else { return nil }
      guard !ranges[chosen].isEmpty else {
        diagnostics.invalid(node, at: path.key(key), "team \(ids[chosen]) owns no casegroups")
        return nil
      }
      choice = .orphaned(team: chosen)
      team = chosen
    }
    // A branch limited to some segments matches callers to those segments' casegroups only.
    if !branch.segments.isEmpty,
      !(configuration.teams[team].segment.map(branch.segments.contains) ?? false)
    {
      let segments = branch.segments.map { configuration.segments[$0] }
      diagnostics.invalid(
        node, at: path.key(key),
        "the casegroup is \(configuration.teams[team].id)'s, but callers of \(line.id)'s"
          + " \(vocabulary.name(of: branch.kind)) branch have casegroups of segment"
          + " \(segments.joined(separator: ", ")) only")
      return nil
    }
    return .some(choice)
  }
}

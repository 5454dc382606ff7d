import ContactCentre
import SimKernel

extension ScenarioDecoder {
  /// `"casegroups": {"orphaned", "skew", "orphans", "orphanings", "movements",
  /// "specialClientRecords"}`.
  func casegroupRules(_ context: ScenarioContext) -> Parse.Parser<CasegroupRules> {
    { node, path, diagnostics in
      typealias Keys = CasegroupKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
      else { return nil }
      let orphaned = reader.read(Keys.orphaned)
      let skew = reader.read(Keys.skew)
      let orphans = reader.read(Keys.orphans, with: orphanRoute(context))
      let orphanings = reader.read(Keys.orphanings, with: Parse.array(orphaning(context)))
      let special = reader.read(
        Keys.specialClientRecords,
        with: Self.reference(to: context.segmentIds, kind: "segment"))
      let movements = reader.read(
        Keys.movements, with: Parse.array(movement(context, special: special)))
      guard let orphaned, let skew,
        orphans != nil || !reader.has(Keys.orphans.key),
        orphanings != nil || !reader.has(Keys.orphanings.key),
        movements != nil || !reader.has(Keys.movements.key),
        special != nil || !reader.has(Keys.specialClientRecords.key)
      else { return nil }
      var rules = CasegroupRules(orphanedShare: orphaned, skew: skew, orphans: orphans)
      rules.orphanings = orphanings ?? []
      rules.movements = movements ?? []
      rules.specialClientRecords = special
      return rules
    }
  }

  /// `{"plan", "search"}`: where an orphaned casegroup's caller goes.
  func orphanRoute(_ context: ScenarioContext) -> Parse.Parser<OrphanRoute> {
    { node, path, diagnostics in
      typealias Keys = OrphanRouteKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
      else { return nil }
      let plan = reader.read(Keys.plan, with: Self.reference(to: context.planIds, kind: "plan"))
      let search = reader.read(Keys.search)
      guard let plan, let search else { return nil }
      return OrphanRoute(plan: plan, search: search)
    }
  }

  /// `{"at", "day", "caseworker", "reason", "recovery", "recoveredTo"}`.
  func orphaning(_ context: ScenarioContext) -> Parse.Parser<CasegroupOrphaning> {
    { node, path, diagnostics in
      typealias Keys = OrphaningKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
      else { return nil }
      let at = eventTime(reader, at: Keys.at, day: Keys.day, context)
      let caseworker = reader.read(Keys.caseworker, with: Self.staffNumber(context))
      let reason = reader.read(Keys.reason)
      let recovery = reader.read(Keys.recovery)
      let recoveredTo = reader.read(
        Keys.recoveredTo, with: Self.reference(to: context.teamIds, kind: "team"))
      guard let at, let caseworker, let reason,
        recovery != nil || !reader.has(Keys.recovery.key),
        recoveredTo != nil || !reader.has(Keys.recoveredTo.key)
      else { return nil }
      return CasegroupOrphaning(
        at: at, staffNumber: caseworker, reason: reason, recovery: recovery,
        recoveredTo: recoveredTo)
    }
  }

  /// `{"at", "day", "reason", "casegroup" | "share" + "from", "to", "team"}`.
  func movement(_ context: ScenarioContext, special: Int?) -> Parse.Parser<CaseMovement> {
    { node, path, diagnostics in
      typealias Keys = CaseMovementKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
      else { return nil }
      let segment = Self.reference(to: context.segmentIds, kind: "segment")
      let at = eventTime(reader, at: Keys.at, day: Keys.day, context)
      let reason = reader.read(Keys.reason)
      var moved: CaseMovement.Moved?
      if reader.has(Keys.casegroup.key) {
        if reader.has(Keys.share.key) || reader.has(Keys.from.key) {
          diagnostics.invalid(
            node, at: path, "a movement names one casegroup or a share of a segment's, not both")
          return nil
        }
        moved = reader.read(Keys.casegroup).map { .casegroup($0) }
      } else if reader.has(Keys.share.key) {
        let share = reader.read(Keys.share)
        let from = reader.required(Keys.from, with: segment)
        if let share, let from { moved = .share(share, ofSegment: from) }
      } else {
        diagnostics.invalid(
          node, at: path, "a movement needs \"casegroup\", or \"share\" and \"from\"")
        return nil
      }
      var to = reader.read(Keys.to, with: segment)
      if reason == .nationallySensitive {
        guard let special else {
          diagnostics.invalid(
            node, at: path.key(Keys.reason.key),
            "a nationally sensitive casegroup goes to the special client records segment:"
              + " routing.casegroups.specialClientRecords must name it")
          return nil
        }
        if let given = to, given != special, let toNode = reader.member(Keys.to.key) {
          diagnostics.invalid(
            toNode, at: path.key(Keys.to.key),
            "a nationally sensitive casegroup goes to the special client records segment,"
              + " \"\(context.segmentIds[special])\"")
          return nil
        }
        to = special
      } else if !reader.has(Keys.to.key) {
        _ = reader.required(Keys.to, with: segment)
        return nil
      }
      let team = reader.read(Keys.team, with: Self.reference(to: context.teamIds, kind: "team"))
      guard let at, let reason, let moved, let to,
        team != nil || !reader.has(Keys.team.key)
      else { return nil }
      return CaseMovement(at: at, reason: reason, moved: moved, segment: to, team: team)
    }
  }

  /// An event's time from the start of the run: its clock time `at` on day `day`; an error
  /// if that is before the run starts.
  private func eventTime(
    _ reader: ObjectReader, at: Field<SimDuration>, day: Field<Int>, _ context: ScenarioContext
  ) -> SimDuration? {
    guard let clock = reader.read(at), let day = reader.read(day),
      let offset = context.dayOffsets(day: day, everyDay: false).first
    else { return nil }
    let time = clock + offset
    guard time >= .zero else {
      if let node = reader.member(at.key) {
        diagnostics.invalid(node, at: reader.path.key(at.key), "is before the run's start")
      }
      return nil
    }
    return time
  }

  /// A movement's `team` is in its segment (teams are read by then).
  func checkCasegroupEvents(
    _ rules: CasegroupRules, teams: [Team], segments: [String], in scenario: ObjectReader
  ) {
    let movements = scenario.member("routing")
      .flatMap { Self.member(CasegroupKeys.casegroups, of: $0) }
      .flatMap { Self.member(CasegroupKeys.movements.key, of: $0) }
    let nodes = Self.elements(movements)
    for (index, movement) in rules.movements.enumerated() {
      guard let team = movement.team, teams.indices.contains(team), nodes.indices.contains(index),
        teams[team].segment != movement.segment,
        let node = Self.member(CaseMovementKeys.team.key, of: nodes[index])
      else { continue }
      diagnostics.invalid(
        node,
        at: JSONPath.root.key("routing").key(CasegroupKeys.casegroups).key(
          CasegroupKeys.movements.key
        ).index(index).key(CaseMovementKeys.team.key),
        "team \"\(teams[team].id)\" is not in segment \"\(segments[movement.segment])\"")
    }
  }
}

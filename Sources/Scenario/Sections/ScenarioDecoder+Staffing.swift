import ContactCentre
import SimKernel

extension ScenarioDecoder {
  /// A team's `staffing`: counts per reporting interval or per block of clock time, as the
  /// changes of the count from t = 0, and who leaves when it drops.
  func staffingByCounts(_ context: ScenarioContext) -> Parse.Parser<TeamStaffing> {
    { node, path, diagnostics in
      typealias Keys = StaffingKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
      else { return nil }
      let leaving = reader.read(Keys.leaving)
      var changes: [TeamStaffing.Change]?
      switch (reader.has(Keys.perInterval.key), reader.has(Keys.blocks.key)) {
      case (true, false):
        changes = reader.read(Keys.perInterval).map { counts in
          counts.enumerated().map { index, agents in
            TeamStaffing.Change(time: context.interval * Int64(index), agents: agents)
          } + [TeamStaffing.Change(time: context.interval * Int64(counts.count), agents: 0)]
        }
      case (false, true):
        guard
          let blocks = reader.read(
            Keys.blocks, with: Parse.array(nonEmpty: true, Self.staffingBlock)),
          let blocksNode = reader.member(Keys.blocks.key)
        else { break }
        changes = Self.staffingChanges(
          blocks, context: context, node: blocksNode, path: path.key(Keys.blocks.key),
          diagnostics)
      case (false, false):
        diagnostics.report(
          .missingKey, at: path.key(Keys.perInterval.key), node.location,
          "required key \"perInterval\" or \"blocks\" is missing")
      case (true, true):
        diagnostics.invalid(node, at: path, "give perInterval or blocks, not both")
      }
      guard let leaving, let changes else { return nil }
      return TeamStaffing(changes: Self.fromTimeZero(changes), leaving: leaving)
    }
  }

  /// `{"from": "08:00", "to": "12:00", "agents": 5}`, with an optional `day`.
  static func staffingBlock(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> StaffingBlock?
  {
    typealias Keys = StaffingBlockKeys
    guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
    else { return nil }
    let day = reader.read(Keys.day)
    // Read as the end is, so that a start of "24:00" is a block that ends before it starts.
    let from = reader.read(Keys.from, with: shiftClock)
    let to = reader.read(Keys.to)
    let agents = reader.read(Keys.agents)
    guard let day, let from, let to, let agents else { return nil }
    guard to > from else {
      if let toNode = reader.member(Keys.to.key) {
        diagnostics.invalid(toNode, at: path.key(Keys.to.key), "the block ends before it starts")
      }
      return nil
    }
    return StaffingBlock(day: day, from: from, to: to, agents: agents)
  }

  /// The changes of the count the blocks make: each block's count from its start, none from
  /// its end unless the next block starts there. Blocks must follow one another in time.
  static func staffingChanges(
    _ blocks: [StaffingBlock], context: ScenarioContext, node: JSONNode, path: JSONPath,
    _ diagnostics: Diagnostics
  ) -> [TeamStaffing.Change]? {
    var changes: [TeamStaffing.Change] = []
    var previousEnd: SimDuration?
    for (index, block) in blocks.enumerated() {
      let offset = context.dayOffsets(day: block.day, everyDay: false)[0]
      let from = block.from + offset
      if let previousEnd, from < previousEnd {
        diagnostics.invalid(
          Self.elements(node)[index], at: path.index(index),
          "starts before the block before it ends")
        return nil
      }
      if let last = changes.last, last.time == from, last.agents == 0 { changes.removeLast() }
      changes.append(TeamStaffing.Change(time: from, agents: block.agents))
      changes.append(TeamStaffing.Change(time: block.to + offset, agents: 0))
      previousEnd = block.to + offset
    }
    return changes
  }

  /// The changes with those before t = 0 folded into one at t = 0 (a block already under way
  /// at t = 0 is staffed from t = 0).
  static func fromTimeZero(_ changes: [TeamStaffing.Change]) -> [TeamStaffing.Change] {
    var kept: [TeamStaffing.Change] = []
    for change in changes {
      let clamped = TeamStaffing.Change(time: max(.zero, change.time), agents: change.agents)
      if let last = kept.last, last.time == clamped.time { kept.removeLast() }
      kept.append(clamped)
    }
    return kept
  }
}

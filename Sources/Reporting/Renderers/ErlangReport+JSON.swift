import Planning

extension ErlangReport {
  /// The report as one JSON object at full precision (`ccsim erlang --format json`).
  ///
  /// At one staffing, and at the one a sizing found: `model` (`"B"`, `"C"` or `"A"`), then
  /// for Erlang B `offeredLoad`, `agents`, `blocking`, `occupancy`, and for C and A `agents`,
  /// `offeredLoad`, `probabilityOfWait`, `averageSpeedOfAnswer` (seconds), `serviceLevel`,
  /// `abandonRate`, `occupancy`; `note` (`"no call answered"`, `"unstable: load ≥ agents"`)
  /// where a figure is null for that reason. A sizing adds `goal` (`target`, `threshold` in
  /// seconds, `maxAbandon`, `maxOccupancy`, `maxBlocking`: those given). A range gives `model`,
  /// `offeredLoad` and `rows`, an array of those figures per staffing level, in order.
  public func json() -> JSONOutput {
    let model: (String, JSONOutput) = ("model", .string(formula.rawValue))
    let load: (String, JSONOutput) = ("offeredLoad", .number(input.offeredLoad))
    switch question {
    case .agents:
      return .object([model] + fields(rows[0], load: load))
    case .sizing(let goal):
      return .object([model] + fields(rows[0], load: load) + [("goal", json(goal))])
    case .range:
      return .object([model, load, ("rows", .array(rows.map { .object(fields($0, load: nil)) }))])
    }
  }

  /// One row's members, with the offered load where the object holds one row.
  private func fields(_ row: Row, load: (String, JSONOutput)?) -> [(String, JSONOutput)] {
    let figures = row.figures
    let agents: (String, JSONOutput) = ("agents", .int(row.agents))
    var members: [(String, JSONOutput)]
    if formula == .b {
      members =
        (load.map { [$0] } ?? []) + [
          agents, ("blocking", .number(figures.abandonRate)),
          ("occupancy", .number(figures.occupancy)),
        ]
    } else {
      members =
        [agents] + (load.map { [$0] } ?? []) + [
          ("probabilityOfWait", .number(figures.probabilityOfWait)),
          ("averageSpeedOfAnswer", .number(figures.averageSpeedOfAnswer)),
          ("serviceLevel", .number(figures.serviceLevel)),
          ("abandonRate", .number(figures.abandonRate)),
          ("occupancy", .number(figures.occupancy)),
        ]
    }
    switch standing(row) {
    case .settled: break
    case .noCallAnswered: members.append(("note", .string("no call answered")))
    case .unstable: members.append(("note", .string("unstable: load ≥ agents")))
    }
    return members
  }

  /// The goal's figures that were given.
  private func json(_ goal: Erlang.Goal) -> JSONOutput {
    var members: [(String, JSONOutput)] = []
    if let target = goal.serviceLevel {
      members += [("target", .number(target)), ("threshold", .number(input.threshold))]
    }
    if let cap = goal.maxAbandon { members.append(("maxAbandon", .number(cap))) }
    if let cap = goal.maxOccupancy { members.append(("maxOccupancy", .number(cap))) }
    if let cap = goal.maxBlocking { members.append(("maxBlocking", .number(cap))) }
    return .object(members)
  }
}

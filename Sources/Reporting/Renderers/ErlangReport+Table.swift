import Planning

extension ErlangReport {
  /// The report as text, rounded: shares as percentages to one decimal, times in seconds
  /// (`ccsim erlang`).
  ///
  /// A heading names the formula and the traffic. At one staffing, and at the one a sizing
  /// found (after the goal and the agents needed), one figure a line; over a range, a table
  /// with a row per staffing level. Without agents nothing is answered, and an Erlang C queue
  /// with the load at or above its agents is unstable: such figures say so.
  public func table() -> String {
    var text = heading() + "\n"
    switch question {
    case .agents:
      text += lines(rows[0], needed: nil)
    case .sizing(let goal):
      text += "Goal: " + describe(goal) + "\n"
      text += lines(rows[0], needed: rows[0].agents)
    case .range:
      text += rangeTable()
    }
    return text
  }

  /// "Erlang A: 14 agents, 200 calls/h, AHT 3 m 00 s, mean patience 5 m 00 s".
  private func heading() -> String {
    var text = "Erlang \(formula.rawValue): "
    if question == .agents { text += "\(rows[0].agents) agents, " }
    text += Formatting.fixed(input.callsPerHour, decimals: 2, trimmingZeros: true) + " calls/h"
    text += ", AHT " + Formatting.seconds(input.averageHandleTime)
    if formula == .a, let patience = input.patience {
      text += ", mean patience " + Formatting.seconds(patience)
    }
    return text
  }

  /// "service level ≥ 80.0 % within 20.0 s, abandon rate ≤ 5.0 %".
  private func describe(_ goal: Erlang.Goal) -> String {
    var parts: [String] = []
    if let target = goal.serviceLevel {
      parts.append(
        "service level ≥ \(Formatting.percent(target)) within"
          + " \(Formatting.seconds(input.threshold))")
    }
    if let cap = goal.maxAbandon { parts.append("abandon rate ≤ \(Formatting.percent(cap))") }
    if let cap = goal.maxBlocking { parts.append("blocking ≤ \(Formatting.percent(cap))") }
    if let cap = goal.maxOccupancy { parts.append("occupancy ≤ \(Formatting.percent(cap))") }
    return parts.joined(separator: ", ")
  }

  /// One staffing's figures, a line each, aligned; a note first where nothing is answered.
  private func lines(_ row: Row, needed: Int?) -> String {
    let figures = row.figures
    var fields: [(String, String)] = []
    if let needed { fields.append(("Agents needed", "\(needed)")) }
    fields.append(("Offered load (erlangs)", Formatting.fixed(input.offeredLoad, decimals: 2)))
    if formula == .b {
      fields.append(("Blocking probability", Formatting.percent(figures.abandonRate)))
    } else {
      fields += [
        ("Probability of wait", Formatting.percent(figures.probabilityOfWait)),
        ("Average speed of answer", speedOfAnswer(row, long: true)),
        (
          "Service level (\(Formatting.seconds(input.threshold)))",
          Formatting.percent(figures.serviceLevel)
        ),
      ]
      if formula == .a { fields.append(("Abandon rate", Formatting.percent(figures.abandonRate))) }
    }
    fields.append(("Occupancy", Formatting.percent(figures.occupancy)))
    var text = ""
    switch standing(row) {
    case .settled: break
    case .noCallAnswered:
      text +=
        formula == .a
        ? "No call answered: with no agents every caller abandons.\n"
        : "No call answered: with no agents the queue grows without bound.\n"
    case .unstable:
      text +=
        "Unstable: \(Formatting.fixed(input.offeredLoad, decimals: 2)) erlangs offered to"
        + " \(row.agents) agents; the queue grows without bound.\n"
    }
    let width = fields.map(\.0.count).max() ?? 0
    for (label, value) in fields {
      text += label + String(repeating: " ", count: width + 2 - label.count) + value + "\n"
    }
    return text
  }

  /// The mean wait of answered calls, or why there is none.
  private func speedOfAnswer(_ row: Row, long: Bool) -> String {
    switch standing(row) {
    case .settled: Formatting.seconds(row.figures.averageSpeedOfAnswer)
    case .noCallAnswered: long ? "none (no call answered)" : "—"
    case .unstable: long ? "∞ (unstable: load ≥ agents)" : "∞"
    }
  }

  /// A row per staffing level, then what a "—" or "∞" stands for.
  private func rangeTable() -> String {
    let threshold = Formatting.seconds(input.threshold)
    var table: TextTable
    switch formula {
    case .b: table = TextTable(["Agents", "Blocking", "Occupancy"])
    case .c: table = TextTable(["Agents", "Occupancy", "P(wait)", "ASA", "SL (\(threshold))"])
    case .a:
      table = TextTable(["Agents", "Occupancy", "P(wait)", "ASA", "SL (\(threshold))", "Abandon"])
    }
    for row in rows {
      let figures = row.figures
      if formula == .b {
        table.add([
          "\(row.agents)", Formatting.percent(figures.abandonRate),
          Formatting.percent(figures.occupancy),
        ])
        continue
      }
      var cells = [
        "\(row.agents)", Formatting.percent(figures.occupancy),
        Formatting.percent(figures.probabilityOfWait), speedOfAnswer(row, long: false),
        Formatting.percent(figures.serviceLevel),
      ]
      if formula == .a { cells.append(Formatting.percent(figures.abandonRate)) }
      table.add(cells)
    }
    var text =
      "Offered load: \(Formatting.fixed(input.offeredLoad, decimals: 2)) erlangs\n"
      + table.rendered()
    let standings = Set(rows.map { standing($0) })
    if standings.contains(.noCallAnswered) {
      text += "—  no agents: no call answered\n"
    }
    if standings.contains(.unstable) {
      text += "∞  unstable: the load is at or above the agents, the queue grows without bound\n"
    }
    return text
  }
}

import ContactCentre
import SimKernel

extension WhatIfReader {
  /// `route PLAN step STEP after DURATION`, `route PLAN step STEP teams TEAM[+TEAM…]` or
  /// `route PLAN remove step STEP`.
  mutating func route(_ arguments: [Token]) throws(ScenarioError) -> WhatIf {
    let forms =
      "route PLAN step STEP after DURATION, route PLAN step STEP teams TEAM[+TEAM…]"
      + " or route PLAN remove step STEP"
    guard let first = arguments.first else {
      throw expected("the routing plan", in: forms, at: nil)
    }
    columns[.plan] = first.column
    let plan = try self.plan(first)
    guard arguments.count > 1 else { throw expected("step or remove", in: forms, at: nil) }
    if arguments[1].isWord("remove") {
      let form = "route PLAN remove step STEP"
      guard arguments.count > 2, arguments[2].isWord("step") else {
        throw expected("step STEP", in: form, at: arguments.count > 2 ? arguments[2] : nil)
      }
      guard arguments.count > 3 else { throw expected("the step", in: form, at: nil) }
      let step = try self.step(arguments[3], of: plan)
      try end(arguments, after: 4, form: form)
      return .removeStep(plan: plan, step: step)
    }
    guard arguments[1].isWord("step") else {
      throw expected("step or remove", in: forms, at: arguments[1])
    }
    guard arguments.count > 2 else { throw expected("the step", in: forms, at: nil) }
    let step = try self.step(arguments[2], of: plan)
    guard arguments.count > 3, arguments[3].isWord("after") || arguments[3].isWord("teams") else {
      throw expected(
        "after DURATION or teams TEAM[+TEAM…]", in: forms,
        at: arguments.count > 3 ? arguments[3] : nil)
    }
    let isAfter = arguments[3].isWord("after")
    let form =
      isAfter ? "route PLAN step STEP after DURATION" : "route PLAN step STEP teams TEAM[+TEAM…]"
    guard arguments.count > 4 else {
      throw expected(isAfter ? "the delay" : "the teams", in: form, at: nil)
    }
    try end(arguments, after: 5, form: form)
    let value = arguments[4]
    if isAfter {
      columns[.delay] = value.column
      return .delayStep(plan: plan, step: step, after: try delay(value))
    }
    columns[.teams] = value.column
    return .retargetStep(plan: plan, step: step, teams: try teams(value))
  }

  /// A routing plan (a queue) by its id.
  func plan(_ token: Token) throws(ScenarioError) -> Int {
    let ids = configuration.plans.map(\.id)
    guard let plan = ids.firstIndex(of: token.text) else {
      throw error(
        at: token, .unknownReference,
        "no routing plan \"\(VisibleText.prefix(token.text))\" in the scenario"
          + hint(for: token.text, among: ids))
    }
    return plan
  }

  /// A step of `plan` by its number from 1 or its name (`stepNames(plan:)`): its index.
  mutating func step(_ token: Token, of plan: Int) throws(ScenarioError) -> Int {
    columns[.step] = token.column
    if !token.quoted, let number = Int(token.text),
      token.text.allSatisfy({ ("0"..."9").contains($0) })
    {
      return number - 1
    }
    let names = configuration.stepNames(plan: plan)
    guard let step = names.firstIndex(of: token.text) else {
      throw error(
        at: token, .unknownReference,
        "\(configuration.plans[plan].id) has no step \"\(VisibleText.prefix(token.text))\""
          + " (a step is named by its number from 1 or by its target)"
          + hint(for: token.text, among: names))
    }
    return step
  }

  /// A step's delay: a duration with units (`30s`, `2m`, `1m30s`) or seconds.
  func delay(_ token: Token) throws(ScenarioError) -> SimDuration {
    let seconds = Double(token.text) ?? DurationText.seconds(token.text)
    guard !token.quoted, let seconds, seconds >= 0, seconds <= 1.0e9 else {
      throw error(
        at: token, .invalidValue,
        "\"\(VisibleText.prefix(token.text))\" is not a duration (30s, 2m, 1m30s or seconds)")
    }
    return .seconds(seconds)
  }

  /// Teams joined by `+` (a team id holding `+` itself is read whole).
  func teams(_ token: Token) throws(ScenarioError) -> [Int] {
    if let team = configuration.teams.firstIndex(where: { $0.id == token.text }) { return [team] }
    var teams: [Int] = []
    var column = token.column
    for name in token.text.split(separator: "+", omittingEmptySubsequences: false) {
      guard !name.isEmpty else {
        throw error(column: column, .invalidValue, "a team's id is missing around \"+\"")
      }
      teams.append(try team(named: String(name), column: column))
      column += name.count + 1
    }
    return teams
  }
}

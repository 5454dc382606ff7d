import SimKernel

extension WhatIf {
  /// Changes step `step` of plan `plan` with `change`, then checks the steps are still in
  /// order of `after`, as a scenario's must be.
  static func changeStep(
    plan: Int, step: Int, _ configuration: inout CentreConfiguration,
    _ change: (inout [RoutingStep], Int) throws(WhatIfError) -> Void
  ) throws(WhatIfError) {
    guard configuration.plans.indices.contains(plan) else {
      throw WhatIfError(.plan, "no routing plan \(plan) in the scenario")
    }
    let id = configuration.plans[plan].id
    guard configuration.isGiven(plan: plan) else {
      throw WhatIfError(
        .plan,
        "queue \(id) is made from the teams that handle its call types, not a routing plan"
          + " of the scenario: only the scenario's plans can be changed")
    }
    var steps = configuration.plans[plan].steps
    guard steps.indices.contains(step) else {
      throw WhatIfError(
        .step, "\(id) has no step \(step + 1) (it has \(steps.count))")
    }
    try change(&steps, step)
    for index in steps.indices.dropFirst() where steps[index].after < steps[index - 1].after {
      throw WhatIfError(
        .delay,
        "steps must be in order of after: step \(index + 1) of \(id) would begin after"
          + " \(seconds(steps[index].after)), sooner than step \(index)"
          + " (\(seconds(steps[index - 1].after)))")
    }
    configuration.setSteps(steps, ofPlan: plan)
  }

  /// Step `step` of `plan` offers its calls to `teams`; a weighted selection keeps one
  /// weight per team.
  static func retarget(
    plan: Int, step: Int, to teams: [Int], _ configuration: inout CentreConfiguration
  ) throws(WhatIfError) {
    guard !teams.isEmpty else { throw WhatIfError(.teams, "a step needs at least one team") }
    for team in teams where !configuration.teams.indices.contains(team) {
      throw WhatIfError(.teams, "no team \(team) in the scenario")
    }
    guard Set(teams).count == teams.count else {
      throw WhatIfError(.teams, "a team is named twice")
    }
    try changeStep(plan: plan, step: step, &configuration) { steps, step throws(WhatIfError) in
      if case .weightedRandom(let weights) = steps[step].select, !weights.isEmpty,
        weights.count != teams.count
      {
        throw WhatIfError(
          .teams,
          "step \(step + 1) selects agents weighted by team, one weight per team"
            + " (\(weights.count)): it cannot name \(teams.count)")
      }
      steps[step].target = .teams(teams)
    }
  }

  /// A duration in messages: `30s`, `2m`, `1m30s`, `0.5s`.
  static func seconds(_ duration: SimDuration) -> String {
    let micro = duration.microseconds
    let whole = micro / 1_000_000
    guard micro % 1_000_000 == 0 else { return "\(Double(micro) / 1_000_000)s" }
    let (minutes, rest) = (whole / 60, whole % 60)
    if minutes == 0 { return "\(rest)s" }
    return rest == 0 ? "\(minutes)m" : "\(minutes)m\(rest)s"
  }
}

import SimKernel

/// A change made to the centre at a snapshot's instant (a *what-if*, issue 21 part 4): agents
/// brought back from NotReady, a break moved, overtime for a team, a routing step changed.
/// `apply(_:to:now:)` makes the changes to the scenario and to the snapshot taken of it; the
/// rest of the day is then run from the changed snapshot (`CentreRun.run(from:)`).
///
/// Indices are those of the scenario and snapshot as the changes before this one left them
/// (changes apply in order): agents are roster slots (`CentreConfiguration.roster`), teams
/// `CentreConfiguration.teams`, plans `CentreConfiguration.plans`, steps `RoutingPlan.steps`
/// (from 0). Times are from the start of the run, as `CentreNow.time` is.
public enum WhatIf: Sendable, Equatable {
  /// These agents, NotReady at the instant, are Ready from it (each a roster slot).
  case bringBack(agents: [Int])
  /// `count` agents of team `team`, NotReady at the instant (in `reason` only, if given; team
  /// leaders who take no calls never), are Ready from it: those NotReady longest first.
  case bringBackFromTeam(team: Int, count: Int, reason: NotReadyReason?)
  /// On each shift of team `team`, the next scheduled NotReady period of `reason` (the first
  /// not over at the instant, if it starts on the instant's day) begins at `start` instead (each keeps its duration and spread; a
  /// start at the instant is `soonestStart` after it); the team's agents in `reason` at the
  /// instant are Ready from it and take the period at its new time.
  case moveBreak(team: Int, reason: NotReadyReason, start: SimInstant)
  /// `agents` more agents for team `team` from `from` (the instant if nil) to `until`: a new
  /// shift at the end of the team's shifts, which starts no sooner than a second after the
  /// instant (`soonestStart`).
  case overtime(team: Int, agents: Int, from: SimInstant?, until: SimInstant)
  /// Step `step` of plan `plan` begins after `after` in queue.
  case delayStep(plan: Int, step: Int, after: SimDuration)
  /// Step `step` of plan `plan` offers its calls to `teams`.
  case retargetStep(plan: Int, step: Int, teams: [Int])
  /// Step `step` of plan `plan` (not its first) is removed: the later steps move up.
  case removeStep(plan: Int, step: Int)

  /// How long after the snapshot's instant an overtime shift, or a break moved to the instant,
  /// starts at the soonest: a shift or period that started at the instant itself would start in
  /// the run to the instant, before the snapshot's state is taken (`Centre.graft`), which then
  /// takes an agent the snapshot does not name off the phones, and puts one it names in the
  /// state it gives (so the period would be missed).
  public static let soonestStart = SimDuration.seconds(1)
}

extension WhatIf {
  /// Applies `changes` in order to a scenario and a snapshot taken of it: returns both changed.
  /// Each change is checked against the scenario and snapshot as the changes before it left
  /// them, and the scenario stays as valid as a scenario file would be.
  ///
  /// - Throws: `WhatIfError` for the first change that cannot be made (an agent not NotReady,
  ///   fewer agents NotReady than asked for, no such break, a time before the instant, steps
  ///   out of order, …).
  public static func apply(
    _ changes: [WhatIf], to configuration: CentreConfiguration, now: CentreNow
  ) throws(WhatIfError) -> (CentreConfiguration, CentreNow) {
    var configuration = configuration
    var now = now
    for change in changes {
      try change.apply(to: &configuration, now: &now)
    }
    return (configuration, now)
  }

  /// Makes this one change.
  func apply(to configuration: inout CentreConfiguration, now: inout CentreNow)
    throws(WhatIfError)
  {
    switch self {
    case .bringBack(let agents):
      try Self.bringBack(agents, configuration, &now)
    case .bringBackFromTeam(let team, let count, let reason):
      try Self.bringBack(count, of: team, in: reason, configuration, &now)
    case .moveBreak(let team, let reason, let start):
      try Self.moveBreak(team: team, reason: reason, to: start, &configuration, &now)
    case .overtime(let team, let agents, let from, let until):
      try Self.overtime(team: team, agents: agents, from: from, until: until, &configuration, &now)
    case .delayStep(let plan, let step, let after):
      try Self.changeStep(plan: plan, step: step, &configuration) {
        steps, step throws(WhatIfError) in
        steps[step].after = after
      }
    case .retargetStep(let plan, let step, let teams):
      try Self.retarget(plan: plan, step: step, to: teams, &configuration)
    case .removeStep(let plan, let step):
      try Self.changeStep(plan: plan, step: step, &configuration) {
        steps, step throws(WhatIfError) in
        guard step > 0 else {
          throw WhatIfError(.step, "the first step of a plan cannot be removed")
        }
        steps.remove(at: step)
      }
    }
  }

  /// A time from the start of the run on the scenario's clock, as messages write it: `10:30`,
  /// `10:30:15`, `d2 08:30`.
  static func clock(_ instant: SimInstant, _ configuration: CentreConfiguration) -> String {
    ClockLabel.text(
      secondsSinceMidnight: Int(
        (configuration.startOfDay + instant.sinceStart).microseconds / 1_000_000))
  }
}

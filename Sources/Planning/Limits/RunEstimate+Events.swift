import ContactCentre
import SimKernel

extension RunEstimate {
  /// What makes a run's events, as the estimate counts them.
  public enum EventSource: String, Sendable, CaseIterable {
    case calls = "calls and their redials, call-backs and retries"
    case ringOuts = "calls ringing out at agents' phones (RONA)"
    case idleLogouts = "idle logouts (rules.idleLogout)"
    case shrinkage = "unscheduled NotReady episodes (shrinkage)"
    case roster = "shifts and scheduled NotReady"
    case backOffice = "incidents and case-closure exceptions"
  }

  /// Events one call brings besides the steps of its routing plan: its arrival, leaving the
  /// IVR, its patience, ringing, the end of its handling, a transfer's legs. (W1 has 2 a call,
  /// the CMS day 4.)
  static let eventsPerCall = 6.0

  /// The events of one replication of `configuration`, by source: an estimate meant to be high
  /// rather than low, reckoned from the configuration alone. Each source is bounded twice
  /// where it can loop — by its probabilities (a chain of geometric length) and by time (a
  /// timer that fires once per so many seconds) — and counted at the smaller.
  ///
  /// - calls: (6 + the most steps of a plan) × (inbound + outbound), where inbound = the lines'
  ///   calls × `redialFactor`, and outbound = (the activity plans' calls + inbound × the
  ///   likeliest share of Call-back Request) × `callBackChain` × the most attempts of a retry;
  /// - ring-outs: 2 × min(calls × m ÷ (1 − m), agent-seconds ÷ `ronaTimeout`), m the likeliest
  ///   miss of a team (its `missProbability`, plus its mean ring time ÷ `ronaTimeout`, at most 1);
  /// - idle logouts: 2 × agent-seconds ÷ `idleLogout` (an agent is logged out at most once per
  ///   `idleLogout` on shift, and logs back in);
  /// - shrinkage: 2 × each team's episode rate (Σ share ÷ (meanLength × (1 − Σ share))) ×
  ///   its agent-seconds;
  /// - roster: one event per shift start and end and scheduled NotReady period of each agent;
  /// - back office: problems (`perCaseworkerHour` × caseworker-hours, and escalated calls) ×
  ///   (their local steps + 8 + 2 ÷ `emailSuccess`), 3 per case-closure report, one per
  ///   reporting interval for the backlogs.
  ///
  /// Agent-seconds are the agents' time on shift within the run.
  static func events(_ configuration: CentreConfiguration) -> [EventSource: Double] {
    let seconds = configuration.duration.seconds
    var lineCalls = 0.0
    for line in configuration.lines {
      lineCalls += line.arrivals.expectedCalls(from: .zero, to: configuration.duration)
    }
    var planCalls = 0.0
    for plan in configuration.outbound?.activityPlans ?? [] {
      let open = min(plan.to, configuration.duration) - max(plan.from, .zero)
      if open > .zero { planCalls += plan.perHour * open.seconds / 3600 }
    }
    var agentSeconds: [Double] = []
    var roster = 0.0
    for team in configuration.teams {
      var time = 0.0
      for shift in team.shifts {
        let open = min(shift.end, configuration.duration) - max(shift.start, .zero)
        if open > .zero { time += Double(shift.agents.count) * open.seconds }
        roster += Double(shift.agents.count * (2 + shift.notReady.count))
      }
      agentSeconds.append(time)
    }
    let onShift = agentSeconds.reduce(0, +)

    let inbound = times(lineCalls, redialFactor(configuration))
    var outbound = planCalls
    if let rules = configuration.outbound {
      if rules.callBacks != nil {
        let callBacks = configuration.vocabulary.outcomes(.requestsCallBack)
        let asked = configuration.callTypes.map { $0.outcomes.share(of: callBacks) }
        outbound += times(inbound, asked.max() ?? 0)
        outbound = times(outbound, callBackChain(configuration))
      }
      outbound = times(outbound, Double(rules.retries.map(\.maxAttempts).max() ?? 1))
    }
    let steps = configuration.plans.map(\.steps.count).max() ?? 0
    let calls = inbound + outbound
    var events: [EventSource: Double] = [:]
    events[.calls] = (eventsPerCall + Double(steps)) * calls

    let rules = configuration.rules
    let miss =
      configuration.teams.map { team in
        let behaviour = team.behaviour
        if behaviour.answersInstantly { return 0.0 }
        return min(
          1, behaviour.missProbability + behaviour.answerDelay.mean / rules.ronaTimeout.seconds)
      }.max() ?? 0
    if miss > 0 {
      let byChance = miss >= 1 ? Double.infinity : times(calls, miss / (1 - miss))
      events[.ringOuts] = 2 * min(byChance, onShift / rules.ronaTimeout.seconds)
    }
    events[.idleLogouts] = 2 * onShift / rules.idleLogout.seconds
    var episodes = 0.0
    for (team, time) in zip(configuration.teams, agentSeconds) {
      let shrinkage = team.behaviour.shrinkage
      let total = shrinkage.reduce(0) { $0 + $1.share }
      guard total > 0 else { continue }
      let rate = shrinkage.reduce(0) { $0 + $1.share / ($1.meanLength.seconds * (1 - total)) }
      episodes += rate * time
    }
    events[.shrinkage] = 2 * episodes
    events[.roster] = roster

    var backOffice = 0.0
    if let incidents = configuration.incidents {
      let escalating = configuration.vocabulary.outcomes(.escalates)
      let escalated = configuration.callTypes.map { $0.outcomes.share(of: escalating) }
      let problems =
        incidents.perCaseworkerHour * onShift / 3600
        + times(inbound, (escalated.max() ?? 0) * incidents.fromEscalated)
      let success = max(configuration.aac?.evaluation.emailSuccess ?? 1, 0.01)
      backOffice += problems * (Double(incidents.local.count) + 8 + 2 / success)
    }
    if let exceptions = configuration.exceptions {
      let nights = (seconds / 86_400).rounded(.up) + 1
      backOffice += 3 * nights * exceptions.reportsPerBatch
    }
    for type in configuration.serviceRequests?.types ?? [] {
      // An SR's arrival, and the end of each activity (and its start after a call).
      let expected = type.arrivals.expectedCalls(from: .zero, to: configuration.duration)
      backOffice += expected * (1 + 2 * Double(type.activities.count))
    }
    if configuration.aac != nil || configuration.exceptions != nil
      || configuration.serviceRequests != nil
    {
      backOffice += Double(configuration.intervalCount)
    }
    events[.backOffice] = backOffice
    return events
  }

  /// `count` × `factor`, where no count is none whatever the factor (not NaN for an infinite
  /// factor).
  static func times(_ count: Double, _ factor: Double) -> Double {
    count == 0 || factor == 0 ? 0 : count * factor
  }

  /// How many times at most a delay drawn from `delay` again and again fits in `seconds`, on
  /// average: seconds ÷ mean + 1 + variance ÷ mean² (Lorden's bound on a renewal count, which
  /// holds however the draws are spread: delays that are mostly near zero with a rare long one
  /// fit many more times than seconds ÷ mean). Infinite for a mean of 0.
  static func repeats(of delay: Distribution, within seconds: Double) -> Double {
    guard delay.mean > 0 else { return .infinity }
    return seconds / delay.mean + 1 + delay.variance / (delay.mean * delay.mean)
  }

  /// How many calls a first attempt makes, redials included: 1 ÷ (1 − q) for a caller who
  /// rings again with probability q after each call — q the likeliest of abandoning's rule and
  /// of each call type's outcomes' (their redial probabilities weighed by their shares) — but
  /// at most 1 + the most times any rule's delay fits in the run (`repeats(of:within:)`).
  static func redialFactor(_ configuration: CentreConfiguration) -> Double {
    let redials = configuration.redials
    let seconds = configuration.duration.seconds
    var likeliest = redials.afterAbandon?.probability ?? 0
    var most = 0.0
    let vocabulary = configuration.vocabulary
    for rule in [redials.afterAbandon] + vocabulary.allOutcomes.map({ redials.rule(after: $0) }) {
      guard let rule, rule.probability > 0 else { continue }
      most = max(most, repeats(of: rule.delay, within: seconds))
    }
    for callType in configuration.callTypes {
      let failing = callType.security?.failShare ?? 0
      let failed = vocabulary.failedSecurity.flatMap { redials.rule(after: $0) }
      var chance = failing * (failed?.probability ?? 0)
      let mix = callType.outcomes.drawn(resolving: vocabulary.resolved)
      for (outcome, share) in zip(mix.outcomes, mix.shares) {
        chance += (1 - failing) * share * (redials.rule(after: outcome)?.probability ?? 0)
      }
      likeliest = max(likeliest, chance)
    }
    guard likeliest > 0 else { return 1 }
    let chain = likeliest >= 1 ? Double.infinity : 1 / (1 - likeliest)
    return min(chain, 1 + most)
  }

  /// How many call-backs a requested one makes, those it brings included: 1 ÷ (1 − q), q the
  /// likeliest share of Call-back Request among the outbound outcomes; at most 1 + the most
  /// times the conversation (security, talk and ACW) of such a call type fits in the run.
  static func callBackChain(_ configuration: CentreConfiguration) -> Double {
    let seconds = configuration.duration.seconds
    var likeliest = 0.0
    var most = 0.0
    for callType in configuration.callTypes {
      let share = callType.outboundOutcomes.share(
        of: configuration.vocabulary.outcomes(.requestsCallBack))
      guard share > 0 else { continue }
      likeliest = max(likeliest, share)
      let parts = [callType.security?.time ?? .fixed(0), callType.talk, callType.acw]
      let mean = parts.reduce(0) { $0 + $1.mean }
      let variance = parts.reduce(0) { $0 + $1.variance }
      most = max(
        most, mean > 0 ? seconds / mean + 1 + variance / (mean * mean) : .infinity)
    }
    guard likeliest > 0 else { return 1 }
    let chain = likeliest >= 1 ? Double.infinity : 1 / (1 - likeliest)
    return min(chain, 1 + most)
  }
}

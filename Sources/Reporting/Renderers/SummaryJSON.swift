import ContactCentre
import SimKernel

/// Renders a run summary as the JSON object of PRODUCT §5 (`summary.json`).
public enum SummaryJSON {
  /// The whole document.
  public static func render(_ summary: RunSummary) -> String {
    document(summary).rendered() + "\n"
  }

  /// The document as a value, keys in contract order; then `projection`, for the rest of a
  /// day from a snapshot (`ccsim run --from`); `precision` last, when the replications were
  /// added until a half-width met its target (`ccsim run --precision`).
  public static func document(_ summary: RunSummary) -> JSONOutput {
    let document = contract(summary)
    guard case .object(var members) = document else { return document }
    if let projection = summary.projection {
      members.append(("projection", ProjectionJSON.value(projection, summary.configuration)))
    }
    guard let precision = summary.precision else { return .object(members) }
    return .object(
      members + [
        (
          "precision",
          .object([
            ("metric", .string(precision.metric.rawValue)),
            ("target", .number(precision.target)),
            ("halfWidth95", .number(precision.halfWidth95)),
            ("reached", .bool(precision.reached)),
            ("replications", .int(summary.replications)),
          ])
        )
      ])
  }

  /// The keys of PRODUCT §5 and those added since, in contract order; then the team leaders'
  /// direct dial, the casegroups' events, the AAC desk, incidents, exception work and service
  /// requests, each only when the scenario has it.
  static func contract(_ summary: RunSummary) -> JSONOutput {
    .object(
      withDirectDial(callCentre(summary), summary) + casegroups(summary) + backOffice(summary))
  }

  /// The keys of PRODUCT §5 and those added since for the calls of the centre.
  static func callCentre(_ summary: RunSummary) -> [(String, JSONOutput)] {
    let configuration = summary.configuration
    let vocabulary = configuration.vocabulary
    let conventions = configuration.conventions
    return [
      ("scenario", .string(configuration.name)),
      ("seed", seed(configuration.seed)),
      ("replications", .int(summary.replications)),
      ("calls", calls(summary.total.calls, conventions)),
      ("metrics", metrics(summary.total.metrics)),
      ("notes", .array(MetricName.notes(summary.total.metrics).map(JSONOutput.string))),
      (
        "agents",
        .object([
          ("autoLogouts", .int(summary.autoLogouts)),
          ("acwTimeouts", .int(summary.acwTimeouts)),
          ("ronaNotReady", .int(summary.ronaNotReady)),
          (
            "redirectedOnNoAnswer",
            .int(summary.runs.reduce(0) { $0 + $1.total.redirectedOnNoAnswer })
          ),
          (
            "idleLoggedOutSeconds",
            .number(
              summary.runs.reduce(0.0) { total, run in
                total + run.agents.reduce(0.0) { $0 + Double($1.idleLoggedOut) / 1e6 }
              })
          ),
        ])
      ),
      ("outcomes", outcomes(summary.outcomes, vocabulary)),
      ("security", security(summary.security)),
      ("transfers", transfers(summary)),
      (
        "interpretation",
        .object([
          ("answered", .int(summary.interpretation.answered)),
          ("handled", .int(summary.interpretation.handled)),
          ("averageHandleTime", estimate(summary.interpretationHandleTime)),
        ])
      ),
      (
        "redials",
        .object([
          ("total", .int(summary.redials.total)),
          ("afterAbandon", .int(summary.redials.afterAbandon)),
          ("afterOutcome", outcomes(summary.redials.afterOutcome, vocabulary)),
        ])
      ),
      ("outbound", outbound(summary.outbound, vocabulary)),
      (
        "queues",
        .object(
          summary.queues.enumerated().map { queue, scope in
            (
              scope.id,
              .object(
                [
                  ("calls", calls(scope.calls, conventions)), ("metrics", metrics(scope.metrics)),
                  ("outcomes", outcomes(scope.outcomes ?? OutcomeCounts(), vocabulary)),
                ] + virtualHold(summary, queue: queue) + blockedQueueFull(summary, queue: queue))
            )
          })
      ),
      (
        "lines",
        .object(
          summary.lines.enumerated().map { index, line in
            (
              line.scope.id,
              .object(
                [
                  ("arrived", .int(line.arrived)),
                  ("ivrHangUps", .int(line.ivrHangUps)),
                  ("inIVRAtEnd", .int(line.inIVRAtEnd)),
                ] + blocked(summary, line: index) + [
                  (
                    "ivrBranches",
                    .object(line.branches.map { (vocabulary.name(of: $0.kind), .int($0.callers)) })
                  ),
                  ("calls", calls(line.scope.calls, conventions)),
                  ("metrics", metrics(line.scope.metrics)),
                  ("outcomes", outcomes(line.scope.outcomes ?? OutcomeCounts(), vocabulary)),
                ])
            )
          })
      ),
      (
        "ivrBranches",
        .object(
          summary.branches.map {
            (
              vocabulary.name(of: $0.kind),
              .object([
                ("calls", calls($0.scope.calls, conventions)),
                ("metrics", metrics($0.scope.metrics)),
              ])
            )
          })
      ),
      (
        "teams",
        .object(
          summary.teams.map { team in
            (
              team.id,
              .object([
                ("agents", .int(team.agents)),
                ("calls", calls(team.calls.calls, conventions)),
                (
                  "metrics",
                  .object(
                    [("occupancy", estimate(team.occupancy))]
                      + [MetricName.averageSpeedOfAnswer, .averageHandleTime].compactMap { name in
                        team.calls.metrics[name].map { (name.rawValue, estimate($0)) }
                      })
                ),
                ("stateSeconds", stateSeconds(team.stateTimes, vocabulary)),
                ("outcomes", outcomes(team.calls.outcomes ?? OutcomeCounts(), vocabulary)),
                ("outboundOutcomes", outcomes(team.outbound.outcomes, vocabulary)),
                ("outbound", outbound(team.outbound, vocabulary)),
              ])
            )
          })
      ),
    ]
  }

  /// Seconds per agent state, NotReady split by reason code, then off shift (LoggedOut is
  /// logged out on shift).
  static func stateSeconds(_ times: StateTimes, _ vocabulary: Vocabulary) -> JSONOutput {
    .object(
      AgentState.allCases.map { state in
        guard state == .notReady else { return (state.reportName, .number(times[state].seconds)) }
        return (
          state.reportName,
          .object(
            vocabulary.allReasons.map {
              (vocabulary.name(of: $0), .number(times[reason: $0].seconds))
            })
        )
      } + [("offShift", .number(times.offShift.seconds))])
  }

  /// A seed as a JSON number when a double holds it exactly, else as a string of digits.
  static func seed(_ seed: UInt64) -> JSONOutput {
    seed <= 1 << 53 ? .int(Int(seed)) : .string(String(seed))
  }

  /// A scope's counts; under other `conventions` than the standard ones, with the counts they
  /// bring into the service level: `abandonedWithinThreshold`, and `missedAtEnd` when answers
  /// count at answer.
  static func calls(
    _ tally: CallTally, _ conventions: ReportingConventions = .standard
  ) -> JSONOutput {
    let chosen = conventions != .standard
    let atAnswer = conventions.answeredCounted == .atAnswer
    return .object(
      [
        ("offered", .int(tally.offered)),
        ("answered", .int(tally.answered)),
        ("abandoned", .int(tally.abandoned)),
        ("shortAbandoned", .int(tally.shortAbandoned)),
        ("answeredWithinThreshold", .int(tally.answeredWithinThreshold)),
      ]
        + (chosen ? [("abandonedWithinThreshold", .int(tally.abandonedWithinThreshold))] : [])
        + [
          ("waited", .int(tally.waited)),
          ("notOfferedAtOnce", .int(tally.notOfferedAtOnce)),
          ("redirectedOnNoAnswer", .int(tally.redirectedOnNoAnswer)),
          ("transferred", .int(tally.transferred)),
          ("unresolvedAtEnd", .int(tally.unresolvedAtEnd)),
        ]
        + (atAnswer ? [("missedAtEnd", .int(tally.missedAtEnd))] : [])
        + [
          ("handled", .int(tally.handled)),
          ("redials", .int(tally.redials)),
          ("firstAttempts", .int(tally.offered - tally.redials - tally.transferLegs)),
          ("transferLegs", .int(tally.transferLegs)),
        ])
  }

  /// Every outcome of the vocabulary (the seeds' 19 by default), zeros included, in its order:
  /// a stable shape.
  static func outcomes(_ counts: OutcomeCounts, _ vocabulary: Vocabulary) -> JSONOutput {
    .object(vocabulary.allOutcomes.map { (vocabulary.name(of: $0), .int(counts[$0])) })
  }

  /// Failed checks, SASC reports (the failed checks reported and the calls closed as bogus
  /// calls) and bogus caller forms with their SCINs.
  static func security(_ tally: SecurityTally) -> JSONOutput {
    .object([
      ("failedChecks", .int(tally.failedChecks)),
      ("sascReports", .int(tally.sascReports)),
      ("bogusCallerForms", .int(tally.bogusCallerForms.count)),
      ("bogusCallerScins", .array(tally.bogusCallerForms.map { .int($0) })),
    ])
  }

  /// Call-backs, activity plans, dialling and outcomes of outbound calls.
  static func outbound(_ summary: OutboundSummary, _ vocabulary: Vocabulary) -> JSONOutput {
    let tally = summary.tally
    return .object([
      ("callBacksRequested", .int(tally.callBacksRequested)),
      ("planned", .int(tally.planned)),
      ("suppressed", .int(tally.suppressed)),
      ("dialled", .int(tally.dialled)),
      ("connected", .int(tally.connected)),
      ("retries", .int(tally.retries)),
      ("callBacksOnTime", .int(tally.callBacksOnTime)),
      ("callBacksLate", .int(tally.callBacksLate)),
      ("notMade", .int(tally.notMade)),
      ("handled", .int(tally.handled)),
      ("averageHandleTime", estimate(summary.averageHandleTime)),
      ("outcomes", outcomes(summary.outcomes, vocabulary)),
    ])
  }

  static func metrics(_ metrics: [MetricName: Estimate]) -> JSONOutput {
    .object(
      MetricName.allCases.compactMap { name in
        metrics[name].map { (name.rawValue, estimate($0)) }
      })
  }

  /// A line's `blocked`: callers who found every trunk busy or their queue full, and the
  /// blocking probability — only when the scenario has trunks or a queue limit, so that other
  /// scenarios' files stay as they were.
  static func blocked(_ summary: RunSummary, line: Int) -> [(String, JSONOutput)] {
    guard summary.countsBlocking else { return [] }
    let blocking = summary.blocking(line: line)
    return [
      (
        "blocked",
        .object([
          ("trunks", .int(blocking.trunks)), ("queueFull", .int(blocking.queueFull)),
          ("probability", estimate(blocking.probability)),
        ])
      )
    ]
  }

  /// A queue's `blockedQueueFull`: callers it turned away full — only for a queue with a limit.
  static func blockedQueueFull(_ summary: RunSummary, queue: Int) -> [(String, JSONOutput)] {
    guard summary.configuration.plans[queue].maxWaiting != nil else { return [] }
    return [("blockedQueueFull", .int(summary.blockedQueueFull(queue: queue)))]
  }

  static func estimate(_ estimate: Estimate) -> JSONOutput {
    .object([("mean", .number(estimate.mean)), ("halfWidth95", .number(estimate.halfWidth95))])
  }

  /// `transfers`; `takenBack` only when some call type's warm transfers take the caller back
  /// after the hold (the format's default), so that other scenarios' files stay as they were.
  static func transfers(_ summary: RunSummary) -> JSONOutput {
    let transfers = summary.transfers
    var members: [(String, JSONOutput)] = [
      ("warm", .int(transfers.warm)),
      ("cold", .int(transfers.cold)),
      ("toFallback", .int(transfers.toFallback)),
      ("handedOver", .int(transfers.handedOver)),
    ]
    if summary.configuration.callTypes.contains(where: { $0.transfer?.takesBack == true }) {
      members.append(("takenBack", .int(transfers.takenBack)))
    }
    members.append(("averageConsultSeconds", estimate(summary.averageConsultTime)))
    return .object(members)
  }

  /// `members` with `directDial` after `transfers`, only when some line rings a team leader's
  /// direct-dial number.
  static func withDirectDial(
    _ members: [(String, JSONOutput)], _ summary: RunSummary
  ) -> [(String, JSONOutput)] {
    guard summary.configuration.lines.contains(where: { $0.directDial != nil }),
      let transfers = members.firstIndex(where: { $0.0 == "transfers" })
    else { return members }
    let tally = summary.directDial
    var result = members
    result.insert(
      (
        "directDial",
        .object([
          ("offered", .int(tally.offered)),
          ("answered", .int(tally.answered)),
          ("toVoicemail", .int(tally.toVoicemail)),
          ("toPlan", .int(tally.toPlan)),
        ])
      ), at: transfers + 1)
    return result
  }
}

import ContactCentre
import SimKernel

extension SummaryJSON {
  /// `aac`, `incidents`, `exceptions` and `serviceRequests`, those the scenario has.
  static func backOffice(_ summary: RunSummary) -> [(String, JSONOutput)] {
    var members: [(String, JSONOutput)] = []
    if let aac = summary.aac { members.append(("aac", self.aac(aac))) }
    if let incidents = summary.incidents {
      members.append(("incidents", self.incidents(incidents, summary.configuration)))
    }
    if let exceptions = summary.exceptions {
      members.append(("exceptions", self.exceptions(exceptions, summary.configuration)))
    }
    if let serviceRequests = summary.serviceRequests {
      members.append(
        ("serviceRequests", self.serviceRequests(serviceRequests, summary.configuration)))
    }
    return members
  }

  /// Per area, keyed by its incident-number prefix: name, line, calls, service level and ASA.
  static func aac(_ aac: AACSummary) -> JSONOutput {
    .object(
      aac.areas.map { area in
        let calls = area.calls.calls
        return (
          area.prefix,
          .object([
            ("prefix", .string(area.prefix)),
            ("name", .string(area.name)),
            ("line", .string(area.calls.id)),
            ("offered", .int(calls.offered)),
            ("answered", .int(calls.answered)),
            ("abandoned", .int(calls.abandoned)),
            ("serviceLevel", estimate(area.calls.metrics[.serviceLevel] ?? .none)),
            (
              "averageSpeedOfAnswer",
              estimate(area.calls.metrics[.averageSpeedOfAnswer] ?? .none)
            ),
          ])
        )
      })
  }

  /// Problems, local solutions, incidents raised and what became of them, caseworker time and
  /// the backlog.
  static func incidents(_ summary: IncidentSummary, _ configuration: CentreConfiguration)
    -> JSONOutput
  {
    let tally = summary.tally
    var members: [(String, JSONOutput)] = [
      ("problems", .int(tally.problems)),
      ("fromEscalated", .int(tally.fromEscalated)),
      (
        "solvedLocally",
        .object(
          Incidents.LocalStep.allCases.map { ($0.key, .int(tally.solvedLocally[$0.rawValue])) })
      ),
      ("raised", .int(tally.raised)),
      ("raisedFromThisCentre", .int(tally.raisedFromThisCentre)),
      ("raisedFromOtherAreas", .int(tally.raisedFromOtherAreas)),
      ("raisedPerReplication", estimate(summary.raisedPerReplication)),
      (
        "rejected",
        .object(
          tally.rejected.indices.map { (summary.rejectReason($0), .int(tally.rejected[$0])) }
            + [("total", .int(summary.rejected))])
      ),
      ("resolvedInCall", .int(tally.resolvedInCall)),
      ("resolvedByCallBack", .int(tally.resolvedByCallBack)),
      ("resolvedByEmail", .int(tally.resolvedByEmail)),
      ("callBacksArranged", .int(tally.callBacksArranged)),
      ("callBacksMade", .int(tally.callBacksMade)),
      (
        "assigned",
        .object(
          summary.expertDomains.indices.map {
            (summary.expertDomains[$0], .int(tally.assigned[$0]))
          }
            + [("total", .int(summary.assigned))])
      ),
      ("escalations", .int(tally.escalations)),
      ("emailsAnswered", .int(tally.emailsAnswered)),
      ("emailsAnsweredLate", .int(tally.emailsAnsweredLate)),
      ("averageTimeToResolveSeconds", estimate(summary.averageTimeToResolve)),
      ("caseworkerHours", .number(summary.caseworkerHours)),
      ("caseworkerHoursPerReplication", estimate(summary.caseworkerHoursPerReplication)),
      ("lockedCalls", .int(tally.lockedCalls)),
      ("problemsOpenAtEnd", .int(tally.problemsOpenAtEnd)),
      ("openAtEnd", .int(tally.openAtEnd)),
    ]
    if configuration.incidents?.parksWithAdvice == true {
      members.append(
        (
          "adviceAndGuidance",
          .object([
            ("requested", .int(tally.adviceRequested)),
            ("urgent", .int(tally.adviceUrgent)),
            ("answered", .int(tally.adviceAnswered)),
            ("outstandingAtEnd", .int(tally.adviceOutstandingAtEnd)),
          ])
        ))
    }
    members.append(("backlog", backlog(summary.backlog, configuration)))
    return .object(members)
  }

  /// Failure reports by reason, triage, the caseworkers' work items and the backlog.
  static func exceptions(_ summary: ExceptionSummary, _ configuration: CentreConfiguration)
    -> JSONOutput
  {
    let tally = summary.tally
    return .object([
      (
        "reports",
        .object(
          tally.reports.indices.map { (summary.reason($0), .int(tally.reports[$0])) }
            + [("total", .int(summary.reports))])
      ),
      ("technicalSkips", .int(tally.technicalSkips)),
      ("amsFixed", .int(tally.amsFixed)),
      ("amsClerical", .int(tally.amsClerical)),
      ("toCaseworker", .int(tally.toCaseworker)),
      ("worked", .int(tally.worked)),
      ("caseworkerHours", .number(summary.caseworkerHours)),
      ("caseworkerHoursPerReplication", estimate(summary.caseworkerHoursPerReplication)),
      ("openAtEnd", .int(tally.openAtEnd)),
      ("backlog", backlog(summary.backlog, configuration)),
    ])
  }

  /// One `{"intervalStart": "HH:MM", "open": mean}` per reporting interval.
  static func backlog(_ backlog: Backlog, _ configuration: CentreConfiguration) -> JSONOutput {
    .array(
      backlog.open.enumerated().map { interval, open in
        .object([
          (
            "intervalStart",
            .string(
              Formatting.clock(configuration.startOfDay + configuration.interval * Int64(interval)))
          ),
          ("open", .number(open)),
        ])
      })
  }
}

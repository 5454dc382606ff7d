import ContactCentre
import SimKernel

/// Renders trace records as JSON Lines: one object per event, with the seconds since the start,
/// the clock time, the event and what it is about, named as the scenario names it.
public struct TraceJSONL: Sendable {
  let configuration: CentreConfiguration
  let roster: [CentreConfiguration.RosterSlot]

  public init(configuration: CentreConfiguration) {
    self.configuration = configuration
    roster = configuration.roster
  }

  /// One line (with its newline).
  public func line(_ record: TraceRecord) -> String {
    let seconds = Double(record.time.microseconds) / 1e6
    let clock = Formatting.clockSeconds(
      configuration.startOfDay + SimDuration(microseconds: record.time.microseconds))
    var fields: [(String, JSONOutput)] = [
      ("t", .number(seconds)), ("clock", .string(clock)), ("event", .string(record.kind)),
    ]
    if let subject = subject(record) { fields.append(subject) }
    if let state = record.state {
      // Logged out and off shift is no state CC Pulse shows: the trace names it apart.
      let offShift = state == .loggedOut && record.onShift == false
      fields.append(("state", .string(offShift ? "offShift" : state.reportName)))
    }
    if let reason = record.reason {
      fields.append(("reason", .string(configuration.vocabulary.name(of: reason))))
    }
    return JSONOutput.object(fields).compact() + "\n"
  }

  /// What the event is about: a line, a call slot, an agent, a team, a roster entry, an
  /// incident (its index in the run's order), a reporting interval (the backlog's sample), a
  /// service request type or a change of casegroups' holders (its place in time order); nil for
  /// the nightly exception batch, which is about nothing in particular.
  func subject(_ record: TraceRecord) -> (String, JSONOutput)? {
    let index = record.subject
    switch record.kind {
    case "arrival":
      return ("line", .string(configuration.lines[index].id))
    case "redial", "leaveIVR", "callTimer":
      return ("call", .int(index))
    case "idleCheck", "shrinkage", "exceptionItem":
      return ("team", .string(configuration.teams[index].id))
    case "incident":
      return ("incident", .int(index))
    case "backlog":
      return ("interval", .int(index))
    case "serviceRequest":
      return ("serviceRequestType", .string(configuration.serviceRequests?.types[index].name ?? ""))
    case "casegroupsChange":
      return ("change", .int(index))
    case "exceptionBatch":
      return nil
    case "roster":
      return ("rosterEntry", .int(index))
    case "activityPlan":
      return ("activityPlan", .int(index))
    case "outboundRetry":
      return ("outboundItem", .int(index))
    default:
      return ("agent", .string(agentName(index)))
    }
  }

  /// An agent slot's staff number, else name, else team/shift/place.
  func agentName(_ slot: Int) -> String {
    configuration.agentLabel(roster[slot])
  }
}

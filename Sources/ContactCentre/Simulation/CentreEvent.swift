import SimKernel

/// The closed set of events of the contact-centre model. Each carries one index; an event that
/// may be overtaken (a caller answered before their patience ran out, a NotReady period cut
/// short at shift end) is a timer and carries its token (`TimerTokens`): a stale one is
/// ignored, so nothing is ever cancelled in the event list.
public enum CentreEvent: Sendable, Equatable, BitwiseCopyable {
  /// The next caller rings the line with this index.
  case arrival(line: Int32)
  /// The caller waiting in this call slot rings again.
  case redial(call: Int32)
  /// The caller in this call slot leaves the IVR.
  case leaveIVR(call: Int32)
  /// The call in this slot reaches the next step of its routing plan, the end of its caller's
  /// patience or its plan's call-back offer, whichever comes first (one timer per call).
  case callTimer(call: Int32, token: UInt32)
  /// The call offered to this agent rings out (RONA), or is picked up (a call whose caller
  /// might hang up while it rings).
  case ringEnd(agent: Int32, token: UInt32)
  /// The agent has answered, talked and wrapped up the call (ACW up to the limit): one event
  /// for the whole of a call that nothing can interrupt.
  case handlingEnd(agent: Int32, token: UInt32)
  /// The agent has talked on a call that is to be transferred.
  case transferStart(agent: Int32, token: UInt32)
  /// The agent who held a warm transfer has consulted the recipient, or held the caller as
  /// long as they may.
  case consultEnd(agent: Int32, token: UInt32)
  /// The agent finishes After Call Work on a transferred call.
  case wrapUpEnd(agent: Int32, token: UInt32)
  /// The agent's outbound call and its wrap-up end.
  case outboundEnd(agent: Int32, token: UInt32)
  /// An outbound call not answered is due to be tried again.
  case outboundRetry(item: Int32)
  /// An activity plan's next call falls due.
  case activityPlan(plan: Int32)
  /// The agent's NotReady period ends.
  case notReadyEnd(agent: Int32, token: UInt32)
  /// The caseworker, Available with clerical work waiting from a cut ACW, means to put
  /// themselves NotReady – Customer Related Clerical Work now (if still Ready, and still due).
  case clericalDue(agent: Int32)
  /// The agent at the head of this team's Ready line may have been Ready for the idle-logout
  /// time.
  case idleCheck(team: Int32, token: UInt32)
  /// The agent logs back in after an idle logout.
  case login(agent: Int32, token: UInt32)
  /// The roster's next shift start or end or scheduled NotReady period (entry `index` of the
  /// roster's timetable): one pending at a time, so that a month of shifts and breaks does not
  /// fill the event list.
  case roster(index: Int32)
  /// An episode of this team's unscheduled NotReady time (`ShrinkagePools`).
  case shrinkage(team: Int32, token: UInt32)
  /// A caseworker's next problem arises (`Incidents`).
  case problem(agent: Int32, token: UInt32)
  /// An incident's next step falls due (approval, evaluation, call-back, email).
  case incident(index: Int32)
  /// The nightly case-closure batch, and a work item reaching a team.
  case exceptionBatch(night: Int32)
  case exceptionItem(team: Int32)
  /// A service request of this type arises.
  case serviceRequest(type: Int32)
  /// A scenario's event moves, orphans or recovers casegroups (`CasegroupOwnership`): case
  /// owning SRs follow their casegroups (`index`: the change's place in time order).
  case casegroupsChange(index: Int32)
  /// The end of a reporting interval: the back-office backlogs are sampled.
  case backlog(interval: Int32)
}

extension CentreEvent {
  /// The event's name in the trace, and the index it is about (a line, a call slot, an agent
  /// slot, a team, a roster entry, an activity plan, an outbound item, an incident, a night or
  /// an interval, by kind).
  var traceName: (kind: String, subject: Int32) {
    switch self {
    case .arrival(let line): ("arrival", line)
    case .redial(let call): ("redial", call)
    case .leaveIVR(let call): ("leaveIVR", call)
    case .callTimer(let call, _): ("callTimer", call)
    case .ringEnd(let agent, _): ("ringEnd", agent)
    case .handlingEnd(let agent, _): ("handlingEnd", agent)
    case .transferStart(let agent, _): ("transferStart", agent)
    case .consultEnd(let agent, _): ("consultEnd", agent)
    case .wrapUpEnd(let agent, _): ("wrapUpEnd", agent)
    case .outboundEnd(let agent, _): ("outboundEnd", agent)
    case .outboundRetry(let item): ("outboundRetry", item)
    case .activityPlan(let plan): ("activityPlan", plan)
    case .notReadyEnd(let agent, _): ("notReadyEnd", agent)
    case .clericalDue(let agent): ("clericalDue", agent)
    case .idleCheck(let team, _): ("idleCheck", team)
    case .login(let agent, _): ("login", agent)
    case .roster(let index): ("roster", index)
    case .shrinkage(let team, _): ("shrinkage", team)
    case .problem(let agent, _): ("problem", agent)
    case .incident(let index): ("incident", index)
    case .exceptionBatch(let night): ("exceptionBatch", night)
    case .exceptionItem(let team): ("exceptionItem", team)
    case .serviceRequest(let type): ("serviceRequest", type)
    case .casegroupsChange(let index): ("casegroupsChange", index)
    case .backlog(let interval): ("backlog", interval)
    }
  }

  /// The event as a line of the trace.
  func traceRecord(at time: SimInstant) -> TraceRecord {
    let (kind, subject) = traceName
    return TraceRecord(
      time: time, kind: kind, subject: Int(subject), state: nil, reason: nil, onShift: nil)
  }
}

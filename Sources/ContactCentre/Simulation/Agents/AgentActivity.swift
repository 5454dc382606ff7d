import SimKernel

/// What an agent is doing, with what that needs: the call in hand, until when, why. One value per
/// agent (`Agent.activity`), changed only by `AgentFloor.move`, which checks the change against
/// the legal transitions (`AgentActivity.Kind`), accounts the time spent in the old activity
/// and records the change.
///
/// The state CC Pulse shows (`AgentState`) is derived from the activity at any instant: a call
/// that nothing can interrupt (`handling`) knows ahead when its agent answers, stops talking and
/// finishes wrapping up, so it needs one event, not three.
enum AgentActivity: BitwiseCopyable, Equatable {
  /// Off shift: not logged in, and not due to be (before the shift, after it).
  case offShift
  /// Logged out while on shift: by the idle timer, and not yet back.
  case loggedOut
  /// Ready (Available): in the team's Ready line, waiting for a call.
  case ready
  /// A call in `call`'s slot rings at the phone until `until`: picked up then, unless the agent
  /// misses it (`missing`) and it rings out (RONA).
  case ringing(call: UInt32, until: SimInstant, missing: Bool)
  /// A call nothing can interrupt: it rings until `answer`, the agent talks until `talkEnd` and
  /// wraps up until `done` (`done == talkEnd`: no wrap-up, or a transfer follows the talk).
  case handling(call: UInt32, answer: SimInstant, talkEnd: SimInstant, done: SimInstant)
  /// Holding a transferred caller (the leg in slot `heldLeg`, −1 once the recipient answered)
  /// or consulting the recipient, until `until`.
  case consulting(call: UInt32, heldLeg: Int32, until: SimInstant)
  /// After Call Work on a call whose caller has gone on (a transfer), until `until`.
  case wrappingUp(call: UInt32, until: SimInstant)
  /// An outbound call (the work item in slot `item`): dialling and talking until `talkEnd`,
  /// wrap-up until `done`.
  case outbound(item: Int32, talkEnd: SimInstant, done: SimInstant)
  /// NotReady with `reason`, because of `cause`, until `until` (the distant future: until
  /// something else happens).
  case notReady(NotReadyReason, NotReadyCause, until: SimInstant)

  /// The state CC Pulse shows at `now` (no earlier than the activity began), with the NotReady
  /// reason.
  @inline(__always)
  func state(at now: SimInstant) -> (state: AgentState, reason: NotReadyReason?) {
    switch self {
    case .offShift, .loggedOut: (.loggedOut, nil)
    case .ready: (.ready, nil)
    case .ringing: (.reserved, nil)
    case .handling(_, let answer, let talkEnd, _):
      (now < answer ? .reserved : now < talkEnd ? .talking : .afterCallWork, nil)
    case .consulting: (.consulting, nil)
    case .wrappingUp: (.afterCallWork, nil)
    case .outbound(_, let talkEnd, _): (now < talkEnd ? .talkingOutbound : .afterCallWork, nil)
    case .notReady(let reason, _, _): (.notReady, reason)
    }
  }

  /// When the state shown at `now` began, for an activity that began at `since`.
  func stateBegan(at now: SimInstant, since: SimInstant) -> SimInstant {
    switch self {
    case .handling(_, let answer, let talkEnd, _):
      now < answer ? since : now < talkEnd ? answer : talkEnd
    case .outbound(_, let talkEnd, _): now < talkEnd ? since : talkEnd
    case .offShift, .loggedOut, .ready, .ringing, .consulting, .wrappingUp, .notReady: since
    }
  }

  /// Off shift (logged out, not due to be logged in): its time has a state-time bucket of its
  /// own (`StateTimes`).
  @inline(__always) var isOffShift: Bool {
    if case .offShift = self { return true }
    return false
  }

  /// The call slot in hand (ringing, handling, consulting or wrapping up), if any.
  var call: Int? {
    switch self {
    case .ringing(let call, _, _), .handling(let call, _, _, _), .consulting(let call, _, _),
      .wrappingUp(let call, _):
      Int(call)
    case .offShift, .loggedOut, .ready, .outbound, .notReady: nil
    }
  }

  /// When the activity ends by itself (its timer), or the distant future.
  var until: SimInstant {
    switch self {
    case .ringing(_, let until, _), .consulting(_, _, let until), .wrappingUp(_, let until),
      .notReady(_, _, let until):
      until
    case .handling(_, _, _, let done), .outbound(_, _, let done): done
    case .offShift, .loggedOut, .ready: .distantFuture
    }
  }
}

/// Why an agent is NotReady: what they are doing away from the phone, which decides what may
/// interrupt or follow it.
enum NotReadyCause: UInt8, BitwiseCopyable, CaseIterable {
  /// A scheduled period of the roster: a break, lunch, coaching, training.
  case scheduled
  /// Unscheduled time (shrinkage); an agent on it lets the team's next episode pass.
  case unscheduled
  /// After letting an offered call ring out (the team's `afterMiss`).
  case afterMiss
  /// Wrap-up that ran past the ACW limit, carried on as clerical work (Customer Related
  /// Clerical Work).
  case clerical
  /// A team leader who takes no calls.
  case teamLeader
  /// A problem or an incident of the caseworker's: local steps, the call to AAC, an email.
  case incident
  /// A case-closure exception work item.
  case exception
  /// An activity of a service request's plan.
  case serviceRequest
  /// Placed so by a routing check.
  case placed
}

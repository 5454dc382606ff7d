import SimKernel

/// One call in flight, held in a reusable slot of the centre's call table.
struct Call: BitwiseCopyable {
  enum Phase: UInt8, BitwiseCopyable {
    case free
    case inIVR
    case waiting
    case ringing
    case talking
    case wrappingUp
    /// Not a call yet: a caller who will ring again (`CentreEvent.redial`).
    case awaitingRedial
  }

  var phase = Phase.free
  /// Counted in the statistics: it arrived after the warm-up.
  var counted = false
  /// The caller is ringing again (a redial), and, while awaiting the redial, why.
  var isRedial = false
  var redialAfterAbandon = false
  /// A transferred caller's new leg, and (warm) the agent holding them until it is answered.
  var isTransferLeg = false
  var holder: Int32 = -1
  /// The caller needs the interpretation service.
  var interpreted = false
  /// How the call will close (drawn when the caller rang: common random numbers).
  var outcome = Outcome.callResolved
  /// Changes whenever the call (re)enters its waiting lists or the slot is reused, so that
  /// stale list entries are recognised.
  var ticket: UInt32 = 0
  var line: Int32 = 0
  var callType: Int32 = 0
  /// Index of the IVR branch kind, or −1 with no IVR.
  var branch: Int8 = -1
  /// The IVR branch's position in the centre's layout (for a redial), −1 with no IVR.
  var branchIndex: Int16 = -1
  var plan: Int32 = 0
  /// The index (within its plan) of the last routing step reached, and the steps that took
  /// effect (bit k: step k), so that a call that rang out can be put back in its lists.
  var step: Int32 = 0
  var appliedSteps: UInt64 = 0
  /// Its tally of queue and reporting interval (`Centre.callTallies`), once it queues.
  var tally: Int32 = 0
  /// The casegroup owner (agent), −1 when none or orphaned; their team and segment, −1 if none.
  var owner: Int32 = -1
  /// The casegroup (its number stands for the caller's SCIN), −1 when none.
  var casegroup: Int32 = -1
  var ownerTeam: Int32 = -1
  var ownerSegment: Int32 = -1
  /// The agent the call is offered to or talking with.
  var agent: Int32 = -1
  var caller: UInt64 = 0
  /// When the caller rang the line.
  var arrivedAt = SimInstant.zero
  /// Times it rang out at an agent (RONA).
  var ronas: UInt8 = 0
  var queuedAt = SimInstant.zero
  var abandonAt = SimInstant.distantFuture
  var nextStepAt = SimInstant.distantFuture
  /// When the call's one pending timer event is due (the next step or the end of patience).
  var timerAt = SimInstant.distantFuture
  var wait = SimDuration.zero
  /// Talk time, identification included.
  var talk = SimDuration.zero
  var acw = SimDuration.zero
}

import SimKernel

/// One call in flight, held in a reusable slot of the centre's call table.
///
/// Its fields are ordered by size and its flags packed, so that it stays within 128 bytes: the
/// hot path copies calls, and bigger values are copied by a call to `memcpy`.
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

  /// The steps that took effect (bit k: step k), so that a call that rang out can be put back
  /// in its lists.
  var appliedSteps: UInt64 = 0
  var caller: UInt64 = 0
  var queuedAt = SimInstant.zero
  var abandonAt = SimInstant.distantFuture
  var nextStepAt = SimInstant.distantFuture
  /// When the call's one pending timer event is due (the next step or the end of patience).
  var timerAt = SimInstant.distantFuture
  var wait = SimDuration.zero
  /// Talk time, identification (and security questions, interpreting) included.
  var talk = SimDuration.zero
  var acw = SimDuration.zero

  /// Changes whenever the call (re)enters its waiting lists or the slot is reused, so that
  /// stale list entries are recognised.
  var ticket: UInt32 = 0
  var line: Int32 = 0
  var callType: Int32 = 0
  var plan: Int32 = 0
  /// Its tally of queue and reporting interval (`Recorder.callTallies`), once it queues.
  var tally: Int32 = 0
  /// The casegroup owner (agent), −1 when none or orphaned; their team, −1 if none (the
  /// owner's segment is the team's: `CentreLayout.segment(ofOwnerTeam:)`).
  var owner: Int32 = -1
  var ownerTeam: Int32 = -1
  /// The casegroup (its number stands for the caller's SCIN), −1 when none.
  var casegroup: Int32 = -1
  /// The agent the call is offered to or talking with.
  var agent: Int32 = -1
  /// A transfer leg's caseworker holding the caller until it is answered (warm), an incident
  /// call's incident (`isIncidentCall`), else −1.
  var holder: Int32 = -1
  /// How long before queuing the caller rang (the IVR), milliseconds: see `arrivedAt`.
  private var ringedBefore: Int32 = 0
  /// The IVR branch's position in the centre's layout (for a redial), −1 with no IVR.
  var branchIndex: Int16 = -1

  var phase = Phase.free
  /// How the call will close (drawn when the caller rang: common random numbers).
  var outcome = Outcome(0)
  /// Index of the IVR branch kind in the vocabulary, or −1 with no IVR.
  var branch: Int8 = -1
  /// The index (within its plan) of the last routing step reached.
  var step: Int8 = 0
  /// Times it rang out at an agent (RONA).
  var ronas: UInt16 = 0
  private var flags: UInt16 = 0

  /// Counted in the statistics: it arrived after the warm-up.
  var counted: Bool {
    get { flag(0) }
    set { setFlag(0, newValue) }
  }
  /// The caller is ringing again (a redial), and, while awaiting the redial, why.
  var isRedial: Bool {
    get { flag(1) }
    set { setFlag(1, newValue) }
  }
  var redialAfterAbandon: Bool {
    get { flag(2) }
    set { setFlag(2, newValue) }
  }
  /// The caller needs the interpretation service.
  var interpreted: Bool {
    get { flag(3) }
    set { setFlag(3, newValue) }
  }
  /// A transferred caller's new leg.
  var isTransferLeg: Bool {
    get { flag(4) }
    set { setFlag(4, newValue) }
  }
  /// A call to the Area Advice Centre about an incident (`holder` is then the incident's
  /// index): the caller, a caseworker, never hangs up.
  var isIncidentCall: Bool {
    get { flag(5) }
    set { setFlag(5, newValue) }
  }

  /// Offered to an agent the moment it entered its queue (a Ready agent was found): it did
  /// not queue. Set on queue entry; a later RONA does not change it.
  var offeredAtOnce: Bool {
    get { flag(6) }
    set { setFlag(6, newValue) }
  }

  /// Its plan's call-back offer (virtual hold) was made: the caller was still waiting at the
  /// plan's `offerAfter`.
  var holdOffered: Bool {
    get { flag(7) }
    set { setFlag(7, newValue) }
  }
  /// The caller accepted the call-back: they hung up and keep their place (no patience); the
  /// agent who takes the call dials them (`Centre.callBack`).
  var onVirtualHold: Bool {
    get { flag(8) }
    set { setFlag(8, newValue) }
  }
  /// The caller holds one of their line's trunks (`Trunks`) until this call (or its transfer
  /// leg, which inherits it) ends.
  var holdsTrunk: Bool {
    get { flag(9) }
    set { setFlag(9, newValue) }
  }

  /// Whether the call is still waiting with `ticket` (a waiting-list entry is still valid).
  @inline(__always) func isWaiting(ticket: UInt32) -> Bool {
    phase == .waiting && self.ticket == ticket
  }

  /// When the caller rang the line (set it after `queuedAt`).
  var arrivedAt: SimInstant {
    get { queuedAt - SimDuration(microseconds: Int64(ringedBefore) * 1000) }
    set { ringedBefore = Int32(clamping: (queuedAt - newValue).microseconds / 1000) }
  }

  @inline(__always) private func flag(_ bit: UInt8) -> Bool { flags & (1 << bit) != 0 }

  @inline(__always) private mutating func setFlag(_ bit: UInt8, _ value: Bool) {
    if value { flags |= 1 << bit } else { flags &= ~(1 << bit) }
  }
}

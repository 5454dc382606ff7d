import SimKernel

/// One agent's telephony state, held in the centre's agent table.
struct Agent: BitwiseCopyable {
  let team: Int32
  /// Which shift of the team, and the agent's place on it (for staggered breaks).
  let shift: Int32
  let place: Int32
  let isLeader: Bool
  var state = AgentState.loggedOut
  var reason = NotReadyReason.breakTime
  /// When the agent entered `state`.
  var since = SimInstant.zero
  /// When the current timed state (ringing, NotReady) ends; stale timer events do not match.
  var timerAt = SimInstant.distantFuture
  /// The call slot of the call offered, talked or wrapped up.
  var call: UInt32 = 0
  /// When the agent answers the call in hand, while handling it (`Centre.handle`); the
  /// distant future otherwise.
  var answerAt = SimInstant.distantFuture
  /// The outbound work item being dialled or talked, −1 when none.
  var outboundItem: Int32 = -1
  /// The transfer leg (call slot) whose caller the agent holds while it waits for a recipient
  /// (state Consulting), −1 when none.
  var heldLeg: Int32 = -1
  /// On a case-closure exception work item (NotReady), for the team's reserve count.
  var onException = false
  /// Whether the offered call will ring out.
  var missing = false
  /// Between shift start and shift end.
  var onShift = false
  /// Logged out by the idle timer (and not yet back).
  var idleLoggedOut = false
  /// Changes each time the agent becomes Ready, to recognise stale Ready-list entries.
  var readyEpoch: UInt32 = 0
  /// What to do when the current call or NotReady ends: log out, a break, unscheduled time.
  var pendingLogout = false
  var pendingBreak: Int16 = -1
  var pendingShrinkage: Int8 = -1
  /// The length of the pending unscheduled time (drawn when the episode fell).
  var pendingShrinkageLength = SimDuration.zero
  /// On unscheduled NotReady time (shrinkage) now.
  var unscheduled = false
  /// Clerical work left after ACW was cut at the limit.
  var clericalLeft = SimDuration.zero

  init(team: Int, shift: Int, place: Int, isLeader: Bool) {
    self.team = Int32(team)
    self.shift = Int32(shift)
    self.place = Int32(place)
    self.isLeader = isLeader
  }
}

/// A Ready agent in a team's Ready line, valid while the agent is still in that Ready stint.
struct ReadyEntry: BitwiseCopyable {
  var agent: Int32
  var epoch: UInt32
}

import SimKernel

/// One agent slot (an agent on one shift) in the agent table: who they are, what they are
/// doing, and what they will do once free.
struct Agent: BitwiseCopyable {
  /// What the agent will do when the work in hand ends: log out (their shift has ended), take a
  /// scheduled period, take unscheduled time, or carry on wrap-up that ran past the ACW limit.
  struct Plans: BitwiseCopyable {
    var logout = false
    /// The index of the scheduled NotReady period of the shift, −1 when none.
    var scheduledPeriod: Int16 = -1
    /// The shrinkage rule of the team, −1 when none, and the episode's length (drawn when the
    /// episode fell).
    var shrinkageRule: Int8 = -1
    var shrinkageLength = SimDuration.zero
    /// Clerical work left after ACW was cut at the limit.
    var clerical = SimDuration.zero
    /// Clerical work from a cut ACW waiting while the caseworker is Available, and when they
    /// mean to put themselves NotReady for it (`AgentBehaviour.clericalNotReadyDelay`);
    /// `.distantFuture` when nothing waits so.
    var waitingClerical = SimDuration.zero
    var clericalDue = SimInstant.distantFuture
  }

  let team: Int32
  /// Which shift of the team (its index over all teams' shifts), and the place on it (for
  /// staggered breaks).
  let shift: Int32
  let place: Int32
  /// Whether the agent takes calls: not a team leader who takes none (`Team.takesCalls`).
  let takesCalls: Bool
  var activity = AgentActivity.offShift
  /// When the activity began.
  var since = SimInstant.zero
  /// Between shift start and shift end.
  var onShift = false
  /// Changes each time the agent becomes Ready, to recognise stale Ready-line entries.
  var readyEpoch: UInt32 = 0
  var plans = Plans()

  init(team: Int, shift: Int, place: Int, takesCalls: Bool) {
    self.team = Int32(team)
    self.shift = Int32(shift)
    self.place = Int32(place)
    self.takesCalls = takesCalls
  }

  /// Ready now.
  @inline(__always) var isReady: Bool {
    if case .ready = activity { return true }
    return false
  }

  /// Off shift now (logged out, not due to be logged in).
  @inline(__always) var isOffShift: Bool { activity.isOffShift }
}

/// A Ready agent in a team's Ready line, valid while the agent is still in that Ready stint.
struct ReadyEntry: BitwiseCopyable {
  var agent: Int32
  var epoch: UInt32
}

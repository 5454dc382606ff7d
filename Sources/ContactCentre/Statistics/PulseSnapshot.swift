import SimKernel

/// The centre as CC Pulse would show it at one instant: every agent's state and figures so
/// far, every queue's waiting calls and figures so far.
public struct PulseSnapshot: Sendable {
  /// One agent slot on shift (or logged in) at the instant.
  public struct AgentLine: Sendable {
    /// The roster slot (`CentreConfiguration.roster` order) and the team.
    public var agent: Int
    public var team: Int
    public var state: AgentState
    /// The NotReady reason, when NotReady.
    public var reason: NotReadyReason?
    /// When the agent entered the state.
    public var since: SimInstant
    /// Whether the agent is on shift (one whose shift has ended may still be finishing a call).
    public var onShift: Bool
    /// Counted after the warm-up, up to the instant.
    public var tally: AgentTally
  }

  /// One queue (routing plan).
  public struct QueueLine: Sendable {
    public var queue: Int
    /// Calls waiting now (ringing ones excepted) and the longest current wait.
    public var waiting: Int
    public var longestWait: SimDuration?
    /// Calls counted since the start (growing), up to the instant.
    public var calls: CallTally
    /// Whether the calls' waits are known (a snapshot's actuals may not say).
    public var waitsKnown = true
  }

  public var time: SimInstant
  public var agents: [AgentLine]
  public var queues: [QueueLine]
}

/// A change of an agent's state, for the day's timeline (kept only when asked for): the state
/// CC Pulse shows and its NotReady reason; for LoggedOut, whether the agent is on shift (logged
/// out by the idle timer) or off shift (in no count of agents). `onShift` is true in every
/// other state: an agent finishing a call after their shift ended is still counted.
public struct StateChange: Sendable, Equatable {
  public var time: SimInstant
  /// The roster slot, kept in 32 bits: a day's list of changes holds hundreds of thousands.
  private var slot: Int32
  public var state: AgentState
  public var reason: NotReadyReason?
  public var onShift: Bool

  public init(
    time: SimInstant, agent: Int, state: AgentState, reason: NotReadyReason?, onShift: Bool
  ) {
    self.time = time
    slot = Int32(agent)
    self.state = state
    self.reason = reason
    self.onShift = onShift
  }

  /// The roster slot.
  public var agent: Int {
    get { Int(slot) }
    set { slot = Int32(newValue) }
  }

  /// The state-time bucket entered (`StateTimes`, with `reasons` reason codes): off shift has
  /// its own.
  public func bucket(reasons: Int) -> Int {
    onShift ? StateTimes.bucket(state, reason) : StateTimes.offShiftBucket(reasons: reasons)
  }
}

/// One event of the simulation as the trace (`--trace FILE.jsonl`) shows it.
public struct TraceRecord: Sendable {
  public var time: SimInstant
  /// The event's name (`arrival`, `leaveIVR`, `callTimer`, `handlingEnd`, …) or `state` for a
  /// change of an agent's state.
  public var kind: String
  /// The line, call slot, agent slot, team or roster entry the event is about (by kind).
  public var subject: Int
  /// For `state`: the new state and NotReady reason, and whether the agent is on shift.
  public var state: AgentState?
  public var reason: NotReadyReason?
  public var onShift: Bool?
}

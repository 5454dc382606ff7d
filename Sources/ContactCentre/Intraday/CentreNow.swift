import SimKernel

/// The centre at one instant of its day, as a real-time feed reports it (a *snapshot*): who
/// is in which state and for how long, which call each agent holds, how long each waiting
/// caller has waited, and the day's actuals so far. `ccsim pulse --snapshot` writes one from a
/// simulated day; `ccsim run --from` starts the rest of the day from one (`CentreRun.run(from:)`).
///
/// Indices are the scenario's: agents are roster slots (`CentreConfiguration.roster`), queues
/// routing plans (`CentreConfiguration.plans`), teams `CentreConfiguration.teams`.
public struct CentreNow: Sendable, Equatable {
  /// One agent on shift or logged in at the instant.
  public struct Agent: Sendable, Equatable {
    /// The roster slot.
    public var agent: Int
    /// The state CC Pulse shows: `loggedOut`, `ready`, `notReady` (with `reason`), `talking`
    /// or `afterCallWork` (with `queue`); `reserved`, `consulting` and `talkingOutbound` are
    /// read too (a ringing call counts as talking from now, a consult as talking, an outbound
    /// call as ACW: ccsim keeps no outbound work across a snapshot).
    public var state: AgentState
    /// The NotReady reason, when NotReady.
    public var reason: NotReadyReason?
    /// How long the agent has been in the state.
    public var inState: SimDuration
    /// The queue (routing plan) of the call held, when talking or in ACW.
    public var queue: Int?

    public init(
      agent: Int, state: AgentState, reason: NotReadyReason? = nil, inState: SimDuration,
      queue: Int? = nil
    ) {
      self.agent = agent
      self.state = state
      self.reason = reason
      self.inState = inState
      self.queue = queue
    }
  }

  /// The callers waiting in one queue, each with how long they have waited (in queue, the IVR
  /// excepted), longest first.
  public struct Queue: Sendable, Equatable {
    public var queue: Int
    public var waits: [SimDuration]

    public init(queue: Int, waits: [SimDuration]) {
      self.queue = queue
      self.waits = waits
    }
  }

  /// One queue's actuals for one reporting interval that began before the instant (the
  /// current interval is partial).
  public struct Actual: Sendable, Equatable {
    public var queue: Int
    /// The reporting interval's index from the start of the run.
    public var interval: Int
    public var offered: Int
    public var answered: Int
    public var abandoned: Int
    /// Answered with a wait within the queue's service-level threshold.
    public var answeredWithinThreshold: Int
    /// Total talk + hold + ACW of the calls handled, when known.
    public var handleTime: SimDuration?
    public var handled: Int
    /// Total wait of the calls answered, when known (for the average speed of answer).
    public var answeredWait: SimDuration?

    public init(
      queue: Int, interval: Int, offered: Int, answered: Int, abandoned: Int,
      answeredWithinThreshold: Int, handled: Int = 0, handleTime: SimDuration? = nil,
      answeredWait: SimDuration? = nil
    ) {
      self.queue = queue
      self.interval = interval
      self.offered = offered
      self.answered = answered
      self.abandoned = abandoned
      self.answeredWithinThreshold = answeredWithinThreshold
      self.handled = handled
      self.handleTime = handleTime
      self.answeredWait = answeredWait
    }
  }

  /// The instant, from the start of the run.
  public var time: SimInstant
  /// Agents the snapshot names; a roster slot it does not name is taken to be logged out
  /// (off shift if the roster has it off shift).
  public var agents: [Agent]
  public var queues: [Queue]
  public var actuals: [Actual]

  public init(time: SimInstant, agents: [Agent], queues: [Queue], actuals: [Actual]) {
    self.time = time
    self.agents = agents
    self.queues = queues
    self.actuals = actuals
  }
}

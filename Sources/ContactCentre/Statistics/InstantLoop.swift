import SimKernel

/// A run stopped because one simulated instant held more events than its budget
/// (`Centre.instantBudget`): the scenario's rules loop there — callers ringing again at once,
/// say, nearly for ever — and the clock would never move on.
public struct InstantLoop: Sendable, Equatable {
  /// How many events of one kind a sample held.
  public struct KindCount: Sendable, Equatable {
    /// The event's name, as in the trace (`redial`).
    public var kind: String
    /// What such events are, for a person: "callers ringing again".
    public var meaning: String
    public var count: Int
  }

  /// The instant, as time since t = 0.
  public var time: SimInstant
  /// The events handled at that instant when the budget ran out (at least the budget).
  public var events: Int
  /// The events handled at it after that, to see what looped: their number, and their kinds,
  /// most frequent first.
  public var sampled: Int
  public var kinds: [KindCount]

  /// Creates a record of a loop.
  public init(time: SimInstant, events: Int, sampled: Int, kinds: [KindCount]) {
    self.time = time
    self.events = events
    self.sampled = sampled
    self.kinds = kinds
  }
}

extension CentreEvent {
  /// What the events of each kind are, for a person, by their trace name.
  static let meanings: [String: String] = [
    "arrival": "callers ringing a line",
    "redial": "callers ringing again",
    "leaveIVR": "callers leaving the IVR",
    "callTimer": "callers' patience running out, or routing steps falling due",
    "ringEnd": "offered calls picked up or ringing out (RONA)",
    "handlingEnd": "agents finishing calls",
    "transferStart": "transfers starting",
    "consultEnd": "warm transfers' consultations or holds ending",
    "wrapUpEnd": "wrap-ups of transferred calls ending",
    "outboundEnd": "outbound calls ending",
    "outboundRetry": "outbound calls falling due again",
    "activityPlan": "activity plans' calls falling due",
    "notReadyEnd": "NotReady periods ending",
    "clericalDue": "caseworkers going NotReady for clerical work that waited",
    "idleCheck": "idle agents logged out",
    "login": "agents logging back in",
    "roster": "shifts starting or ending, scheduled NotReady",
    "shrinkage": "unscheduled NotReady episodes",
    "problem": "caseworkers' problems arising",
    "incident": "incidents' next steps",
    "exceptionBatch": "case-closure batches",
    "exceptionItem": "exception work items reaching teams",
    "serviceRequest": "service requests arising",
    "backlog": "backlogs sampled",
  ]
}

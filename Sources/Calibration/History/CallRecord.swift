/// One call as a centre's call-level export records it, whatever the layout it came from.
///
/// Times are moments (`LocalTime`) or durations in seconds; a field the export does not have is
/// nil. A caller who reached a queue has `queued`; one answered has `answered` (and then talk,
/// hold and wrap-up where the export has them); one who hung up while waiting has `ended` and
/// outcome `.abandoned`.
public struct CallRecord: Sendable, Equatable {
  /// How the call ended, as far as the export says.
  public enum Outcome: String, Sendable, Equatable, CaseIterable {
    /// An agent answered.
    case answered
    /// The caller hung up while waiting in the queue.
    case abandoned
    /// The caller hung up in the IVR (or left it for no queue).
    case ivrHangUp
    /// A record the switch made for no real caller (the classic layout's PHANTOM); never counted.
    case phantom
  }

  /// The line or queue, as the export names it.
  public var queue: String
  /// When the caller rang (entered the IVR, or the queue on a line without one).
  public var arrival: LocalTime
  /// When the caller entered the queue; nil when they never did.
  public var queued: LocalTime?
  /// When an agent answered; nil when none did.
  public var answered: LocalTime?
  /// When the caller hung up while waiting (for an abandoned call).
  public var abandoned: LocalTime?
  public var outcome: Outcome
  /// Seconds of talk, of hold within the call, of wrap-up (ACW) after it.
  public var talk: Double?
  public var hold: Double?
  public var wrapUp: Double?
  /// The agent who answered, as the export names them.
  public var agent: String?
  /// How many times the call rang out unanswered at an agent before this answer (RONA).
  public var ringOuts: Int?

  public init(
    queue: String, arrival: LocalTime, queued: LocalTime? = nil, answered: LocalTime? = nil,
    abandoned: LocalTime? = nil, outcome: Outcome, talk: Double? = nil, hold: Double? = nil,
    wrapUp: Double? = nil, agent: String? = nil, ringOuts: Int? = nil
  ) {
    self.queue = queue
    self.arrival = arrival
    self.queued = queued
    self.answered = answered
    self.abandoned = abandoned
    self.outcome = outcome
    self.talk = talk
    self.hold = hold
    self.wrapUp = wrapUp
    self.agent = agent
    self.ringOuts = ringOuts
  }

  /// Seconds spent in the IVR, when the export has both moments.
  public var ivrTime: Double? { queued.map { $0.seconds - arrival.seconds } }
  /// Seconds waited in the queue until answer or abandonment; nil when not known.
  public var wait: Double? {
    guard let queued else { return nil }
    if let answered { return answered.seconds - queued.seconds }
    if let abandoned { return abandoned.seconds - queued.seconds }
    return nil
  }
}

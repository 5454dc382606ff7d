/// One interval of one queue as a WFM or ACD tool's interval export records it, whatever the
/// layout it came from. A field the export does not have is nil.
public struct IntervalRecord: Sendable, Equatable {
  /// The queue (or skill, or split), as the export names it.
  public var queue: String
  /// The interval's start, in the centre's local time.
  public var start: LocalTime
  /// The interval's length in seconds.
  public var length: Double
  /// Calls offered (a forecast file's volume).
  public var offered: Double
  /// Calls answered (handled).
  public var handled: Double?
  /// Calls abandoned.
  public var abandoned: Double?
  /// Average handle time in seconds (talk + hold + wrap-up) of the handled calls.
  public var averageHandleTime: Double?
  /// Average wrap-up (ACW) in seconds, where the export gives it apart.
  public var averageWrapUp: Double?
  /// Agents staffed (logged in) on average over the interval.
  public var agents: Double?

  public init(
    queue: String, start: LocalTime, length: Double, offered: Double, handled: Double? = nil,
    abandoned: Double? = nil, averageHandleTime: Double? = nil, averageWrapUp: Double? = nil,
    agents: Double? = nil
  ) {
    self.queue = queue
    self.start = start
    self.length = length
    self.offered = offered
    self.handled = handled
    self.abandoned = abandoned
    self.averageHandleTime = averageHandleTime
    self.averageWrapUp = averageWrapUp
    self.agents = agents
  }
}

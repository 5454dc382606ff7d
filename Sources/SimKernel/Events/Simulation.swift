/// A model that reacts to its own events, one at a time.
public protocol EventHandler {
  /// The model's closed set of events.
  associatedtype Event

  /// Applies `event`, which is due now (`simulation.now`), scheduling any events it causes.
  mutating func handle(_ event: Event, in simulation: inout Simulation<Event>)
}

/// The simulation clock and its future-event list: `now`, `schedule`, `step`, `run(until:)`.
///
/// A simulation is single-threaded and synchronous. Many simulations may run side by side (one
/// per replication), but the events of one run never cross threads.
public struct Simulation<Event> {
  /// The current simulated time: the time of the event being handled.
  @inlinable public var now: SimInstant { currentTime }
  @usableFromInline var currentTime: SimInstant = .zero
  @usableFromInline var queue = EventQueue<Event>()

  /// The number of events handled so far.
  @inlinable public var eventsHandled: Int { handledCount }
  @usableFromInline var handledCount = 0

  /// Creates a simulation at t = 0 with no pending event.
  public init() {}

  /// The number of pending events.
  @inlinable public var pendingCount: Int { queue.count }

  /// Schedules `event` at `time`, which must not be in the past.
  ///
  /// - Complexity: O(log n)
  @inlinable public mutating func schedule(_ event: Event, at time: SimInstant) {
    #if CCSIM_CHECKS
      precondition(time >= now, "event scheduled in the past: \(time) < \(now)")
    #endif
    queue.push(event, at: time)
  }

  /// Schedules `event` after `delay` from now.
  ///
  /// - Complexity: O(log n)
  @inlinable public mutating func schedule(_ event: Event, after delay: SimDuration) {
    queue.push(event, at: now + delay)
  }

  /// Pops the next event due no later than `end`, advancing `now` to its time.
  ///
  /// Returns nil, with `now` set to `end`, when no event is due by then.
  /// - Complexity: O(log n)
  @inlinable public mutating func step(until end: SimInstant = .distantFuture) -> Event? {
    guard let time = queue.nextTime, time <= end, let next = queue.pop() else {
      if currentTime < end && end != .distantFuture { currentTime = end }
      return nil
    }
    currentTime = next.time
    handledCount &+= 1
    return next.event
  }

  /// Runs `handler` on every event due no later than `end`, then sets `now` to `end`.
  @inlinable public mutating func run<Handler: EventHandler>(
    until end: SimInstant, handler: inout Handler
  ) where Handler.Event == Event {
    while let event = step(until: end) {
      handler.handle(event, in: &self)
    }
  }
}

@available(*, unavailable)
extension Simulation: Sendable {}

/// A model that reacts to its own events, one at a time.
public protocol EventHandler: ~Copyable {
  /// The model's closed set of events: small values carrying indices.
  associatedtype Event: BitwiseCopyable

  /// Applies `event`, which is due now (`simulation.now`), scheduling any events it causes.
  mutating func handle(_ event: Event, in simulation: inout Simulation<Event>)
}

/// The simulation clock and its future-event list: `now`, `schedule`, `step`, `run(until:)`.
///
/// A simulation is single-threaded and synchronous. Many simulations may run side by side (one
/// per replication), but the events of one run never cross threads. It owns its event list
/// and cannot be copied.
public struct Simulation<Event: BitwiseCopyable>: ~Copyable {
  @usableFromInline var queue = EventQueue<Event>()
  @usableFromInline var currentTime: SimInstant = .zero
  @usableFromInline var handledCount = 0
  /// Whether the event being handled still heads the queue. It leaves when the handler
  /// schedules its first event, which takes its place in one sift (a handler usually schedules
  /// something), or else at the next step.
  @usableFromInline var handlingFirst = false

  /// Creates a simulation at t = 0 with no pending event.
  public init() {}

  /// The current simulated time: the time of the event being handled.
  @inlinable public var now: SimInstant { currentTime }

  /// The number of events handled so far.
  @inlinable public var eventsHandled: Int { handledCount }

  /// The number of pending events.
  @inlinable public var pendingCount: Int { queue.count - (handlingFirst ? 1 : 0) }

  /// Schedules `event` at `time`, which must not be in the past.
  ///
  /// - Complexity: O(log n)
  @inlinable public mutating func schedule(_ event: Event, at time: SimInstant) {
    #if CCSIM_CHECKS
      precondition(time >= currentTime, "event scheduled in the past: \(time) < \(currentTime)")
    #endif
    guard handlingFirst else {
      queue.push(event, at: time)
      return
    }
    handlingFirst = false
    queue.replaceFirst(with: event, at: time)
  }

  /// Schedules `event` after `delay` from now.
  ///
  /// - Complexity: O(log n)
  @inlinable public mutating func schedule(_ event: Event, after delay: SimDuration) {
    schedule(event, at: currentTime + delay)
  }

  /// Takes the next event due no later than `end`, advancing `now` to its time. (The event
  /// leaves the queue when the first event it causes is scheduled, or at the next step.)
  ///
  /// Returns nil, with `now` set to `end`, when no event is due by then.
  /// - Complexity: O(log n)
  @inlinable public mutating func step(until end: SimInstant = .distantFuture) -> Event? {
    if handlingFirst {
      handlingFirst = false
      queue.removeFirst()
    }
    guard let next = queue.first(until: end) else {
      if currentTime < end && end != .distantFuture { currentTime = end }
      return nil
    }
    currentTime = next.time
    handledCount &+= 1
    handlingFirst = true
    return next.event
  }

  /// Runs `handler` on every event due no later than `end`, then sets `now` to `end`.
  @inlinable public mutating func run<Handler: EventHandler & ~Copyable>(
    until end: SimInstant, handler: inout Handler
  ) where Handler.Event == Event {
    while let event = step(until: end) {
      handler.handle(event, in: &self)
    }
  }
}

@available(*, unavailable)
extension Simulation: Sendable {}

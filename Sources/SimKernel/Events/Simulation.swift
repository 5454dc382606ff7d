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
  /// Events are counted down: `countdown` is how many more `step` takes before it looks at
  /// the clock (every `checkEvery` events, for the instant budget), having been `countdownFrom`
  /// when `handledBefore` events had been handled. A decrement and a test are all the budget
  /// costs an event; with no budget the count never runs out.
  @usableFromInline var countdown = Int.max
  @usableFromInline var countdownFrom = Int.max
  @usableFromInline var handledBefore = 0
  @usableFromInline var budget = Int.max
  @usableFromInline var checkEvery = Int.max
  /// `checkedTime` is the time of the next event when the clock was last looked at, and
  /// `instantFrom` the events handled when it was first seen at that time.
  @usableFromInline var checkedTime = SimInstant.zero
  @usableFromInline var instantFrom = 0
  @usableFromInline var stalled = false

  /// Creates a simulation at t = 0 with no pending event.
  public init() {}

  /// The current simulated time: the time of the event being handled.
  @inlinable public var now: SimInstant { currentTime }

  /// The number of events handled so far.
  @inlinable public var eventsHandled: Int { handledBefore + (countdownFrom - countdown) }

  /// The number of pending events.
  @inlinable public var pendingCount: Int { queue.count }

  /// The most events one instant may hold. Once an instant has held more, `step` takes no more
  /// and `isStalled` is true: the model loops at that instant and its clock would never move
  /// on. The clock is looked at every budget ÷ 16 events, so a run stops within an eighth of
  /// the budget past it. No limit by default; setting a budget clears `isStalled`.
  public var instantBudget: Int {
    get { budget }
    set {
      budget = max(newValue, 1)
      checkEvery = max(budget / 16, 1)
      checkedTime = currentTime
      instantFrom = eventsHandled
      stalled = false
      count(down: budget == .max ? .max : checkEvery)
    }
  }

  /// Whether the simulation stopped because one instant held more than `instantBudget` events.
  @inlinable public var isStalled: Bool { stalled }

  /// The events handled at the current instant, at least: a count kept to within an eighth of
  /// `instantBudget`, and only when there is one.
  public var eventsAtThisInstant: Int { eventsHandled - instantFrom }

  /// Starts counting down `events` events.
  @inlinable mutating func count(down events: Int) {
    handledBefore = eventsHandled
    countdown = events
    countdownFrom = events
  }

  /// Schedules `event` at `time`, which must not be in the past.
  ///
  /// - Complexity: O(1)
  @inlinable @inline(__always)
  public mutating func schedule(_ event: Event, at time: SimInstant) {
    #if CCSIM_CHECKS
      precondition(time >= currentTime, "event scheduled in the past: \(time) < \(currentTime)")
    #endif
    queue.push(event, at: time)
  }

  /// Schedules `event` after `delay` from now.
  ///
  /// - Complexity: O(1)
  @inlinable public mutating func schedule(_ event: Event, after delay: SimDuration) {
    schedule(event, at: currentTime + delay)
  }

  /// Takes the next event due no later than `end`, advancing `now` to its time.
  ///
  /// Returns nil, with `now` set to `end`, when no event is due by then; or, with `now` left
  /// where it is, when the instant is over its budget (`isStalled`).
  /// - Complexity: O(1), amortised over the events (see `EventQueue`).
  @inlinable public mutating func step(until end: SimInstant = .distantFuture) -> Event? {
    countdown &-= 1
    if countdown < 0 && isOverBudget(&self, until: end) { return nil }
    guard let next = queue.pop(until: end) else {
      noEventDue(until: end)
      return nil
    }
    currentTime = next.time
    return next.event
  }

  /// `step` when no event is due by `end`: the count given back, the clock moved on to `end`.
  /// Out of line, so that the count is a decrement in place on `step`'s way.
  @usableFromInline @inline(never)
  mutating func noEventDue(until end: SimInstant) {
    countdown &+= 1
    if currentTime < end && end != .distantFuture { currentTime = end }
  }

  /// Runs `handler` on every event due no later than `end`, then sets `now` to `end` — unless
  /// an instant goes over its budget first (`isStalled`): then `now` stays at that instant.
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

/// `step` of `simulation` when its count has run out: whether the next event due by `end` would
/// take its instant past the budget (then `isStalled`). If not, the count starts again, the
/// event about to be taken in it. (A function rather than a method, so that calling it leaves
/// the registers of `run`'s loop as they were.)
@inlinable @inline(never)
func isOverBudget<Event>(_ simulation: inout Simulation<Event>, until end: SimInstant) -> Bool {
  simulation.countdown = 0  // no event taken yet
  if simulation.stalled { return true }
  if let time = simulation.queue.first(until: end)?.time {
    if time != simulation.checkedTime {
      simulation.checkedTime = time
      simulation.instantFrom = simulation.eventsHandled
    } else if simulation.eventsHandled - simulation.instantFrom >= simulation.budget {
      simulation.stalled = true
      return true
    }
  }
  simulation.count(down: simulation.checkEvery)
  simulation.countdown &-= 1
  return false
}

import Testing

@testable import SimKernel

private func at(seconds: Int) -> SimInstant { SimInstant(since: .seconds(seconds)) }

/// A ping that reschedules itself every 10 s, recording when it ran.
private struct Ping: EventHandler {
  var times: [SimInstant] = []

  mutating func handle(_ event: Int, in simulation: inout Simulation<Int>) {
    times.append(simulation.now)
    simulation.schedule(event + 1, after: .seconds(10))
  }
}

/// Records every event; event 0 schedules 1 and 2 at the current instant and 3 one second on.
private struct Cascade: EventHandler {
  var log: [(event: Int, time: SimInstant)] = []

  mutating func handle(_ event: Int, in simulation: inout Simulation<Int>) {
    log.append((event, simulation.now))
    if event == 0 {
      simulation.schedule(1, at: simulation.now)
      simulation.schedule(3, after: .seconds(1))
      simulation.schedule(2, after: .zero)
    }
  }
}

@Suite struct SimulationTests {
  @Test func startsEmptyAtZero() {
    var simulation = Simulation<Int>()
    #expect(simulation.now == .zero)
    #expect(simulation.pendingCount == 0)
    #expect(simulation.eventsHandled == 0)
    #expect(simulation.step() == nil)
    #expect(simulation.now == .zero, "stepping an empty run to the distant future keeps now")
  }

  @Test func stepAdvancesNowToEachEvent() {
    var simulation = Simulation<Int>()
    simulation.schedule(30, at: at(seconds: 30))
    simulation.schedule(10, at: at(seconds: 10))
    simulation.schedule(20, at: at(seconds: 20))
    #expect(simulation.pendingCount == 3)

    #expect(simulation.step() == 10)
    #expect(simulation.now == at(seconds: 10))
    #expect(simulation.eventsHandled == 1)

    simulation.schedule(15, after: .seconds(5))
    #expect(simulation.step() == 15)
    #expect(simulation.now == at(seconds: 15))

    #expect(simulation.step() == 20)
    #expect(simulation.now == at(seconds: 20))
    #expect(simulation.step() == 30)
    #expect(simulation.now == at(seconds: 30))
    #expect(simulation.eventsHandled == 4)
    #expect(simulation.pendingCount == 0)
    #expect(simulation.step() == nil)
    #expect(simulation.now == at(seconds: 30))
    #expect(simulation.eventsHandled == 4)
  }

  @Test func stepUntilLeavesLaterEventsAndMovesNowToTheEnd() {
    var simulation = Simulation<Int>()
    for second in [10, 20, 30] { simulation.schedule(second, at: at(seconds: second)) }

    #expect(simulation.step(until: at(seconds: 15)) == 10)
    #expect(simulation.now == at(seconds: 10))
    #expect(simulation.step(until: at(seconds: 15)) == nil)
    #expect(simulation.now == at(seconds: 15))
    #expect(simulation.pendingCount == 2)
    #expect(simulation.eventsHandled == 1)

    // An event due exactly at the end is still handled.
    #expect(simulation.step(until: at(seconds: 20)) == 20)
    #expect(simulation.now == at(seconds: 20))
    #expect(simulation.step(until: at(seconds: 20)) == nil)
    #expect(simulation.now == at(seconds: 20))

    #expect(simulation.step() == 30)
    #expect(simulation.now == at(seconds: 30))
    #expect(simulation.step(until: at(seconds: 45)) == nil)
    #expect(simulation.now == at(seconds: 45))
  }

  /// A run that stops short of the next event has looked at it; events scheduled after the
  /// end but before it (a snapshot's events grafted on, a live view's next step) still come
  /// first, and ties keep their schedule order.
  @Test func eventsScheduledBeforeOneLookedAtComeFirst() {
    var simulation = Simulation<Int>()
    for second in [100, 100, 200, 5_000] { simulation.schedule(second, at: at(seconds: second)) }
    #expect(simulation.step(until: at(seconds: 50)) == nil)
    #expect(simulation.now == at(seconds: 50))
    simulation.schedule(60, at: at(seconds: 60))
    simulation.schedule(101, at: at(seconds: 100))
    simulation.schedule(50, at: at(seconds: 50))
    var handled: [Int] = []
    while let event = simulation.step() { handled.append(event) }
    #expect(handled == [50, 60, 100, 100, 101, 200, 5_000])
  }

  @Test func simultaneousEventsAreHandledInScheduleOrder() {
    var simulation = Simulation<Int>()
    for event in 0..<50 { simulation.schedule(event, at: at(seconds: 7)) }
    var handled: [Int] = []
    while let event = simulation.step() { handled.append(event) }
    #expect(handled == Array(0..<50))
    #expect(simulation.now == at(seconds: 7))
  }

  /// (end in seconds, pings handled): the ping runs at 0, 10, 20, … up to and including `end`.
  @Test(arguments: [(0, 1), (9, 1), (10, 2), (95, 10), (100, 11), (3_600, 361)])
  func runWithAPingHandler(endSeconds: Int, expectedCount: Int) {
    var simulation = Simulation<Int>()
    var ping = Ping()
    simulation.schedule(0, at: .zero)
    simulation.run(until: at(seconds: endSeconds), handler: &ping)

    #expect(simulation.eventsHandled == expectedCount)
    #expect(ping.times.count == expectedCount)
    #expect(ping.times == (0..<expectedCount).map { at(seconds: 10 * $0) })
    #expect(simulation.now == at(seconds: endSeconds))
    #expect(simulation.pendingCount == 1)
    #expect(simulation.step() == expectedCount, "the next ping is the only one left")
    #expect(simulation.now == at(seconds: 10 * expectedCount))
  }

  @Test func runContinuesFromWhereItStopped() {
    var simulation = Simulation<Int>()
    var ping = Ping()
    simulation.schedule(0, at: .zero)
    simulation.run(until: at(seconds: 25), handler: &ping)
    #expect(simulation.eventsHandled == 3)
    #expect(simulation.now == at(seconds: 25))
    simulation.run(until: at(seconds: 60), handler: &ping)
    #expect(simulation.eventsHandled == 7)
    #expect(simulation.now == at(seconds: 60))
    #expect(ping.times.last == at(seconds: 60))
  }

  @Test func runWithNothingPendingJumpsToTheEnd() {
    var simulation = Simulation<Int>()
    var ping = Ping()
    simulation.run(until: at(seconds: 42), handler: &ping)
    #expect(simulation.now == at(seconds: 42))
    #expect(simulation.eventsHandled == 0)
    #expect(ping.times.isEmpty)
  }

  @Test func eventsScheduledNowRunAfterThoseAlreadyDue() {
    var simulation = Simulation<Int>()
    var cascade = Cascade()
    simulation.schedule(0, at: at(seconds: 5))
    simulation.schedule(9, at: at(seconds: 5))
    simulation.run(until: at(seconds: 10), handler: &cascade)
    #expect(cascade.log.map(\.event) == [0, 9, 1, 2, 3])
    #expect(
      cascade.log.map(\.time) == [5, 5, 5, 5, 6].map { at(seconds: $0) })
    #expect(simulation.now == at(seconds: 10))
    #expect(simulation.pendingCount == 0)
  }
}

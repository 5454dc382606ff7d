import SimKernel
import Testing

@testable import ContactCentre

/// The lock-assign flag of seed 000: "Whenever an incident is raised with AAC, the lock assign
/// flag must be placed on the case … Once the incident has been closed, the lock assign can be
/// removed". Two caseworkers' incidents on one casegroup, raised and closed by the test.
struct LockAssignTests {
  static let casegroup: Int32 = 7

  /// The incidents' centre with nothing happening on its own (no problems, no client calls);
  /// AAC arranges a call-back a day after each call, so an incident stays open until the test
  /// closes it.
  static func quiet() -> CentreConfiguration {
    var configuration = IncidentTests.centre(problemsPerHour: 0)
    configuration.incidents!.fromEscalated = 0
    configuration.lines[0].arrivals = .perHour(0)
    configuration.aac!.evaluation = IncidentEvaluation(
      reject: 0, rejectReasons: [], resolve: 0, callBack: 1, callBackAfter: .fixed(86_400),
      assign: 0, domains: [])
    return configuration
  }

  /// A run of the quiet centre that the test drives step by step.
  struct Driven: ~Copyable {
    var simulation = Simulation<CentreEvent>()
    var centre: Centre

    init(_ configuration: CentreConfiguration = LockAssignTests.quiet()) {
      centre = Centre(configuration: configuration, replication: 0, intervals: false, checks: true)
      centre.start(in: &simulation)
    }

    mutating func run(to seconds: Double) {
      CentreRun.advance(&simulation, &centre, to: SimInstant(since: .seconds(seconds)))
      #expect(centre.violation == nil)
    }

    /// Caseworker `person` rings AAC about the casegroup at `seconds`; the incident's index.
    mutating func raise(person: Int32, at seconds: Double) -> Int {
      run(to: seconds)
      let now = simulation.now
      centre.backOffice.open.append(
        OpenIncident(
          person: person, team: 0, area: 0, stage: .toRing, counted: true,
          casegroup: LockAssignTests.casegroup, key: UInt64(centre.backOffice.open.count),
          problemAt: now))
      let index = centre.backOffice.open.count - 1
      centre.ringAAC(index: index, callBack: false, at: now, in: &simulation)
      return index
    }

    mutating func close(_ index: Int, at seconds: Double) {
      run(to: seconds)
      centre.close(
        incident: index, state: .closedResolved, by: "test", reason: -1, at: simulation.now)
    }

    /// The caseworker (person) a retry — a call for the casegroup — goes to now, nil when it
    /// routes as any call does.
    mutating func retryGoesTo() -> Int32? {
      var call = Call()
      call.casegroup = LockAssignTests.casegroup
      let slot = centre.calls.allocate(call)
      defer { centre.calls.release(slot) }
      centre.applyLock(slot: slot)
      let owner = centre.calls[slot].owner
      return owner < 0 ? nil : centre.layout.slotPerson[Int(owner)]
    }
  }

  @Test func overlappingByOneSecondTheLockStaysUntilTheSecondCloses() {
    var run = Driven()
    let first = run.raise(person: 0, at: 3600)
    #expect(run.retryGoesTo() == 0)
    let second = run.raise(person: 1, at: 7200)
    #expect(run.retryGoesTo() == 0)  // the case stays with the caseworker who locked it
    run.close(first, at: 7201)  // one second after the second incident was raised
    #expect(run.retryGoesTo() == 1)  // still locked: forwarded to the second caseworker
    run.close(second, at: 9000)
    #expect(run.retryGoesTo() == nil)
    #expect(run.centre.backOffice.locks.isEmpty)
    run.run(to: 10_000)
  }

  @Test func notOverlappingTheLockIsReleasedBetween() {
    var run = Driven()
    let first = run.raise(person: 0, at: 3600)
    run.close(first, at: 7200)
    #expect(run.retryGoesTo() == nil)
    let second = run.raise(person: 1, at: 7201)  // one second after the first closed
    #expect(run.retryGoesTo() == 1)
    run.close(second, at: 9000)
    #expect(run.retryGoesTo() == nil)
    run.run(to: 10_000)
  }

  @Test func oneCaseworkersTwoIncidentsHoldTheLockUntilBothClose() {
    var run = Driven()
    let first = run.raise(person: 2, at: 3600)
    let second = run.raise(person: 2, at: 3601)
    run.close(first, at: 3602)
    #expect(run.retryGoesTo() == 2)
    run.close(second, at: 3603)
    #expect(run.retryGoesTo() == nil)
  }
}

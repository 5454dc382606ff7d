import SimKernel
import Testing

@testable import ContactCentre

/// The waiting lists hold the calls waiting, not every call that ever waited.
struct WaitingListTests {
  /// A queue nobody serves at a million calls an hour, every caller hanging up after a second
  /// or so: the room its list holds (and so its entries) stays within four times the most calls
  /// that can have been waiting at once (or the smallest list worth compacting), while tens of
  /// thousands of callers come and go.
  @Test func aQueueNobodyServesHoldsOnlyAboutTheCallsWaiting() {
    let configuration = CentreFixtures.singleQueue(
      perHour: 1_000_000, talk: .fixed(60), patience: .exponential(mean: 1), agents: 0,
      duration: .minutes(5))
    var simulation = Simulation<CentreEvent>()
    var centre = Centre(configuration: configuration, replication: 0, intervals: false)
    centre.start(in: &simulation)
    // Between two looks, no more calls can have waited than waited at the first look plus
    // the callers who rang since.
    var mostWaiting = 0
    var waiting = 0
    var callers = 0
    var largest = 0
    for tenth in 1...3_000 {
      simulation.run(until: SimInstant(microseconds: 100_000 * Int64(tenth)), handler: &centre)
      mostWaiting = max(mostWaiting, waiting + centre.callersSoFar - callers)
      waiting = centre.callsWaiting(plan: 0)
      callers = centre.callersSoFar
      let list = centre.router.listSizes.max { $0.capacity < $1.capacity }!
      largest = max(largest, list.capacity)
      let bound = max(4 * mostWaiting, WaitingList.smallestToCompact)
      guard list.stored <= list.capacity, list.capacity <= bound else {
        Issue.record("room for \(list) entries at \(tenth) tenths of a second, above \(bound)")
        return
      }
    }
    let statistics = centre.finish(at: simulation.now)
    #expect(mostWaiting > 100, "a queue worth compacting")
    #expect(statistics.total.abandoned > 50 * largest, "far more callers than room")
  }
}

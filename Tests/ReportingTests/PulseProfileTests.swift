import SimKernel
import TestSupport
import Testing

@testable import ContactCentre
@testable import Reporting

/// The time profiles from calls made by hand: which calls each counts, and the metrics of
/// PRODUCT §6 over them.
struct PulseProfileTests {
  /// One queue, one team of one agent (slot 0), 08:00 start, 15-minute intervals.
  static let configuration = CentreConfiguration(
    name: "profiles", startOfDay: .hours(8), duration: .hours(2),
    serviceLevelThreshold: .seconds(20), shortAbandon: .seconds(5),
    lines: [Line(id: "main", callType: 0, arrivals: .perHour(0))],
    callTypes: [CallType(id: "general", talk: .fixed(60), patience: nil)],
    teams: [Team(id: "gich", agents: 1, handles: [0])])

  static func at(_ minutes: Double) -> SimInstant { SimInstant(since: .seconds(minutes * 60)) }

  /// An inbound call queued at `queued` minutes that waited `wait` seconds and then was
  /// answered (talk 60 s, ACW 30 s) or abandoned.
  static func call(queued: Double, wait: Double, abandoned: Bool = false) -> CallRecord {
    let queuedAt = at(queued)
    let answered = queuedAt + .seconds(wait)
    return CallRecord(
      direction: .inbound, line: 0, callType: 0, branch: nil, scin: -1, isRedial: false,
      isTransferLeg: false, queue: 0, agent: abandoned ? -1 : 0, team: abandoned ? -1 : 0,
      arrived: queuedAt, queued: queuedAt, answered: abandoned ? nil : answered,
      ended: abandoned ? answered : answered + .seconds(90), talk: abandoned ? .zero : .seconds(60),
      hold: .zero, acw: abandoned ? .zero : .seconds(30), redirectedOnNoAnswer: 0,
      outcome: abandoned ? nil : .callResolved, bogusCallerForm: false,
      end: abandoned ? .abandoned : .handled)
  }

  /// At 09:00 (t = 60 min): calls that ended at 08:40, 08:45 exactly, 08:46, 08:59 and 09:00.
  static let calls = [
    call(queued: 38.5, wait: 0),  // ended 08:40
    call(queued: 43.5, wait: 0),  // ended 08:45: the edge, outside the sliding window
    call(queued: 44.0, wait: 30),  // ended 08:46, outside the threshold
    call(queued: 58.9, wait: 6, abandoned: true),  // ended 08:59, a long abandon
    call(queued: 59.9, wait: 3, abandoned: true),  // ended 09:00, a short abandon
  ]

  static func view(_ profile: PulseProfile, at minutes: Double) -> PulseView {
    let snapshot = PulseSnapshot(
      time: at(minutes), agents: [],
      queues: [PulseSnapshot.QueueLine(queue: 0, waiting: 0, longestWait: nil, calls: CallTally())])
    return PulseView(
      configuration: configuration, snapshot: snapshot,
      calls: calls.filter { $0.ended <= at(minutes) }, profile: profile)
  }

  @Test func slidingCountsTheCallsThatEndedInTheLastFifteenMinutes() throws {
    let row = try #require(Self.view(.sliding, at: 60).queues.first)
    #expect(row.calls.offered == 3)
    #expect(row.calls.answered == 1 && row.calls.abandoned == 2)
    #expect(row.calls.shortAbandoned == 1)
    // Answered within 20 s: none of 1 answered + 2 abandoned − 1 short.
    #expect(row.serviceLevel == 0)
    #expect(row.abandonRate == 2.0 / 3.0)
    #expect(row.averageSpeedOfAnswer == 30)
    #expect(row.averageHandleTime == 90)
    let view = Self.view(.sliding, at: 60)
    #expect(view.window.from == Self.at(45) && view.window.to == Self.at(60))
  }

  @Test func theSlidingWindowStartsAtZeroEarlyInTheDay() {
    let view = Self.view(.sliding, at: 10)
    #expect(view.window.from == .zero)
  }

  @Test func intervalCountsTheCallsThatEnteredTheQueueInTheCurrentInterval() throws {
    // At 09:00 exactly the current interval is the one just ended, 08:45–09:00.
    let atNine = try #require(Self.view(.interval, at: 60).queues.first)
    #expect(atNine.calls.offered == 2 && atNine.calls.abandoned == 2)
    #expect(atNine.serviceLevel == 0 && atNine.averageSpeedOfAnswer == nil)
    // At 08:50 it is 08:45–09:00, in progress: only the calls queued since 08:45 that ended.
    let midway = Self.view(.interval, at: 50)
    #expect(midway.window.from == Self.at(45) && midway.window.to == Self.at(60))
    #expect(midway.queues.first?.calls.offered == 0)
    // At 08:45 exactly it is 08:30–08:45: two calls answered at once (the third, queued at
    // 08:44, is still in the agent's hands).
    let boundary = try #require(Self.view(.interval, at: 45).queues.first)
    #expect(boundary.calls.offered == 2 && boundary.calls.answered == 2)
    #expect(boundary.serviceLevel == 1)
  }

  @Test func growingUsesTheSnapshotAndCountsNothingWithoutCalls() throws {
    let row = try #require(Self.view(.growing, at: 60).queues.first)
    #expect(row.calls == CallTally())
    #expect(row.serviceLevel == nil && row.averageSpeedOfAnswer == nil)
    #expect(row.averageHandleTime == nil && row.abandonRate == nil)
    #expect(row.serviceLevelLevel == .normal && row.abandonRateLevel == .normal)
  }

  @Test(arguments: [(0.0, 0.0, 15.0), (1.0 / 60, 0.0, 15.0), (15.0, 0.0, 15.0), (15.5, 15.0, 30.0)])
  func theCurrentInterval(_ minutes: Double, _ from: Double, _ to: Double) {
    let window = PulseProfile.interval.window(at: Self.at(minutes), interval: .minutes(15))
    #expect(window.from == Self.at(from) && window.to == Self.at(to))
  }
}

import ContactCentre
import SimKernel
import TestSupport
import Testing

@testable import Reporting

/// Pulse views at instants of a small centre's day, against the snapshot they come from and a
/// recount of the calls.
struct PulseViewTests {
  /// 08:00 to 12:00: a client line to GICH (four named agents, 08:00–12:00, lunch at 09:00 for
  /// half an hour) and an employer line to a team of two logged in all day; impatient callers.
  static let configuration: CentreConfiguration = {
    let gich = Team(
      id: "gich", handles: [0],
      shifts: [
        Shift(
          start: .zero, end: .hours(4),
          agents: [
            AgentProfile(staffNumber: "G1", name: "Ann"), AgentProfile(staffNumber: "G2"),
            AgentProfile(name: "Cy"), AgentProfile(),
          ],
          notReady: [ScheduledNotReady(reason: .lunch, start: .hours(1), duration: .minutes(30))])
      ])
    return CentreConfiguration(
      name: "pulse day", seed: 11, startOfDay: .hours(8), duration: .hours(4),
      lines: [
        Line(id: "client", callType: 0, arrivals: .perHour(50)),
        Line(id: "employer", kind: .employer, callType: 1, arrivals: .perHour(20)),
      ],
      callTypes: [
        CallType(
          id: "client", talk: .exponential(mean: 240), acw: .fixed(60),
          patience: .exponential(mean: 90)),
        CallType(
          id: "employer", talk: .exponential(mean: 200), acw: .fixed(30),
          patience: .exponential(mean: 120)),
      ],
      teams: [gich, Team(id: "employer", agents: 2, handles: [1])])
  }()

  /// The views of every profile at each of `instants`, with their snapshots and calls.
  static func views(at instants: [SimInstant], team: Int? = nil) -> [(
    snapshot: PulseSnapshot, calls: [CallRecord], views: [PulseProfile: PulseView]
  )] {
    var result: [(PulseSnapshot, [CallRecord], [PulseProfile: PulseView])] = []
    _ = CentreRun.replay(configuration, replication: 0, at: instants) { snapshot, calls in
      var views: [PulseProfile: PulseView] = [:]
      for profile in PulseProfile.allCases {
        views[profile] = PulseView(
          configuration: configuration, snapshot: snapshot, calls: calls, profile: profile,
          team: team)
      }
      result.append((snapshot, calls, views))
      return true
    }
    return result
  }

  static let instants = stride(from: 10, through: 240, by: 23).map {
    SimInstant(since: .minutes($0))
  }

  @Test func agentsByStateAddUpToTheAgentsInTheSnapshot() throws {
    for (snapshot, _, views) in Self.views(at: Self.instants) {
      let view = try #require(views[.growing])
      #expect(view.groups.map(\.total).reduce(0, +) == snapshot.agents.count)
      #expect(view.agents.count == snapshot.agents.count)
      for group in view.groups {
        let inTeam = snapshot.agents.filter { $0.team == group.team }
        #expect(group.total == inTeam.count)
        for column in PulseStateGroup.allCases {
          #expect(
            group[column] == inTeam.filter { PulseStateGroup($0.state) == column }.count,
            "\(group.id) \(column) at \(snapshot.time.seconds) s")
        }
      }
      for row in view.agents {
        let line = try #require(snapshot.agents.first { $0.agent == row.agent })
        #expect(row.timeInState == snapshot.time - line.since)
        #expect(row.handled == line.tally.handled)
        #expect(row.redirectedOnNoAnswer == line.tally.redirectedOnNoAnswer)
      }
    }
  }

  @Test func lunchIsNotReadyWithItsReason() throws {
    // 09:10: every GICH agent is at lunch unless finishing a call.
    let (_, _, views) = try #require(Self.views(at: [SimInstant(since: .minutes(70))]).first)
    let gich = try #require(views[.growing]?.agentTeams.first)
    let atLunch = gich.agents.filter { $0.reason == .lunch }
    #expect(!atLunch.isEmpty)
    for row in atLunch {
      #expect(row.state == .notReady && row.stateLabel == "NotReady – Lunch")
      #expect(row.group == .notReady)
    }
    #expect(gich.agents.map(\.name) == ["Ann", "gich 2", "Cy", "gich 4"])
    #expect(gich.agents.map(\.staffNumber) == ["G1", "G2", nil, nil])
  }

  @Test func growingFiguresAreTheSnapshotTallies() throws {
    for (snapshot, _, views) in Self.views(at: Self.instants) {
      let view = try #require(views[.growing])
      #expect(view.queues.count == snapshot.queues.count)
      for (row, line) in zip(view.queues, snapshot.queues) {
        #expect(row.calls == line.calls)
        #expect(row.waiting == line.waiting && row.longestWait == line.longestWait)
        #expect(row.serviceLevel == line.calls.serviceLevel(.standard))
      }
      let total = try #require(view.total)
      #expect(total.calls.offered == snapshot.queues.map(\.calls.offered).reduce(0, +))
      #expect(total.calls.answered == snapshot.queues.map(\.calls.answered).reduce(0, +))
      #expect(total.calls.abandoned == snapshot.queues.map(\.calls.abandoned).reduce(0, +))
      #expect(total.waiting == snapshot.queues.map(\.waiting).reduce(0, +))
    }
  }

  @Test func aRecountOfTheEndedCallsAgreesWithTheTallies() throws {
    // No transfers here: an answered call's record exists once its wrap-up is done; the
    // snapshot counts it answered from the moment it is answered, so the calls in hand (agents
    // talking or in ACW) make the difference. Abandons are counted as they happen.
    for (snapshot, calls, _) in Self.views(at: Self.instants) {
      var ended = 0
      for line in snapshot.queues {
        var recount = CallTally()
        for record in calls where record.queue == line.queue {
          recount.count(
            record, serviceLevelThreshold: .seconds(20), shortAbandon: .zero,
            conventions: .standard,
            vocabulary: .childMaintenance)
        }
        ended += recount.answered
        #expect(recount.answered <= line.calls.answered)
        #expect(recount.abandoned == line.calls.abandoned)
        #expect(recount.answeredWithinThreshold <= line.calls.answeredWithinThreshold)
        #expect(recount.handleTime == line.calls.handleTime)
        #expect(recount.answeredWait <= line.calls.answeredWait)
        #expect(line.calls.offered >= recount.offered + line.waiting)
      }
      let inHand = snapshot.agents.count { $0.state == .talking || $0.state == .afterCallWork }
      let answered = snapshot.queues.map(\.calls.answered).reduce(0, +)
      #expect(answered == ended + inHand, "answered = ended + in the agents' hands")
    }
  }

  @Test func slidingAndIntervalFiguresCountTheirOwnCalls() throws {
    for (snapshot, calls, views) in Self.views(at: Self.instants) {
      let now = snapshot.time
      let sliding = try #require(views[.sliding])
      let interval = try #require(views[.interval])
      let from = interval.window.from
      for (queue, (slidingRow, intervalRow)) in zip(sliding.queues, interval.queues).enumerated() {
        let inQueue = calls.filter { $0.queue == queue && $0.queued != nil }
        #expect(
          slidingRow.calls.offered
            == inQueue.filter { $0.ended > now - .minutes(15) && $0.ended <= now }.count)
        #expect(
          intervalRow.calls.offered
            == inQueue.filter { $0.queued! >= from && $0.queued! < from + .minutes(15) }.count)
      }
      #expect(interval.window.to.microseconds - from.microseconds == 900_000_000)
      #expect(from < now && now <= interval.window.to)
    }
  }

  @Test func aTeamSeesItsAgentsAndTheQueuesThatReachIt() throws {
    let instant = SimInstant(since: .hours(2))
    let (snapshot, _, views) = try #require(Self.views(at: [instant], team: 1).first)
    let view = try #require(views[.growing])
    #expect(view.teamID == "employer")
    #expect(view.groups.map(\.id) == ["employer"])
    #expect(view.agentTeams.map(\.id) == ["employer"])
    #expect(view.agents.count == snapshot.agents.filter { $0.team == 1 }.count)
    #expect(view.queues.map(\.id) == ["employer"])
    #expect(view.total == nil)
  }

  @Test func teamFiguresComeFromTheCallsItsAgentsHandled() throws {
    for (_, calls, views) in Self.views(at: Self.instants) {
      let view = try #require(views[.growing])
      for group in view.groups {
        let handled = calls.filter { $0.team == group.team && $0.end == .handled }
        #expect(group.handled == handled.count)
        let seconds = handled.map { ($0.talk + $0.acw).seconds }.reduce(0, +)
        if handled.isEmpty {
          #expect(group.averageHandleTime == nil)
        } else {
          let mean = try #require(group.averageHandleTime)
          #expect(abs(mean - seconds / Double(handled.count)) < 1e-6)
        }
      }
    }
  }
}

import SimKernel
import Testing

@testable import ContactCentre

extension RunRateTests {
  /// The expected calls so far against hand computations: 60, 120, 30 calls in three
  /// quarter-hours, from 0:10 to 0:35, are 60·5/15 + 120 + 30·5/15 = 150; 120 an hour for 45
  /// minutes are 90; a recorded day counts its moments in [start, end).
  @Test func expectedCallsIntegrateTheProfile() {
    let profile = ArrivalProfile.perInterval([60, 120, 30], interval: .minutes(15))
    #expect(abs(profile.expectedCalls(from: .minutes(10), to: .minutes(35)) - 150) < 1e-9)
    #expect(abs(profile.expectedCalls(from: .zero, to: .hours(2)) - 210) < 1e-9)
    #expect(profile.expectedCalls(from: .minutes(50), to: .hours(1)) == 0)
    #expect(profile.expectedCalls(from: .minutes(20), to: .minutes(10)) == 0)
    let constant = ArrivalProfile.perHour(120)
    #expect(abs(constant.expectedCalls(from: .minutes(15), to: .hours(1)) - 90) < 1e-9)
    let recorded = ArrivalProfile.recorded(
      [.minutes(20), .minutes(1), .minutes(5), .minutes(5), .minutes(10)], interval: .minutes(15))
    #expect(recorded.expectedCalls(from: .minutes(5), to: .minutes(20)) == 3)
    #expect(recorded.expectedCalls(from: .zero, to: .minutes(15)) == 4)
    #expect(recorded.expectedCalls(from: .zero, to: .hours(1)) == 5)
  }

  /// An IVR splits a line's callers by its branches' shares (hang-ups reach no queue); a line
  /// without one sends them to its call type's plan.
  @Test func expectedOfferedFollowsTheRoutes() {
    var configuration = CentreFixtures.twoQueues(seed: 1)
    let client = configuration.plan(line: 0, callType: 0) ?? -1
    let employer = configuration.plan(line: 1, callType: 1) ?? -1
    #expect(client != employer && configuration.queues.indices.contains(client))
    configuration.lines.append(
      Line(
        id: "ivr", callTypes: [Line.CallTypeShare(callType: 0, share: 1)],
        arrivals: .perHour(100),
        ivr: IVR(
          time: .fixed(30),
          branches: [
            IVRBranch(kind: .init(0), share: 0.5, plan: client),
            IVRBranch(kind: .init(1), share: 0.3, plan: employer),
            IVRBranch(kind: .init(2), share: 0.2, plan: nil),
          ])))
    let routes = configuration.queueRoutes(ofLine: 2)
    #expect(routes.map(\.queue) == [client, employer] && routes.map(\.branch) == [0, 1])
    let offered = configuration.expectedOffered(from: .zero, to: .minutes(90))
    // Client line: 40 + 60/2; employer line: 45; IVR line: 150 split 0.5 / 0.3.
    #expect(abs(offered[client] - (70 + 75)) < 1e-9)
    #expect(abs(offered[employer] - (45 + 45)) < 1e-9)
  }

  /// The prior: 1/sd² of the line's factor (own and shared multiplied), the default without;
  /// for several lines, the variances weighted by the calls each was expected to bring.
  @Test func priorShapeComesFromTheScenario() {
    var profile = ArrivalProfile.perHour(10, overdispersion: 0.2)
    #expect(abs(RunRate.priorShape(of: profile) - 25) < 1e-9)
    profile.sharedBusyness = SharedBusyness(id: "all", cv: 0.1)
    #expect(abs(RunRate.priorShape(of: profile) - 1 / (1.04 * 1.01 - 1)) < 1e-9)
    #expect(RunRate.priorShape(of: .perHour(10)) == RunRate.defaultPriorShape)

    let configuration = CentreFixtures.twoQueues(seed: 1)
    let client = configuration.plan(line: 0, callType: 0) ?? -1
    let now = SimInstant(since: .hours(2))
    // Client line (sd 0.1) alone: k = 100; with the employer line (none: the default's 0.25),
    // 100 calls at 0.01 and 60 at 0.25.
    #expect(abs(RunRate.priorShape(configuration, queues: [client], now: now) - 100) < 1e-9)
    let both = RunRate.priorShape(configuration, now: now)
    #expect(abs(both - 160 / (100 * 0.01 + 60 * 0.25)) < 1e-9)
  }

  /// From a snapshot: Λ from the profiles to the instant, N the actuals' offered, per queue.
  @Test func arrivalsFromASnapshot() {
    let configuration = CentreFixtures.twoQueues(seed: 1)
    let client = configuration.plan(line: 0, callType: 0) ?? -1
    let employer = configuration.plan(line: 1, callType: 1) ?? -1
    let actuals = [(client, 0, 30), (client, 4, 70), (employer, 1, 12), (employer, 4, 20)].map {
      CentreNow.Actual(
        queue: $0.0, interval: $0.1, offered: $0.2, answered: $0.2, abandoned: 0,
        answeredWithinThreshold: 0)
    }
    let now = CentreNow(
      time: SimInstant(since: .minutes(90)), agents: [], queues: [], actuals: actuals)
    let all = RunRate.Arrivals(configuration: configuration, now: now)
    #expect(abs(all.expected - (70 + 45)) < 1e-9 && all.counted == 132)
    let clients = RunRate.Arrivals(
      configuration: configuration, now: now, queues: [client], priorShape: 9)
    #expect(abs(clients.expected - 70) < 1e-9 && clients.counted == 100 && clients.priorShape == 9)
    #expect(abs(clients.mean - 109.0 / 79) < 1e-12)
  }

  /// The handle-time moments: talk + ACW of the calls the queues were expected to get, mixed.
  @Test func handleTimeMomentsMixTheCallTypes() throws {
    let configuration = CentreFixtures.twoQueues(seed: 1)
    let employer = configuration.plan(line: 1, callType: 1) ?? -1
    let now = SimInstant(since: .hours(1))
    let one = try #require(
      RunRate.handleTimeMoments(configuration, queues: [employer], now: now))
    #expect(abs(one.mean - 270) < 1e-9 && abs(one.sd - 120) < 1e-9)
    // 40 client calls (300 + 360, sd² 150² + 680²/12) and 30 employer calls.
    let both = try #require(RunRate.handleTimeMoments(configuration, now: now))
    let mean: Double = (40 * 660 + 30 * 270) / 70
    let clientSecond: Double = 150 * 150 + 680 * 680 / 12 + 660 * 660
    let employerSecond: Double = 120 * 120 + 270 * 270
    let second = (40 * clientSecond + 30 * employerSecond) / 70
    #expect(abs(both.mean - mean) < 1e-9)
    #expect(abs(both.sd - (second - mean * mean).squareRoot()) < 1e-9)

    let actuals = [
      CentreNow.Actual(
        queue: employer, interval: 0, offered: 30, answered: 30, abandoned: 0,
        answeredWithinThreshold: 25, handled: 30, handleTime: .seconds(30 * 297)),
      CentreNow.Actual(
        queue: employer, interval: 1, offered: 8, answered: 8, abandoned: 0,
        answeredWithinThreshold: 8, handled: 8),
    ]
    let snapshot = CentreNow(time: now, agents: [], queues: [], actuals: actuals)
    let factor = try #require(
      RunRate.HandleTime(configuration: configuration, now: snapshot, queues: [employer]))
    #expect(factor.handled == 30 && abs((factor.ratio ?? 0) - 1.1) < 1e-9)
    #expect(abs(factor.standardError - 120 / 30.0.squareRoot() / 270) < 1e-12)
  }
}

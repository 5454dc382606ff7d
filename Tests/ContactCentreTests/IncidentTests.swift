import SimKernel
import TestSupport
import Testing

@testable import ContactCentre

/// Caseworkers' incidents with the Area Advice Centre, and case-closure exception work.
struct IncidentTests {
  static let reasons = [
    ("Required information missing", 0.4), ("Team leader not consulted", 0.3),
    ("Local IT matter", 0.2), ("Advice and Guidance matter", 0.1),
  ]

  /// A client line answered by the caseworkers (some calls closing Unresolved – Escalated), and
  /// one AAC area whose line is answered by two AAC agents.
  static func centre(
    seed: UInt64 = 1, problemsPerHour: Double = 0.5, hours: Int = 8,
    exceptions: Bool = false
  ) -> CentreConfiguration {
    var configuration = CentreConfiguration(
      name: "incidents", seed: seed, duration: .hours(hours),
      lines: [
        Line(id: "client", callType: 0, arrivals: .perHour(60)),
        Line(id: "aac-plymouth", kind: .aac, callType: 1, arrivals: .perHour(0)),
      ],
      callTypes: [
        CallType(
          id: "client", talk: .exponential(mean: 300), acw: .fixed(30),
          patience: .exponential(mean: 300),
          outcomes: OutcomeMix([(.callResolved, 0.9), (.unresolvedEscalated, 0.1)])),
        CallType(id: "incident", talk: .exponential(mean: 600), acw: .fixed(60), patience: nil),
      ],
      teams: [
        Team(id: "caseworkers", agents: 10, handles: [0]),
        Team(id: "aac", agents: 2, handles: [1]),
      ])
    configuration.teams[0].casegroups = 200
    configuration.aac = AreaAdviceCentre(
      areas: [.init(prefix: "PLY", name: "Plymouth", line: 1, teams: [0])],
      evaluation: IncidentEvaluation(
        reject: 0.2, rejectReasons: reasons.map { .init(name: $0.0, share: $0.1) }, resolve: 0.3,
        resolveSuccess: 0.8, callBack: 0.2, callBackAfter: .exponential(mean: 1800),
        callBackTalk: .fixed(300), callBackSuccess: 0.7, assign: 0.3,
        domains: [
          .init(domain: .policy, share: 0.5, delay: .exponential(mean: 3600)),
          .init(domain: .liveServiceSupport, share: 0.5, delay: .exponential(mean: 7200)),
        ], emailSuccess: 0.8, response: .fixed(300)))
    configuration.incidents = Incidents(
      perCaseworkerHour: problemsPerHour, fromEscalated: 1,
      local: [
        .init(step: .procedures, time: .fixed(300), solves: 0.2),
        .init(step: .colleagues, time: .fixed(300), solves: 0.1),
      ], document: .fixed(600), approval: .fixed(900))
    if exceptions {
      configuration.exceptions = CaseClosureExceptions(
        at: .hours(2), reportsPerBatch: 40,
        reasons: [.init(name: "Transition date not set", share: 1)], technicalSkip: 0.4,
        ams: 0.2, caseworker: 0.4, amsFixed: 0.5, work: .fixed(900), teams: [0])
    }
    return configuration
  }

  @Test(arguments: 1...5)
  func everyIncidentHasOneNumberAndOneState(seed: Int) {
    let configuration = Self.centre(seed: UInt64(seed))
    let statistics = CentreRun.run(configuration, replication: 0, calls: true, checks: true)
    #expect(statistics.violation == nil, "\(statistics.violation ?? "")")
    let incidents = statistics.incidents
    #expect(incidents.raised > 0 && incidents.problems > incidents.raised)
    let records = statistics.incidentRecords
    #expect(records.count == incidents.raised, "one record per incident raised")
    #expect(Set(records.map(\.number)).count == records.count, "numbers are unique")
    #expect(records.allSatisfy { $0.number.hasPrefix("PLY") && $0.number.count == 8 })
    let closed = records.filter { $0.closedAt != nil }
    #expect(closed.allSatisfy { $0.state == .closedRejected || $0.state == .closedResolved })
    #expect(
      records.filter { $0.closedAt == nil }.allSatisfy {
        $0.state == .open || $0.state == .assigned
      })
    #expect(closed.count == incidents.closed)
    #expect(incidents.raised == incidents.closed + incidents.openAtEnd)
    let solved = incidents.solvedLocally.reduce(0, +)
    #expect(incidents.problems == solved + incidents.raised + incidents.problemsOpenAtEnd)
    #expect(
      incidents.raisedFromOtherAreas == 0 && incidents.raisedFromThisCentre == incidents.raised)
    #expect(incidents.fromEscalated > 0)
    #expect(incidents.caseworkerTime > 0)
  }

  /// Other areas' calls on the AAC line's own arrivals, more than the desk can answer: the
  /// funnel adds up step by step — this centre's problems are solved locally, raised or not
  /// yet raised; the incidents raised are this centre's and other areas'; and they are
  /// rejected, resolved or open. Other areas' calls still waiting at the end are no problems.
  @Test(arguments: 1...5)
  func theIncidentFunnelAddsUpWithOtherAreasCalls(seed: Int) {
    var configuration = Self.centre(seed: UInt64(seed))
    configuration.lines[1].arrivals = .perHour(10)
    let statistics = CentreRun.run(configuration, replication: 0, calls: true, checks: true)
    #expect(statistics.violation == nil, "\(statistics.violation ?? "")")
    let incidents = statistics.incidents
    let solved = incidents.solvedLocally.reduce(0, +)
    #expect(
      incidents.problems == solved + incidents.raisedFromThisCentre + incidents.problemsOpenAtEnd)
    #expect(incidents.raisedFromThisCentre > 0 && incidents.raisedFromOtherAreas > 0)
    #expect(incidents.raised == incidents.raisedFromThisCentre + incidents.raisedFromOtherAreas)
    #expect(incidents.raised == incidents.closed + incidents.openAtEnd)
    let records = statistics.incidentRecords
    #expect(records.count { $0.agent < 0 } == incidents.raisedFromOtherAreas)
    #expect(statistics.lines[1].unresolvedAtEnd > 1, "the desk is overrun: calls wait at the end")
  }

  @Test func rejectionReasonsComeInTheirShares() {
    var configuration = Self.centre(problemsPerHour: 1, hours: 300)
    configuration.aac!.evaluation.reject = 1
    configuration.aac!.evaluation.resolve = 0
    configuration.aac!.evaluation.callBack = 0
    configuration.aac!.evaluation.assign = 0
    configuration.teams[1] = Team(id: "aac", agents: 6, handles: [1])
    let statistics = CentreRun.run(configuration, replication: 0, checks: true)
    let rejected = statistics.incidents.rejected
    let total = rejected.reduce(0, +)
    #expect(total > 2000)
    for (index, reason) in Self.reasons.enumerated() {
      let p = reason.1
      let sigma = (Double(total) * p * (1 - p)).squareRoot()
      #expect(
        abs(Double(rejected[index]) - Double(total) * p) < 4.5 * sigma,
        "\(reason.0): \(rejected[index]) of \(total), expected \(p)")
    }
  }

  @Test func aLockAssignedCasegroupsCallsGoOnlyToItsOwner() {
    var configuration = Self.centre(problemsPerHour: 0.3, hours: 40)
    configuration.teams[0].casegroups = 20  // few casegroups: callers often hit a locked one
    configuration.lines[0] = Line(
      id: "client", callTypes: [.init(callType: 0, share: 1)], arrivals: .perHour(60),
      ivr: IVR(
        time: .fixed(10),
        branches: [IVRBranch(kind: .validScin, share: 1, plan: configuration.defaultPlan[0])]))
    let statistics = CentreRun.run(configuration, replication: 0, calls: true, checks: true)
    #expect(statistics.incidents.lockedCalls > 0)
    let locked = configuration.lockedPlan!
    let owners = Dictionary(
      statistics.incidentRecords.map { ($0.casegroup, Set([$0.agent])) },
      uniquingKeysWith: { $0.union($1) })
    let answered = statistics.calls.filter { $0.queue == locked && $0.agent >= 0 }
    #expect(!answered.isEmpty)
    for call in answered {
      #expect(
        owners[call.scin]?.contains(call.agent) == true, "call for \(call.scin) to \(call.agent)")
    }
  }

  @Test func moreIncidentsLowerTheClientServiceLevel() {
    // Paired: the same seeds and replications, light against heavy incident load.
    var differences: [Double] = []
    for replication in 0..<10 {
      let light = CentreRun.run(Self.centre(problemsPerHour: 0.05), replication: replication)
      let heavy = CentreRun.run(Self.centre(problemsPerHour: 1.5), replication: replication)
      let client = 0
      func level(_ statistics: RunStatistics) -> Double {
        let tally = statistics.lines[client]
        return Double(tally.answeredWithinThreshold) / Double(max(tally.offered, 1))
      }
      differences.append(level(heavy) - level(light))
    }
    let n = Double(differences.count)
    let mean = differences.reduce(0, +) / n
    let variance = differences.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / (n - 1)
    let halfWidth =
      StudentT.quantile(0.975, degreesOfFreedom: differences.count - 1)
      * (variance / n).squareRoot()
    #expect(mean + halfWidth < 0, "SL difference \(mean) ± \(halfWidth)")
  }

  @Test func exceptionItemsAreWorkedWhenNoCallWaits() {
    let configuration = Self.centre(problemsPerHour: 0, exceptions: true)
    let statistics = CentreRun.run(configuration, replication: 0, checks: true)
    let exceptions = statistics.exceptions
    let reports = exceptions.reports.reduce(0, +)
    #expect(reports > 10)
    #expect(
      reports == exceptions.technicalSkips + exceptions.amsFixed + exceptions.amsClerical
        + exceptions.toCaseworker)
    #expect(exceptions.toCaseworker == exceptions.worked + exceptions.openAtEnd)
    #expect(exceptions.worked > 0)
    #expect(exceptions.caseworkerTime == Int64(exceptions.worked) * 900_000_000)
    #expect(statistics.exceptionBacklog.count == configuration.intervalCount)
  }
}

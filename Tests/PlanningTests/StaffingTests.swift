import ContactCentre
import SimKernel
import TestSupport
import Testing

@testable import Planning

/// The pieces of the staffing search: rosters from a staffing, the forecast, the teams chosen,
/// the Erlang start.
struct StaffingTests {
  static func day(
    start: SimDuration = .hours(8), interval: SimDuration = .hours(1), hours: Int = 6
  ) -> CentreConfiguration {
    CentreConfiguration(
      name: "day", startOfDay: start, duration: .hours(hours), interval: interval,
      lines: [Line(id: "main", callType: 0, arrivals: .perHour(100))],
      callTypes: [CallType(id: "general", talk: .exponential(mean: 180), patience: nil)],
      teams: [Team(id: "gich", agents: 1, handles: [0])])
  }

  /// Agents stacked per interval: exactly `agents[i]` logged in throughout interval i, shifts
  /// starting and ending only at interval boundaries or at the clock's midnight, which none
  /// crosses; one shift per distinct stretch, in order of start then end, numbered as entries.
  @Test(arguments: [
    ([2, 3, 1, 0, 2, 2], SimDuration.hours(8)),
    ([0, 0, 4, 4, 1, 5], SimDuration.hours(21)),  // crosses midnight at 03:00 into the run
    ([1, 0, 1, 0, 1, 0], SimDuration.hours(22) + .minutes(30)),  // midnight inside interval 1
    ([0, 0, 0, 0, 0, 0], SimDuration.zero),
  ])
  func shiftsStackAgents(_ agents: [Int], start: SimDuration) {
    let configuration = Self.day(start: start)
    let shifts = Staffing.shifts(agents, in: configuration)
    let hour = SimDuration.hours(1)
    let day = SimDuration.hours(24).microseconds
    for (index, count) in agents.enumerated() {
      let from = hour * Int64(index)
      for offset in [SimDuration.zero, .minutes(29), .minutes(59) + .seconds(59)] {
        let instant = from + offset
        let working = shifts.filter { $0.start <= instant && instant < $0.end }
        #expect(working.reduce(0) { $0 + $1.agents.count } == count, "hour \(index) + \(offset)")
      }
    }
    for shift in shifts {
      for edge in [shift.start, shift.end] {
        let clock = (edge + start).microseconds
        #expect(edge.microseconds % hour.microseconds == 0 || clock % day == 0)
      }
      let startDay = (shift.start + start).microseconds / day
      let lastDay = (shift.end + start).microseconds / day
      #expect(
        startDay == lastDay
          || (lastDay == startDay + 1 && (shift.end + start).microseconds % day == 0))
      #expect(shift.notReady.isEmpty && shift.agents.allSatisfy { $0 == AgentProfile() })
    }
    #expect(shifts.map(\.entry) == shifts.indices.map { $0 })
    #expect(zip(shifts, shifts.dropFirst()).allSatisfy { ($0.start, $0.end) < ($1.start, $1.end) })
  }

  @Test func stretchesAreWhole() {
    // 2, 3, 1: two agents work hours 0–2, one more works hour 1 only, and nobody changes hands.
    let shifts = Staffing.shifts([2, 3, 1], in: Self.day(hours: 3))
    #expect(
      shifts.map { [$0.start, $0.end] } == [
        [.zero, .hours(2)],  // the second agent, until the third hour
        [.zero, .hours(3)],  // the first, all day
        [.hours(1), .hours(2)],  // the third, the second hour only
      ])
    #expect(shifts.map(\.agents.count) == [1, 1, 1])
  }

  /// Forecast calls split by the call-type mix and IVR branches (hang-ups reach no queue);
  /// handle time = security + interpreter connection + (1 − fail share)(talk + identification
  /// + interpreting) + ACW, all means; a partial last interval gets its share of the calls.
  @Test func forecastSplitsCallsAndWork() {
    let ivr = IVR(
      time: .fixed(30),
      branches: [
        IVRBranch(kind: .hangUp, share: 0.1, plan: nil),
        IVRBranch(kind: .noScin, share: 0.6, plan: 0, identification: .fixed(60)),
        IVRBranch(kind: .invalidScin, share: 0.3, plan: 1),
      ])
    var configuration = CentreConfiguration(
      name: "forecast", duration: .minutes(90), interval: .hours(1),
      lines: [
        Line(
          id: "client", callTypes: [.init(callType: 0, share: 1)],
          arrivals: .perInterval([100, 200], interval: .hours(1)), ivr: ivr),
        Line(id: "employer", kind: .employer, callType: 1, arrivals: .perHour(40)),
      ],
      callTypes: [
        CallType(
          id: "client", talk: .exponential(mean: 200), acw: .uniform(min: 20, max: 40),
          patience: .exponential(mean: 120),
          security: SecurityCheck(time: .fixed(30), failShare: 0.1)),
        CallType(
          id: "employer", talk: .fixed(100), patience: nil,
          interpretation: Interpretation(share: 0.5, connect: .fixed(20), extraTalk: .fixed(60))),
      ],
      teams: [
        Team(id: "gich", agents: 1, handles: []), Team(id: "third", agents: 1, handles: []),
        Team(id: "employer", agents: 1, handles: [1]),
      ],
      plans: [
        RoutingPlan(id: "gich", steps: [RoutingStep(after: .zero, target: .teams([0]))]),
        RoutingPlan(id: "third", steps: [RoutingStep(after: .zero, target: .teams([1]))]),
      ])
    configuration.serviceLevelTarget = 0.8
    let forecast = WorkloadForecast(configuration)
    let employerQueue = configuration.defaultPlan[1]!
    #expect(forecast.intervalSeconds == [3600, 1800])
    #expect(forecast.queuesWithCalls == [0, 1, employerQueue])
    let gich = forecast.cell(interval: 1, queues: [0])
    #expect(abs(gich.calls - 200 * 0.5 * 0.6) < 1e-9)  // half of the second hour's calls
    // The identification (60 s) comes before the questions: failed calls take it too.
    #expect(abs(gich.averageHandleTime! - (60 + 30 + 0.9 * 200 + 30)) < 1e-9)
    #expect(abs(gich.meanPatience! - 120) < 1e-9)
    let third = forecast.cell(interval: 0, queues: [1])
    #expect(abs(third.calls - 30) < 1e-9)
    #expect(abs(third.averageHandleTime! - (30 + 0.9 * 200 + 30)) < 1e-9)
    let employer = forecast.cell(interval: 1, queues: [employerQueue])
    #expect(abs(employer.calls - 20) < 1e-9)
    #expect(abs(employer.averageHandleTime! - (0.5 * 20 + 100 + 0.5 * 60)) < 1e-9)
    #expect(employer.meanPatience == nil)
  }

  /// Every team a queue offers its calls to first when their queues are apart; the one named
  /// with `--team`; an error when a queue offers its calls to two teams at once and none is
  /// named, or the name is wrong. A team reached only after a wait takes overflow: not its
  /// queue.
  @Test func teamsToStaff() throws {
    var configuration = Self.day()
    configuration.lines.append(Line(id: "employer", callType: 1, arrivals: .perHour(20)))
    configuration.callTypes.append(
      CallType(id: "employer", talk: .exponential(mean: 240), patience: nil))
    configuration.teams = [
      Team(id: "gich", agents: 1, handles: [0]), Team(id: "idle", agents: 1, handles: []),
      Team(id: "employer", agents: 1, handles: [1]),
    ]
    let forecast = WorkloadForecast(configuration)
    let all = try StaffedTeam.choose(nil, in: configuration, forecast: forecast)
    #expect(all.map(\.team) == [0, 2])
    #expect(all.map { $0.queues.map { configuration.queues[$0].id } } == [["gich"], ["employer"]])
    #expect(try StaffedTeam.choose("employer", in: configuration, forecast: forecast).count == 1)
    #expect(throws: StaffingError.teamAnswersNoCalls("idle")) {
      try StaffedTeam.choose("idle", in: configuration, forecast: forecast)
    }
    #expect(throws: StaffingError.unknownTeam("nobody", known: ["gich", "idle", "employer"])) {
      try StaffedTeam.choose("nobody", in: configuration, forecast: forecast)
    }
    var overflow = configuration
    overflow.lines[0].plan = 0
    overflow = CentreConfiguration(
      name: "overflow", duration: .hours(2), lines: overflow.lines, callTypes: overflow.callTypes,
      teams: overflow.teams,
      plans: [
        RoutingPlan(
          id: "first-gich",
          steps: [
            RoutingStep(after: .zero, target: .teams([0])),
            RoutingStep(after: .minutes(3), target: .teams([1])),
          ])
      ])
    let overflowForecast = WorkloadForecast(overflow)
    #expect(
      try StaffedTeam.choose(nil, in: overflow, forecast: overflowForecast).map(\.team) == [0, 2])
    #expect(throws: StaffingError.teamAnswersNoCalls("idle")) {
      try StaffedTeam.choose("idle", in: overflow, forecast: overflowForecast)
    }
    configuration.teams[1].handles = [0]
    let shared = WorkloadForecast(configuration)
    #expect(throws: StaffingError.sharedQueue(queue: "gich+idle", teams: ["gich", "idle"])) {
      try StaffedTeam.choose(nil, in: configuration, forecast: shared)
    }
    #expect(try StaffedTeam.choose("idle", in: configuration, forecast: shared).count == 1)
  }

  /// The Erlang start: C without patience, A with it (abandons help the service level), more
  /// agents for an abandon or occupancy cap, none without calls.
  @Test func erlangStart() {
    var cell = WorkloadForecast.Cell()
    cell.calls = 200
    cell.handleSeconds = 200 * 180
    let goal = StaffingGoal(target: 0.8, threshold: .seconds(20))
    let plain = StaffingSearch.erlangRequirement(cell, seconds: 3600, goal: goal)
    #expect(plain.agents == 14)
    #expect(
      plain.result?.serviceLevel
        == Erlang.c(
          ErlangInput(callsPerHour: 200, averageHandleTime: 180, agents: 14, threshold: 20)
        )
        .serviceLevel)
    let capped = StaffingSearch.erlangRequirement(
      cell, seconds: 3600,
      goal: StaffingGoal(target: 0.8, threshold: .seconds(20), maxOccupancy: 0.6))
    #expect(capped.agents == 17)  // 10 erlangs on 17 agents: 58.8 % busy
    var patient = cell
    patient.patientCalls = 200
    patient.patienceSeconds = 200 * 60
    let erlangA = StaffingSearch.erlangRequirement(patient, seconds: 3600, goal: goal)
    let expected = Erlang.agentsRequired(
      ErlangInput(
        callsPerHour: 200, averageHandleTime: 180, agents: 0, threshold: 20, patience: 60),
      serviceLevel: 0.8)
    #expect(erlangA.agents == expected.agents)
    #expect(erlangA.result?.abandonRate ?? 0 > 0)
    #expect(StaffingSearch.erlangRequirement(.init(), seconds: 3600, goal: goal).agents == 0)
  }

  /// With an occupancy cap, the requirement is the first staffing of a scan upward that meets
  /// the service level, the abandon cap and the occupancy cap: Erlang C, and Erlang A with a
  /// short and a long patience.
  @Test func anOccupancyCapGivesTheFirstStaffingOfAScanThatMeetsEveryCap() {
    for (calls, handle) in [(50.0, 120.0), (200, 180), (800, 300)] {
      for patience in [nil, 60.0, 600] {
        for cap in [0.5, 0.7, 0.9] {
          var cell = WorkloadForecast.Cell()
          cell.calls = calls
          cell.handleSeconds = calls * handle
          if let patience {
            cell.patientCalls = calls
            cell.patienceSeconds = calls * patience
          }
          let goal = StaffingGoal(
            target: 0.8, threshold: .seconds(20), maxAbandon: 0.05, maxOccupancy: cap)
          let found = StaffingSearch.erlangRequirement(cell, seconds: 3600, goal: goal)
          let load = calls * handle / 3600
          var agents = patience == nil ? Int(load.rounded(.down)) + 1 : 1
          while true {
            let result = Erlang.a(
              ErlangInput(
                callsPerHour: calls, averageHandleTime: handle, agents: agents, threshold: 20,
                patience: patience))
            if result.serviceLevel >= 0.8 && result.abandonRate <= 0.05
              && result.occupancy <= cap
            {
              break
            }
            agents += 1
          }
          #expect(found.agents == agents, "\(calls) calls/h, \(handle) s, cap \(cap)")
        }
      }
    }
  }
}

/// Agents the scenario names keep their identity on the lowest stacked levels.
struct StaffingNamedAgentsTests {
  @Test func theLowestLevelsTakeTheNamedProfilesUpToTheMostAgentsAtOnce() {
    let day = StaffingTests.day(hours: 3)
    let named = ["A", "B", "C"].map { AgentProfile(staffNumber: $0) }
    // Level 0 works all three hours, level 1 the first only; C has no level.
    let shifts = Staffing.shifts([2, 1, 1], keeping: named, in: day)
    #expect(shifts.map(\.start) == [.zero, .zero])
    #expect(shifts.map(\.end) == [.hours(3), .hours(1)])
    #expect(shifts.map { $0.agents.map(\.staffNumber) } == [["A"], ["B"]])
    #expect(shifts.map(\.entry) == [0, 1])
    #expect(Staffing.missingNamedAgents([2, 1, 1], keeping: named).map(\.staffNumber) == ["C"])
    // One more agent at once: C takes the third level, anonymous agents the rest.
    let more = Staffing.shifts([4, 1, 1], keeping: named, in: day)
    #expect(more.map(\.agents.count) == [1, 1, 1, 1])
    #expect(more[0].agents == [AgentProfile()] && more[1].agents == [named[0]])
    #expect(Staffing.missingNamedAgents([4, 1, 1], keeping: named).isEmpty)
    // Nobody named: the anonymous roster as before.
    #expect(
      Staffing.shifts([2, 1, 1], keeping: [], in: day) == Staffing.shifts([2, 1, 1], in: day))
  }
}

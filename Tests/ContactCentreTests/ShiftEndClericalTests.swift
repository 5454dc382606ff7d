import SimKernel
import TestSupport
import Testing

@testable import ContactCentre

/// Clerical work left over from an ACW cut at the limit (seed 002: "If a caseworker requires
/// more than 10 minutes ACW … they will need to put their Call Status to Not Ready and enter
/// the reason code as Customer Related Clerical Work") is not done after the shift's end
/// (docs §9, Shifts): at the edge, a cut one second before the end and one second after it.
struct ShiftEndClericalTests {
  typealias Rules = TelephonyRuleTests

  /// One caseworker on shift for the first hour; the call at t = 0 talks for `talk` and needs
  /// 15 minutes of ACW, cut at 10: the cut falls at `talk` + 10 min.
  static func run(talk: SimDuration) -> RunStatistics {
    let callType = CallType(
      id: "enquiry", talk: .fixed(talk.seconds), acw: .fixed(900), patience: nil)
    var configuration = Rules.centre(
      lines: [Line(id: "line", callType: 0, arrivals: .perHour(0))],
      teams: [
        Team(
          id: "gich", handles: [],
          shifts: [Shift(start: .zero, end: .hours(1), agents: [AgentProfile()])])
      ],
      plans: [RoutingPlan(id: "gich", steps: [RoutingStep(after: .zero, target: .teams([0]))])])
    configuration.callTypes = [callType]
    configuration.lines[0].plan = 0
    return Rules.run(configuration, callers: 1, until: .hours(2))
  }

  @Test func aCutBeforeTheShiftEndsIsFollowedByClericalWorkUntilTheEnd() {
    // Talk 49:59, cut at 59:59: one second of clerical work, then the shift is over.
    let statistics = Self.run(talk: .seconds(49 * 60 + 59))
    #expect(statistics.acwTimeouts == 1)
    #expect(statistics.teams[0][reason: .customerRelatedClericalWork] == .seconds(1))
    #expect(statistics.teams[0].loggedIn == .hours(1))
  }

  @Test func aCutAfterTheShiftEndedLeavesNoClericalWork() {
    // Talk 50:01, cut at 60:01, after the shift's end: the caseworker logs out at the cut.
    let statistics = Self.run(talk: .seconds(50 * 60 + 1))
    #expect(statistics.acwTimeouts == 1)
    #expect(statistics.teams[0][reason: .customerRelatedClericalWork] == .zero)
    #expect(statistics.teams[0][.notReady] == .zero)
    #expect(statistics.teams[0].loggedIn == .hours(1) + .seconds(1), "logged out at the cut")
  }
}

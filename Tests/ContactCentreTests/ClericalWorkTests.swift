import SimKernel
import TestSupport
import Testing

@testable import ContactCentre

/// Clerical work left when the ACW is cut at the 10-minute limit (seed 002): the share of
/// caseworkers who put themselves NotReady – Customer Related Clerical Work for it, and the
/// delay before they do, at the edges.
///
/// One caseworker, two callers at t = 0: the first is talked to 0–600 s, its ACW of 15 minutes
/// is cut at 1,200 s with 300 s of clerical work left; the second waits.
struct ClericalWorkTests {
  typealias Rules = TelephonyRuleTests

  static func centre(share: Double, delay: Distribution = .fixed(0)) -> CentreConfiguration {
    var behaviour = AgentBehaviour.ideal
    behaviour.clericalNotReadyShare = share
    behaviour.clericalNotReadyDelay = delay
    var configuration = CentreFixtures.singleQueue(
      perHour: 0, talk: .fixed(600), acw: .fixed(900), agents: 1, duration: .hours(2))
    configuration.teams[0].behaviour = behaviour
    return configuration
  }

  @Test func everyoneNotReadyAtOnceIsNeverOfferedACallBeforeTheClericalWorkIsDone() {
    let configuration = Self.centre(share: 1)
    for second in [1_200, 1_499] {
      _ = Rules.run(configuration, callers: 2, until: .seconds(second)) { centre, now in
        #expect(
          centre.state(ofAgent: 0, at: now) == (.notReady, .customerRelatedClericalWork),
          "at \(second) s")
      }
    }
    _ = Rules.run(configuration, callers: 2, until: .seconds(1_500)) { centre, now in
      #expect(centre.state(ofAgent: 0, at: now).state == .talking, "the second caller at 1,500 s")
    }
    let statistics = Rules.run(configuration, callers: 2, until: .hours(2))
    #expect(statistics.teams[0][reason: .customerRelatedClericalWork] == .seconds(600))
  }

  @Test func nobodyNotReadyIsOfferedTheWaitingCallAtTheCut() {
    let configuration = Self.centre(share: 0)
    _ = Rules.run(configuration, callers: 2, until: .seconds(1_200)) { centre, now in
      #expect(centre.state(ofAgent: 0, at: now).state == .talking, "offered the call at the cut")
    }
    let statistics = Rules.run(configuration, callers: 2, until: .hours(2))
    #expect(statistics.teams[0][reason: .customerRelatedClericalWork] == .zero)
    #expect(statistics.total.answered == 2)
    #expect(statistics.total.longestWait == SimDuration.seconds(1_200).microseconds)
  }

  @Test func aCallInTheDelayIsTakenAndTheClericalWorkDoneAfterIt() {
    // NotReady 60 s after the cut: the waiting caller is offered at the cut (1,200 s), talked
    // to until 1,800 s, its ACW cut at 2,400 s; then both calls' clerical work, 600 s.
    let configuration = Self.centre(share: 1, delay: .fixed(60))
    _ = Rules.run(configuration, callers: 2, until: .seconds(1_261)) { centre, now in
      #expect(centre.state(ofAgent: 0, at: now).state == .talking)
    }
    _ = Rules.run(configuration, callers: 2, until: .seconds(2_999)) { centre, now in
      #expect(centre.state(ofAgent: 0, at: now) == (.notReady, .customerRelatedClericalWork))
    }
    _ = Rules.run(configuration, callers: 2, until: .seconds(3_000)) { centre, now in
      #expect(centre.state(ofAgent: 0, at: now).state == .ready)
    }
  }

  @Test func aCaseworkerStillReadyWhenTheDelayIsUpGoesNotReady() {
    // One caller: Ready from the cut at 1,200 s, NotReady at 1,260 s for 300 s.
    let configuration = Self.centre(share: 1, delay: .fixed(60))
    _ = Rules.run(configuration, callers: 1, until: .seconds(1_259)) { centre, now in
      #expect(centre.state(ofAgent: 0, at: now).state == .ready)
    }
    _ = Rules.run(configuration, callers: 1, until: .seconds(1_260)) { centre, now in
      #expect(centre.state(ofAgent: 0, at: now) == (.notReady, .customerRelatedClericalWork))
    }
    let statistics = Rules.run(configuration, callers: 1, until: .hours(2))
    #expect(statistics.teams[0][reason: .customerRelatedClericalWork] == .seconds(300))
  }
}

import SimKernel
import Testing

@testable import ContactCentre

/// A redial by the same person with the same question (`Redials.Rule.sameCaller`) keeps the
/// caller's patience, talk and ACW: the very same times as the call before it — as a
/// ContactCenters retrial is the same `Contact` object entering the router again (its
/// `Bilingual` example).
struct SameCallerRedialTests {
  static let delay = SimDuration.minutes(20)

  /// Each redial's record with the record of the call it follows: a caller rings again
  /// `delay` after hanging up (`afterAbandon`) or after their talk ends.
  static func pairs(_ records: [CallRecord], afterAbandon: Bool) -> [(CallRecord, CallRecord)] {
    var byEnd: [SimInstant: CallRecord] = [:]
    for record in records {
      if afterAbandon, record.end == .abandoned {
        byEnd[record.ended] = record
      } else if !afterAbandon, let answered = record.answered {
        byEnd[answered + record.talk] = record
      }
    }
    // A redial still waiting or talking at the end of the run shows only part of its times.
    let ended: CallRecord.End = afterAbandon ? .abandoned : .handled
    return records.filter { $0.isRedial && $0.end == ended }.compactMap { redial in
      byEnd[redial.arrived - delay].map { ($0, redial) }
    }
  }

  static func run(agents: Int, patience: Distribution?, rule: Redials.Rule, afterAbandon: Bool)
    -> [CallRecord]
  {
    var configuration = CentreFixtures.singleQueue(
      perHour: 60, talk: .uniform(min: 180, max: 420), acw: .uniform(min: 30, max: 90),
      patience: patience, agents: agents, duration: .hours(6), seed: 18)
    configuration.redials =
      afterAbandon
      ? Redials(afterAbandon: rule)
      : Redials(afterOutcome: [configuration.vocabulary.resolved: rule])
    return CentreRun.run(configuration, replication: 0, calls: true).calls
  }

  @Test(arguments: [true, false])
  func anAbandoningCallerRingsAgainWithTheSamePatience(sameCaller: Bool) {
    // Nobody answers: every caller hangs up when their patience runs out, wait = patience.
    let rule = Redials.Rule(
      probability: 0.75, delay: .fixed(Self.delay.seconds), sameCaller: sameCaller)
    let records = Self.run(
      agents: 0, patience: .exponential(mean: 120), rule: rule, afterAbandon: true)
    let pairs = Self.pairs(records, afterAbandon: true)
    #expect(pairs.count > 50)
    let same = pairs.filter { $0.0.wait == $0.1.wait }.count
    if sameCaller {
      #expect(same == pairs.count, "\(pairs.count - same) redials drew a new patience")
    } else {
      #expect(same == 0, "without sameCaller, patience is drawn anew")
    }
  }

  @Test(arguments: [true, false])
  func aCallerRingingBackHasTheSameTalkAndACW(sameCaller: Bool) {
    // Enough agents that every call is answered at once.
    let rule = Redials.Rule(
      probability: 0.5, delay: .fixed(Self.delay.seconds), sameCaller: sameCaller)
    let records = Self.run(
      agents: 40, patience: .exponential(mean: 120), rule: rule, afterAbandon: false)
    #expect(records.allSatisfy { $0.end != .abandoned })
    let pairs = Self.pairs(records, afterAbandon: false)
    #expect(pairs.count > 50)
    let same = pairs.filter { $0.0.talk == $0.1.talk && $0.0.acw == $0.1.acw }.count
    if sameCaller {
      #expect(same == pairs.count, "\(pairs.count - same) redials drew a new talk or ACW")
    } else {
      #expect(same == 0, "without sameCaller, talk and ACW are drawn anew")
    }
  }

  @Test func aCallerRingingBackKeepsTheirTimesWhenTheyDependOnWhoServes() {
    // The team's own times for the call type (handle time by who serves): the redial, served
    // by the same team, talks and wraps up exactly as long as the first call — the first
    // call's uniforms, not the redial's own (`KeptAttempts.Attempt.timesOf`).
    var configuration = CentreFixtures.singleQueue(
      perHour: 60, talk: .uniform(min: 180, max: 420), acw: .uniform(min: 30, max: 90),
      patience: .exponential(mean: 120), agents: 40, duration: .hours(6), seed: 18)
    configuration.teams[0].handleTimes = [
      TeamHandleTime(
        callType: 0, talk: .uniform(min: 60, max: 120), acw: .uniform(min: 10, max: 20))
    ]
    let rule = Redials.Rule(probability: 0.5, delay: .fixed(Self.delay.seconds), sameCaller: true)
    configuration.redials = Redials(afterOutcome: [configuration.vocabulary.resolved: rule])
    let records = CentreRun.run(configuration, replication: 0, calls: true).calls
    let pairs = Self.pairs(records, afterAbandon: false)
    #expect(pairs.count > 50)
    #expect(pairs.allSatisfy { $0.0.talk <= .seconds(120) })
    let same = pairs.filter { $0.0.talk == $0.1.talk && $0.0.acw == $0.1.acw }.count
    #expect(same == pairs.count, "\(pairs.count - same) redials mixed new and kept draws")
  }
}

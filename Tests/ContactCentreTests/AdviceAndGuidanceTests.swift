import SimKernel
import Testing

@testable import ContactCentre

/// Advice and Guidance answering days later. Seed 000: "Advice and Guidance aim to provide a
/// response to case specific enquiries within five working days. Non case specific enquiries
/// may take a little longer and urgent enquiries have a 24 hour turnaround."
struct AdviceAndGuidanceTests {
  /// The quiet centre (8 hours) whose only local step is A&G: raising the request takes 10
  /// minutes, the answer comes after `response` (urgent ones after `urgent`), and solves the
  /// problem with probability `solves`.
  static func centre(
    referred: Double = 1, response: Distribution = .fixed(5 * 86_400), urgentShare: Double = 0,
    urgent: Distribution = .fixed(86_400), solves: Double = 1
  ) -> CentreConfiguration {
    var configuration = LockAssignTests.quiet()
    configuration.incidents!.local = [
      .init(
        step: .adviceAndGuidance, time: .fixed(600), solves: solves,
        answer: AdviceAndGuidance(
          referred: referred, response: response, urgentShare: urgentShare, urgentResponse: urgent,
          review: .fixed(900)))
    ]
    return configuration
  }

  /// Caseworker 0 meets a problem at 1h in `configuration`; its tallies at the end of the run.
  static func run(_ configuration: CentreConfiguration) -> IncidentTally {
    var run = LockAssignTests.Driven(configuration)
    run.run(to: 3600)
    run.centre.raiseProblem(
      person: 0, team: 0, casegroup: LockAssignTests.casegroup, escalated: false,
      at: run.simulation.now, in: &run.simulation)
    let end = SimInstant(since: configuration.duration)
    CentreRun.advance(&run.simulation, &run.centre, to: end)
    #expect(run.centre.violation == nil)
    let centre = run.centre
    return centre.finish(at: end).incidents
  }

  /// The request is raised at 1h10m; the run ends at 8h.
  static let untilEnd = SimDuration.hours(8) - .seconds(4200)

  @Test func anAnswerDueAfterTheEndIsOutstanding() {
    let after = Self.run(Self.centre(response: .fixed((Self.untilEnd + .seconds(1)).seconds)))
    #expect(after.adviceRequested == 1)
    #expect(after.adviceAnswered == 0)
    #expect(after.adviceOutstandingAtEnd == 1)
    #expect(after.problemsOpenAtEnd == 1, "the parked problem is still the caseworker's")
    #expect(after.solvedLocally[Incidents.LocalStep.adviceAndGuidance.rawValue] == 0)
    let before = Self.run(Self.centre(response: .fixed((Self.untilEnd - .seconds(1)).seconds)))
    #expect(before.adviceRequested == 1)
    #expect(before.adviceAnswered == 1)
    #expect(before.adviceOutstandingAtEnd == 0)
  }

  @Test func anUrgentRequestIsAnsweredInItsTurnaroundTheOthersInFiveWorkingDays() {
    let urgent = Self.run(Self.centre(urgentShare: 1, urgent: .fixed(3600)))
    #expect(urgent.adviceRequested == 1 && urgent.adviceUrgent == 1)
    #expect(urgent.adviceAnswered == 1 && urgent.adviceOutstandingAtEnd == 0)
    #expect(urgent.solvedLocally[Incidents.LocalStep.adviceAndGuidance.rawValue] == 1)
    #expect(urgent.problemsOpenAtEnd == 0)
    // Raising the request (10m) and reviewing the answer (15m) are the caseworker's time.
    #expect(urgent.caseworkerTime == SimDuration.seconds(1500).microseconds)
    let caseSpecific = Self.run(Self.centre(urgentShare: 0, urgent: .fixed(3600)))
    #expect(caseSpecific.adviceRequested == 1 && caseSpecific.adviceUrgent == 0)
    #expect(caseSpecific.adviceAnswered == 0 && caseSpecific.adviceOutstandingAtEnd == 1)
  }

  @Test func anAnswerThatDoesNotSolveTheProblemGoesOnToAAC() {
    let tally = Self.run(Self.centre(urgentShare: 1, urgent: .fixed(3600), solves: 0))
    #expect(tally.adviceAnswered == 1)
    #expect(tally.solvedLocally.reduce(0, +) == 0)
    #expect(tally.raised == 1, "documented, approved and rung in to AAC")
  }

  /// A problem A&G is not appropriate for (the share not `referred`) goes on to AAC the same
  /// day, without a request.
  @Test func aProblemNotReferredToAdviceAndGuidanceGoesOnToAAC() {
    let notReferred = Self.run(Self.centre(referred: 0))
    #expect(notReferred.adviceRequested == 0 && notReferred.adviceOutstandingAtEnd == 0)
    #expect(notReferred.raised == 1)
    let referred = Self.run(Self.centre(referred: 1))
    #expect(referred.adviceRequested == 1 && referred.raised == 0)
  }
}

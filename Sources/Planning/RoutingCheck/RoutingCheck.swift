import ContactCentre
import Dispatch
import SimKernel

/// Runs routing regression tests: each case's probe on a fresh centre, its result judged
/// against the case's expectations.
public enum RoutingCheck {
  /// The verdict on every case, in order. Cases are independent and run side by side.
  public static func run(_ cases: [RoutingTestCase], configuration: CentreConfiguration)
    -> [RoutingCaseResult]
  {
    let results = ResultSlots<RoutingCaseResult>(count: cases.count)
    DispatchQueue.concurrentPerform(iterations: cases.count) { index in
      let testCase = cases[index]
      let started = DispatchTime.now().uptimeNanoseconds
      let result = Centre.probe(testCase.probe, configuration: configuration)
      let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
      var verdict = RoutingCaseResult(
        name: testCase.name, summary: describe(result, configuration: configuration),
        failures: judge(result, against: testCase.expectation, configuration: configuration),
        seconds: seconds, line: testCase.line)
      verdict.loop = result.loop
      _ = results.store(verdict, at: index)
    }
    return results.values
  }

  /// The verdicts on the cases of a tests file, in file order: `cases` run, each
  /// `unresolved` case (one that names what the scenario does not have) failed at its
  /// position without running.
  public static func run(
    _ cases: [RoutingTestCase], unresolved: [RoutingUnresolvedCase],
    configuration: CentreConfiguration
  ) -> [RoutingCaseResult] {
    var ran = run(cases, configuration: configuration).makeIterator()
    var failed: [Int: RoutingCaseResult] = [:]
    for testCase in unresolved { failed[testCase.position] = testCase.result }
    return (0..<(cases.count + unresolved.count)).compactMap { failed[$0] ?? ran.next() }
  }

  /// Each expectation that `result` does not meet, in a sentence.
  public static func judge(
    _ result: RoutingProbeResult, against expected: RoutingExpectation,
    configuration: CentreConfiguration
  ) -> [String] {
    var failures: [String] = []
    let hungUp = result.outcome == .hungUp
    if let hangsUp = expected.hangsUp, hangsUp != hungUp {
      failures.append(
        hangsUp
          ? "expected the caller to hang up in the IVR, but the call queued"
          : "expected the call to queue, but the caller hung up in the IVR")
    }
    guard let plan = result.plan else {
      let queueExpected =
        expected.queue != nil || expected.waits != nil || expected.path != nil
        || expected.skipped != nil || offerExpected(expected)
      if expected.hangsUp == nil && queueExpected {
        failures.append("expected the call to queue, but the caller hung up in the IVR")
      }
      return failures
    }
    let names = configuration.stepNames(plan: plan)
    let queue = configuration.plans[plan].id
    if let expectedQueue = expected.queue, expectedQueue != plan {
      failures.append(
        "expected queue \(configuration.plans[expectedQueue].id), but the call waited in \(queue)"
      )
    }
    let tookEffect = result.steps.filter(\.tookEffect).map(\.index)
    let passedOver = result.steps.filter { !$0.tookEffect }.map(\.index)
    if let path = expected.path, path != tookEffect {
      failures.append(
        "expected path \(route(path, names)), but the steps that took effect were"
          + " \(route(tookEffect, names))")
    }
    if let skipped = expected.skipped, skipped != passedOver {
      failures.append(
        "expected \(route(skipped, names)) passed over, but \(route(passedOver, names))"
          + " \(passedOver.count == 1 ? "was" : "were")")
    }
    switch result.outcome {
    case .hungUp:
      break
    case .waiting:
      if expected.waits == false || offerExpected(expected) {
        failures.append("expected an offer, but the call was still waiting in \(queue)")
      }
    case .offered(let agent, let step, let wait):
      let name = configuration.agentName(slot: agent)
      let team = configuration.roster[agent].team
      if expected.waits == true {
        failures.append(
          "expected the call to wait, but it was offered to \(name) after \(duration(wait))")
      }
      if let expectedAgent = expected.agent, expectedAgent != name {
        failures.append("expected agent \(expectedAgent), but the call was offered to \(name)")
      }
      if let expectedTeam = expected.team, expectedTeam != team {
        failures.append(
          "expected team \(configuration.teams[expectedTeam].id), but the call was offered to"
            + " \(name) of \(configuration.teams[team].id)")
      }
      if let expectedStep = expected.step, expectedStep != step {
        // The step was named in the caller's plan: a caller whose casegroup an orphaning event
        // made orphaned waits in another, which may have fewer steps.
        let named =
          names.indices.contains(expectedStep) ? names[expectedStep] : "\(expectedStep + 1)"
        failures.append("expected the offer by step \(named), but it came by \(names[step])")
      }
      if let expectedWait = expected.wait, expectedWait != wait {
        failures.append(
          "expected the offer after \(duration(expectedWait)), but it came after"
            + " \(duration(wait))")
      }
    }
    return failures
  }

  /// Whether the expectations describe an offer.
  static func offerExpected(_ expected: RoutingExpectation) -> Bool {
    expected.agent != nil || expected.team != nil || expected.step != nil || expected.wait != nil
  }

  /// What happened to the call, in a sentence: `offered to MN101 (maintenance-north) by
  /// ownerTeam after 20s in owner-first; path owner → ownerTeam`.
  public static func describe(_ result: RoutingProbeResult, configuration: CentreConfiguration)
    -> String
  {
    guard let plan = result.plan else { return "hung up in the IVR" }
    let names = configuration.stepNames(plan: plan)
    let queue = configuration.plans[plan].id
    var text: String
    switch result.outcome {
    case .hungUp:
      return "hung up in the IVR"
    case .waiting:
      text = "still waiting in \(queue)"
    case .offered(let agent, let step, let wait):
      let team = configuration.teams[configuration.roster[agent].team].id
      text =
        "offered to \(configuration.agentName(slot: agent)) (\(team)) by \(names[step])"
        + " after \(duration(wait)) in \(queue)"
    }
    let tookEffect = result.steps.filter(\.tookEffect).map(\.index)
    text += "; path " + route(tookEffect, names)
    let passedOver = result.steps.filter { !$0.tookEffect }
    if !passedOver.isEmpty {
      text +=
        "; passed over "
        + passedOver.map { step in
          names[step.index] + (step.noneReady ? " (nobody Ready)" : " (not for this caller)")
        }.joined(separator: ", ")
    }
    if let casegroup = result.casegroup {
      text += "; casegroup \(casegroup)"
      if let owner = result.owner {
        text += " owned by \(configuration.agentName(slot: owner))"
      } else {
        text += " (orphaned)"
      }
    }
    return text
  }

  /// Steps joined by arrows, or "none".
  static func route(_ steps: [Int], _ names: [String]) -> String {
    steps.isEmpty ? "none" : steps.map { names[$0] }.joined(separator: " → ")
  }

  /// `0s`, `20s`, `1m`, `3m 5s`, `1h 2m`, `12.5s`.
  static func duration(_ duration: SimDuration) -> String {
    let milliseconds = (duration.microseconds + 500) / 1000
    guard milliseconds % 1000 == 0 else {
      return "\(Double(milliseconds) / 1000)s"
    }
    let seconds = milliseconds / 1000
    var parts: [String] = []
    if seconds >= 3600 { parts.append("\(seconds / 3600)h") }
    if seconds % 3600 >= 60 { parts.append("\(seconds % 3600 / 60)m") }
    if seconds % 60 != 0 || parts.isEmpty { parts.append("\(seconds % 60)s") }
    return parts.joined(separator: " ")
  }
}

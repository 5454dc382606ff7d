import SimKernel

/// A routing regression test: a probe and what must come of it.
public struct RoutingTestCase: Sendable, Equatable {
  /// The case's name, unique in its file.
  public var name: String
  public var probe: RoutingProbe
  public var expectation: RoutingExpectation
  /// The line of the tests file where the case starts, for reports.
  public var line: Int?

  /// Creates a case.
  public init(
    name: String, probe: RoutingProbe, expectation: RoutingExpectation, line: Int? = nil
  ) {
    self.name = name
    self.probe = probe
    self.expectation = expectation
    self.line = line
  }
}

/// What a routing test expects; every expectation given must hold, and those not given are not
/// checked.
public struct RoutingExpectation: Sendable, Equatable {
  /// The caller hangs up in the IVR (true) or joins a queue (false).
  public var hangsUp: Bool?
  /// The plan (queue) the call waits in.
  public var queue: Int?
  /// The call is still waiting when the check's limit is reached (true) or is offered (false).
  public var waits: Bool?
  /// The staff number of the agent the call is offered to.
  public var agent: String?
  /// The team of the agent the call is offered to.
  public var team: Int?
  /// The step (index in the plan) that offers the call.
  public var step: Int?
  /// The steps (indices in the plan) that took effect, in order, up to the offer or the limit.
  public var path: [Int]?
  /// The steps (indices in the plan) passed over.
  public var skipped: [Int]?
  /// How long the call waits in queue before it is offered.
  public var wait: SimDuration?

  /// Creates an expectation; each argument left nil is not checked.
  public init(
    hangsUp: Bool? = nil, queue: Int? = nil, waits: Bool? = nil, agent: String? = nil,
    team: Int? = nil, step: Int? = nil, path: [Int]? = nil, skipped: [Int]? = nil,
    wait: SimDuration? = nil
  ) {
    self.hangsUp = hangsUp
    self.queue = queue
    self.waits = waits
    self.agent = agent
    self.team = team
    self.step = step
    self.path = path
    self.skipped = skipped
    self.wait = wait
  }
}

/// The verdict on one routing test.
public struct RoutingCaseResult: Sendable, Equatable {
  /// The case's name.
  public var name: String
  /// What happened to the call, in a sentence.
  public var summary: String
  /// Each expectation that did not hold, in a sentence; empty when the case passed.
  public var failures: [String]
  /// How long the check took, in seconds of real time.
  public var seconds: Double
  /// The line of the tests file where the case starts.
  public var line: Int?
  /// Set when the check stopped because one instant held more events than its budget: the
  /// scenario's rules loop, and the case has no verdict.
  public var loop: InstantLoop?

  /// Creates a verdict.
  public init(
    name: String, summary: String, failures: [String], seconds: Double = 0, line: Int? = nil
  ) {
    self.name = name
    self.summary = summary
    self.failures = failures
    self.seconds = seconds
    self.line = line
  }

  /// Whether every expectation held.
  public var passed: Bool { failures.isEmpty }
}

/// A routing test that names something the scenario does not have — a step, a queue, a team,
/// a line, an IVR branch, a call type or an agent, removed or renamed since the test was
/// written. It cannot run; it fails with what is missing, and the file's other cases run.
public struct RoutingUnresolvedCase: Sendable, Equatable {
  /// The case's name.
  public var name: String
  /// The case's place among the file's cases, from 0.
  public var position: Int
  /// Each name the scenario does not have, in a sentence: where the case names it, and what
  /// the scenario has (the close names, or its names when they are few).
  public var missing: [String]
  /// The line of the tests file where the case starts.
  public var line: Int?

  /// Creates an unresolved case.
  public init(name: String, position: Int, missing: [String], line: Int? = nil) {
    self.name = name
    self.position = position
    self.missing = missing
    self.line = line
  }

  /// Its verdict: failed, with what is missing, and not run.
  public var result: RoutingCaseResult {
    RoutingCaseResult(
      name: name, summary: Self.notRun, failures: missing, seconds: 0, line: line)
  }

  /// What happened to an unresolved case's call, for reports.
  public static let notRun = "not run: the case names what the scenario does not have"
}

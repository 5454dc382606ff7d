import Foundation
import Testing

/// Scenarios under a kilobyte that `validate` accepted and that then ran for hours or until
/// killed (issue 14, "Runaways the limits do not see"), with near relations of each: every one
/// is now refused up front — by a least value of the format (65) or by the estimate of events
/// (64) — or stopped where it loops (65), in bounded time and memory, writing nothing. Each
/// runs as a child process under a limit of address space. (The issue's other two runaways are
/// held where they were fixed: a queue nobody serves by `WaitingListTests`, a sweep's grid of a
/// million points by `LargeSweepTests`.)
struct RunawayTests {
  /// How a runaway ends now.
  enum Ending: Sendable {
    /// Refused by `validate` and every command: a value below the format's least (65).
    case invalid
    /// Valid, but refused before running: too many events (64).
    case tooLarge
    /// Valid and under the limits, stopped where it loops at one instant (65).
    case loops
    /// Valid, and runs to its end.
    case runs
  }

  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var document: String
    var ending: Ending
    /// Text the message must contain.
    var expected: [String]

    var testDescription: String { name }
  }

  /// One line, one call type and one team: `callType` and `team` are the keys after their ids,
  /// `extra` top-level keys.
  static func scenario(
    callType: String = "\"talk\": 60", team: String = "\"agents\": 1", duration: String = "8h",
    perHour: Int = 10, extra: String = ""
  ) -> String {
    """
    {"duration": "\(duration)", "start": "08:00", "interval": "24h",
     "lines": [{"id": "main", "callType": "general", "arrivals": {"perHour": \(perHour)}}],
     "callTypes": [{"id": "general", \(callType)}],
     "teams": [{"id": "gich", \(team), "handles": ["general"]}]\(extra.isEmpty ? "" : ",\n " + extra)}
    """
  }

  /// A delay whose mean is a second, nearly every draw of which is 0: past the least value.
  static let mostlyZero = "{\"empirical\": {\"values\": [0, 1000000], \"weights\": [999999, 1]}}"

  static let cases: [Case] = [
    // The issue's inputs.
    Case(
      name: "abandoned callers ringing again at once, nearly always, nobody to answer",
      document: scenario(
        callType: "\"talk\": 60, \"patience\": 0", team: "\"agents\": 0",
        extra: "\"redials\": {\"abandoned\": {\"probability\": 0.9999999999999, \"delay\": 0}}"),
      ending: .invalid,
      expected: ["redials.abandoned.delay: the mean, 0s, is shorter than 1s"]),
    Case(
      name: "callers ringing again at once after an outcome, with talk 0",
      document: scenario(
        callType: "\"talk\": 0, \"outcomes\": {\"Lost Connection\": 1}",
        extra: "\"redials\": {\"Lost Connection\": {\"probability\": 0.9999999999999,"
          + " \"delay\": 0}}"),
      ending: .invalid,
      expected: ["redials[\"Lost Connection\"].delay: the mean, 0s, is shorter than 1s"]),
    Case(
      name: "idle logout of a microsecond",
      document: scenario(
        team: "\"agents\": 10", extra: "\"rules\": {\"idleLogout\": 0.000001}"),
      ending: .invalid,
      expected: ["rules.idleLogout: 0.000001s is shorter than 1m"]),
    Case(
      name: "RONA timeout of a microsecond, every call missed",
      document: scenario(
        extra: "\"rules\": {\"ronaTimeout\": 0.000001}, \"agentBehaviour\":"
          + " {\"missProbability\": 1}"),
      ending: .invalid,
      expected: ["rules.ronaTimeout: 0.000001s is shorter than 1s"]),
    Case(
      name: "shrinkage episodes of a microsecond",
      document: scenario(
        extra: "\"agentBehaviour\": {\"shrinkage\": [{\"reason\": \"Break\", \"share\": 0.1,"
          + " \"meanLength\": 0.000001}]}"),
      ending: .invalid,
      expected: ["agentBehaviour.shrinkage[0].meanLength: 0.000001s is shorter than 1m"]),
    Case(
      name: "shrinkage of 0.999999 of the day",
      document: scenario(
        extra: "\"agentBehaviour\": {\"shrinkage\": [{\"reason\": \"Break\", \"share\": 0.999999,"
          + " \"meanLength\": \"10m\"}]}"),
      ending: .invalid,
      expected: ["agentBehaviour.shrinkage: the shares sum to 0.999999, more than 0.5"]),
    // Past the least values, loops at one instant.
    Case(
      name: "abandoned callers ringing again after delays nearly all zero",
      document: scenario(
        callType: "\"talk\": 60, \"patience\": 0", team: "\"agents\": 0",
        extra: "\"redials\": {\"abandoned\": {\"probability\": 0.9999999999999, \"delay\": "
          + mostlyZero + "}}"),
      ending: .loops,
      expected: ["`redial` (callers ringing again)", "`callTimer`"]),
    Case(
      name: "callers ringing again after an outcome, talk 0, delays nearly all zero",
      document: scenario(
        callType: "\"talk\": 0, \"outcomes\": {\"Lost Connection\": 1}",
        extra: "\"redials\": {\"Lost Connection\": {\"probability\": 0.9999999999999,"
          + " \"delay\": " + mostlyZero + "}}"),
      ending: .loops,
      expected: ["`redial` (callers ringing again)", "`handlingEnd` (agents finishing calls)"]),
    Case(
      name: "call-backs of no length that nearly always bring another",
      document: scenario(
        callType: "\"talk\": 0, \"outcomes\": {\"Call-back Request\": 1}, \"outboundOutcomes\":"
          + " {\"Call-back Request\": 0.9999999, \"Call Resolved\": 0.0000001}",
        extra: "\"outbound\": {\"callBacks\": {\"due\": \"1h\"}}"),
      ending: .loops,
      expected: ["`outboundEnd` (outbound calls ending)"]),
    // Past the least values, too many events to run without --allow-large.
    Case(
      name: "callers ringing again after delays nearly all a microsecond",
      document: scenario(
        callType: "\"talk\": 60, \"patience\": 0", team: "\"agents\": 0",
        extra: "\"redials\": {\"abandoned\": {\"probability\": 0.9999999999999, \"delay\":"
          + " {\"empirical\": {\"values\": [0.000001, 1000000000], \"weights\": [1000000000, 1]}}}}"
      ),
      ending: .tooLarge,
      expected: ["events, most of them calls and their redials, call-backs and retries"]),
    Case(
      name: "idle logouts at the least value, ten thousand agents, 5,000 days",
      document: scenario(
        team: "\"agents\": 10000", duration: "5000d", perHour: 0,
        extra: "\"rules\": {\"idleLogout\": \"1m\"}"),
      ending: .tooLarge,
      expected: ["about 1.4 × 10^11 events, most of them idle logouts (rules.idleLogout)"]),
    Case(
      name: "shrinkage at its bounds, ten thousand agents, 5,000 days",
      document: scenario(
        team: "\"agents\": 10000", duration: "5000d", perHour: 0,
        extra: "\"agentBehaviour\": {\"shrinkage\": [{\"reason\": \"Break\", \"share\": 0.5,"
          + " \"meanLength\": \"1m\"}]}"),
      ending: .tooLarge,
      expected: ["events, most of them unscheduled NotReady episodes (shrinkage)"]),
    Case(
      name: "every call missed at the least RONA timeout, ten thousand agents, 3,000 days",
      document: scenario(
        team: "\"agents\": 10000", duration: "3000d",
        extra: "\"rules\": {\"ronaTimeout\": 1}, \"agentBehaviour\": {\"missProbability\": 1}"),
      ending: .tooLarge,
      expected: ["events, most of them calls ringing out at agents' phones (RONA)"]),
    // At the least value, a run goes to its end.
    Case(
      name: "abandoned callers always ringing again after a second, for an hour",
      document: scenario(
        callType: "\"talk\": 60, \"patience\": 0", team: "\"agents\": 0", duration: "1h",
        extra: "\"redials\": {\"abandoned\": {\"probability\": 1, \"delay\": 1}}"),
      ending: .runs, expected: ["\"redials\""]),
  ]

  /// The address space a runaway's child may take: ample for a few thousand calls and the
  /// threads of the replications, far below the gigabytes a runaway reaches.
  static let addressSpaceKiB = 2 * 1024 * 1024

  /// How long a child may run before it is killed: no bound on speed (a debug build on a
  /// loaded machine may be slow), only a guard against a hang, which would otherwise hold the
  /// tests for ever. Every case ends in well under a second in release.
  static let hangGuard = 600.0

  /// `ccsim ARGUMENTS…` as a child process, under `addressSpaceKiB` and `hangGuard`.
  static func run(_ arguments: [String]) throws -> ChildProcess.Measured {
    try ChildProcess.run(arguments, addressSpaceKiB: addressSpaceKiB, timeout: hangGuard)
  }

  /// The files a run left in `directory`, if it exists.
  static func files(in directory: URL) -> [String] {
    (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
  }

  @Test(
    .enabled(if: ChildProcess.executable != nil, "needs the ccsim executable"), arguments: cases)
  func refusedOrStopped(_ testCase: Case) throws {
    #expect(testCase.document.utf8.count < 1024, "under a kilobyte, as in the issue")
    let path = CLI.write(testCase.document)
    let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
    let validated = CLI.run("validate", path)
    #expect(validated.code == (testCase.ending == .invalid ? 65 : 0), "\(validated.err)")

    let out = directory.appendingPathComponent("out")
    let result = try Self.run(["run", path, "--out", out.path, "--format", "json"])
    let code: Int32 =
      switch testCase.ending {
      case .invalid, .loops: 65
      case .tooLarge: 64
      case .runs: 0
      }
    #expect(!result.killed, "still running after \(Self.hangGuard) s: a hang")
    #expect(result.code == code, "\(result.err)")
    for fragment in testCase.expected {
      let text = testCase.ending == .runs ? result.out : result.err
      #expect(text.contains(fragment), "no \(fragment) in\n\(text)")
    }
    // Bounded in memory: the child could not pass `addressSpaceKiB`, and its peak is far
    // below it.
    #expect(result.peakKiB <= 512 * 1024, "\(result.peakKiB) KiB resident at the peak")
    guard testCase.ending != .runs else { return }
    #expect(result.out.isEmpty)
    #expect(
      !result.err.contains("internal error"), "a loop is the scenario's, not an internal error")
    #expect(Self.files(in: out).isEmpty, "nothing written: \(Self.files(in: out))")
    if testCase.ending == .loops {
      #expect(result.err.hasPrefix(path + ": the run stopped at "))
      #expect(result.err.contains("events at one simulated instant without the clock moving on"))
      #expect(result.err.contains("the scenario's rules loop"))
    }
    if testCase.ending == .tooLarge {
      #expect(result.err.hasPrefix(path + ": too large to simulate without --allow-large"))
    }
  }

  /// Every command that simulates stops where the scenario loops, with 65 and the kinds that
  /// looped: `run`, `compare`, `pulse`, `staff` and `sweep` (whose message names the point).
  @Test(
    .enabled(if: ChildProcess.executable != nil, "needs the ccsim executable"),
    arguments: ["run", "compare", "pulse", "staff", "sweep"])
  func everyCommandStopsALoop(_ command: String) throws {
    let looping = Self.cases.first { $0.name.hasPrefix("callers ringing again after an outcome") }
    let path = CLI.write(try #require(looping).document)
    let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
    let out = directory.appendingPathComponent("out").path
    let arguments: [String]
    var named = path
    // Two replications where a command would run thirty: every replication runs to its loop,
    // and a debug build checks every event.
    switch command {
    case "compare": arguments = ["compare", path, path, "--replications", "2"]
    case "pulse": arguments = ["pulse", path, "--at", "16:00"]
    case "staff": arguments = ["staff", path, "--allow-large", "--replications", "2"]
    case "sweep":
      let sweep = directory.appendingPathComponent("sweep.json")
      try """
      {"scenario": "scenario.json", "seed": 1, "replications": 1, "factors": {"demand": [1, 2]}}
      """.write(to: sweep, atomically: true, encoding: .utf8)
      arguments = ["sweep", sweep.path, "--out", out]
      named = sweep.path + " (point 1, replication 1)"
    default: arguments = ["run", path, "--out", out]
    }
    let result = try Self.run(arguments)
    #expect(!result.killed, "still running after \(Self.hangGuard) s: a hang")
    #expect(result.code == 65, "\(result.err)")
    #expect(result.err.hasPrefix(named + ": the run stopped at 08:"), "\(result.err)")
    #expect(result.err.contains("`redial` (callers ringing again)"))
    #expect(result.out.isEmpty)
    #expect(Self.files(in: URL(fileURLWithPath: out)).isEmpty)
  }
}

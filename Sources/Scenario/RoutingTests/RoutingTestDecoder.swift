import ContactCentre
import SimKernel

/// Turns a routing tests file's JSON tree into test cases against one centre, reporting every
/// problem with its JSON path.
struct RoutingTestDecoder {
  let diagnostics: Diagnostics
  let configuration: CentreConfiguration

  /// What a case takes from `defaults` when it does not say.
  struct Defaults {
    var time: SimDuration = .zero
    var limit: SimDuration = .minutes(10)
    var others: RoutingProbe.Placement = .busy(nil)
  }

  /// The caller of a case, resolved against the centre.
  struct Caller {
    var line: Int
    var callType: Int
    var branch: Int?
    var casegroup: RoutingProbe.Casegroup?
    /// The plan the call waits in; nil when the branch hangs up.
    var plan: Int?
  }

  /// The cases of the file's top-level object; nil when any is malformed.
  func decode(_ reader: ObjectReader) -> [RoutingTestCase]? {
    let defaults = reader.optional("defaults", self.defaults) ?? Defaults()
    let cases = reader.required("cases", Parse.array(nonEmpty: true, testCase(defaults)))
    if let cases, case .array(let nodes)? = reader.member("cases")?.value {
      var seen: Set<String> = []
      for (index, testCase) in cases.enumerated() where !seen.insert(testCase.name).inserted {
        diagnostics.invalid(
          nodes[index], at: JSONPath.root.key("cases").index(index).key("name"),
          "another case is called \"\(testCase.name)\": names must be unique")
      }
    }
    return cases
  }

  /// `{"time": "HH:MM", "day": N, "within": D, "otherAgents": PLACEMENT}`.
  func defaults(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics) -> Defaults? {
    guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
    reader.rejectUnknownKeys(allowed: ["time", "day", "within", "otherAgents"])
    var defaults = Defaults()
    if let time = time(reader) { defaults.time = time }
    if let limit = reader.optional("within", Self.limit) { defaults.limit = limit }
    if let others = reader.optional("otherAgents", placement) { defaults.others = others }
    return defaults
  }

  func testCase(_ defaults: Defaults) -> Parse.Parser<RoutingTestCase> {
    { node, path, diagnostics in
      guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
      reader.rejectUnknownKeys(allowed: [
        "name", "description", "time", "day", "within", "caller", "agents", "otherAgents",
        "expect",
      ])
      let name = reader.required("name", Parse.identifier)
      _ = reader.optional("description", Parse.string)
      let time = reader.has("time") || reader.has("day") ? self.time(reader) : defaults.time
      let limit = reader.optional("within", Self.limit) ?? defaults.limit
      let others = reader.optional("otherAgents", placement) ?? defaults.others
      let caller = reader.required("caller", caller)
      let agents =
        reader.has("agents")
        ? time.flatMap { reader.optional("agents", self.agents(at: $0)) } : []
      let expectation = reader.required("expect", expect(caller))
      guard let name, let time, let caller, let agents, let expectation else { return nil }
      let probe = RoutingProbe(
        time: time, agents: agents, others: others, line: caller.line,
        callType: caller.callType, branch: caller.branch, casegroup: caller.casegroup,
        limit: limit)
      return RoutingTestCase(
        name: name, probe: probe, expectation: expectation, line: node.location.line)
    }
  }

  /// The case's `time` (and `day`) as time since the run's start; it must fall in the run.
  func time(_ reader: ObjectReader) -> SimDuration? {
    let clock =
      reader.has("time") ? reader.optional("time", Parse.clockTime) : configuration.startOfDay
    let day = reader.has("day") ? reader.optional("day", Parse.integer(in: 1...366)) : 1
    guard let clock, let day else { return nil }
    let time = .hours(24) * Int64(day - 1) + clock - configuration.startOfDay
    guard time >= .zero, time < configuration.duration else {
      let node = reader.member("time") ?? reader.member("day") ?? reader.node
      let path = reader.path.key(reader.has("time") ? "time" : "day")
      diagnostics.invalid(
        node, at: path,
        "day \(day) \(Self.clock(clock)) is outside the run (from \(Self.clock(configuration.startOfDay))"
          + " on day 1, for \(DurationText.describe(configuration.duration)))")
      return nil
    }
    return time
  }

  /// How long a check may wait for an offer: more than 0, at most a day.
  static func limit(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> SimDuration?
  {
    guard let limit = Parse.positiveDuration(node, path, diagnostics) else { return nil }
    guard limit <= .hours(24) else {
      diagnostics.invalid(node, at: path, "a check waits at most a day (24h)")
      return nil
    }
    return limit
  }

  static func clock(_ time: SimDuration) -> String {
    ForecastTime.clock(Int(time.seconds))
  }
}

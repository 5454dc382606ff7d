import ContactCentre
import SimKernel

/// Turns a routing tests file's JSON tree into test cases against one centre, reporting every
/// problem with its JSON path.
struct RoutingTestDecoder {
  let diagnostics: Diagnostics
  let configuration: CentreConfiguration

  /// What a case takes from `defaults` when it does not say.
  struct Defaults {
    var time: SimDuration
    var limit: SimDuration
    var others: RoutingProbe.Placement
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

  /// A case as read: its name and line, and its probe and expectation when everything in it
  /// was read (nil when something is wrong with it, reported).
  struct DecodedCase {
    var name: String
    var line: Int?
    var testCase: RoutingTestCase?
  }

  /// The cases of the file's top-level object; nil when any has no name or is not an object.
  func decode(_ reader: ObjectReader) -> [DecodedCase]? {
    typealias Keys = RoutingTestKeys
    let defaults = reader.read(Keys.defaults, with: self.defaults) ?? defaults(nil)
    let cases = reader.read(Keys.cases, with: Parse.array(nonEmpty: true, testCase(defaults)))
    if let cases, case .array(let nodes)? = reader.member(Keys.cases.key)?.value {
      var seen: Set<String> = []
      for (index, testCase) in cases.enumerated() where !seen.insert(testCase.name).inserted {
        diagnostics.invalid(
          nodes[index],
          at: JSONPath.root.key(Keys.cases.key).index(index).key(RoutingCaseKeys.name.key),
          "another case is called \"\(testCase.name)\": names must be unique")
      }
    }
    return cases
  }

  /// `{"time": "HH:MM", "day": N, "within": D, "otherAgents": PLACEMENT}`.
  func defaults(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics) -> Defaults? {
    ObjectReader(node, at: path, diagnostics, format: RoutingDefaultsKeys.format).map {
      defaults($0)
    }
  }

  /// What `reader` (nil for a file without `defaults`) gives the cases: a key with a problem
  /// (reported) counts as left out, so that the cases are still checked.
  func defaults(_ reader: ObjectReader?) -> Defaults {
    typealias Keys = RoutingDefaultsKeys
    return Defaults(
      // Without `defaults`, or when its time has a problem: the scenario's start on day 1,
      // the run's start.
      time: reader.flatMap { time($0, clock: Keys.time) } ?? .zero,
      limit: reader?.read(Keys.within) ?? Keys.within.defaultValue!,
      others: reader?.read(Keys.otherAgents) ?? Keys.otherAgents.defaultValue!)
  }

  func testCase(_ defaults: Defaults) -> Parse.Parser<DecodedCase> {
    { node, path, diagnostics in
      typealias Keys = RoutingCaseKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format) else {
        return nil
      }
      let name = reader.read(Keys.name)
      _ = reader.read(Keys.description)
      let time =
        reader.has(Keys.time.key) || reader.has(RoutingDefaultsKeys.day.key)
        ? self.time(reader, clock: Keys.time) : defaults.time
      let limit = reader.read(Keys.within) ?? defaults.limit
      let others = reader.read(Keys.otherAgents) ?? defaults.others
      let caller = reader.read(Keys.caller, with: caller)
      let agents =
        reader.has(Keys.agents.key)
        ? time.flatMap { reader.read(Keys.agents, with: self.agents(at: $0)) } : []
      let expectation = reader.read(Keys.expect, with: expect(caller))
      guard let name else { return nil }
      let line = node.location.line
      guard let time, let caller, let agents, let expectation else {
        return DecodedCase(name: name, line: line, testCase: nil)
      }
      let probe = RoutingProbe(
        time: time, agents: agents, others: others, line: caller.line,
        callType: caller.callType, branch: caller.branch, casegroup: caller.casegroup,
        limit: limit)
      return DecodedCase(
        name: name, line: line,
        testCase: RoutingTestCase(
          name: name, probe: probe, expectation: expectation, line: line))
    }
  }

  /// The time `clock` and `day` of `reader` say, as time since the run's start; it must fall
  /// in the run.
  func time(_ reader: ObjectReader, clock field: Field<SimDuration>) -> SimDuration? {
    let dayField = RoutingDefaultsKeys.day
    let clock = reader.has(field.key) ? reader.read(field) : configuration.startOfDay
    let day = reader.read(dayField)
    guard let clock, let day else { return nil }
    let time = .hours(24) * Int64(day - 1) + clock - configuration.startOfDay
    guard time >= .zero, time < configuration.duration else {
      let node = reader.member(field.key) ?? reader.member(dayField.key) ?? reader.node
      let path = reader.path.key(reader.has(field.key) ? field.key : dayField.key)
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

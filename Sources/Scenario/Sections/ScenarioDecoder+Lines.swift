import ContactCentre
import SimKernel

/// What decoding a section needs from the rest of the scenario.
struct ScenarioContext {
  var callTypeIds: [String]
  var segmentIds: [String]
  var teamIds: [String]
  var planIds: [String]
  let interval: SimDuration
  /// The clock time of t = 0, as time since midnight.
  let start: SimDuration
  let duration: SimDuration
  let directory: String
  /// The scenario-wide agent behaviour, which teams may override.
  var behaviour: AgentBehaviour
  /// Every staff number on the teams' rosters.
  var staffNumbers: [String] = []
  /// Whether the scenario is an emergency day (cold transfers allowed).
  var isEmergencyDay = false
  /// The ids of the lines, whatever else is wrong with them.
  var lineIds: [String] = []
  /// The staff numbers of the team leaders on the rosters, once the teams are read (nil when
  /// they are in error).
  var teamLeaders: Set<String>?

  /// What to add to a clock time (since midnight) on a day of the run to place it from t = 0:
  /// for day `day` (from 1), or for every day the run touches, counting from the day of
  /// `start`.
  func dayOffsets(day: Int, everyDay: Bool) -> [SimDuration] {
    let dayLength = SimDuration.hours(24)
    let lastInstant = start + duration
    let dayCount = Int(
      (lastInstant.microseconds + dayLength.microseconds - 1) / dayLength.microseconds)
    let days = everyDay ? Array(0..<max(1, dayCount)) : [day - 1]
    return days.map { dayLength * Int64($0) - start }
  }
}

extension ScenarioDecoder {
  func line(_ context: ScenarioContext) -> Parse.Parser<Line> {
    { node, path, diagnostics in
      typealias Keys = LineKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
      else { return nil }
      let id = reader.read(Keys.id)
      let problems = diagnostics.errors.count
      guard let kind = reader.read(Keys.kind) else { return nil }
      // A misspelt kind reads as the default, but the line may be of any kind.
      let isMisspelt = diagnostics.errors.count > problems
      let callTypes = callTypeMix(reader, context: context)
      // Nobody but caseworkers raising incidents rings an AAC line, unless arrivals say so (and
      // a line of a misspelt kind may be one).
      let arrivalsOptional = kind == .aac || isMisspelt
      let arrivals =
        arrivalsOptional && !reader.has(Keys.arrivals.key)
        ? .perHour(0) : reader.required(Keys.arrivals, with: arrivalProfile(context))
      let noIVR: [Line.Kind: String] = [
        .directDial: "direct-dial numbers have no IVR", .aac: "AAC lines have no IVR",
      ]
      if let message = noIVR[kind], let node = reader.member(Keys.ivr.key) {
        diagnostics.invalid(node, at: path.key(Keys.ivr.key), message)
      }
      let ivr =
        noIVR[kind] != nil
        ? nil : reader.read(Keys.ivr, with: self.ivr(kind: kind, context: context))
      let plan = reader.read(
        Keys.plan, with: Self.reference(to: context.planIds, kind: "routing plan"))
      if ivr != nil, plan != nil, let node = reader.member(Keys.plan.key) {
        diagnostics.invalid(
          node, at: path.key(Keys.plan.key), "a line with an ivr routes by its branches' plans")
      }
      let directDial = self.directDial(reader, kind: kind, plan: plan, context)
      if reader.has(Keys.teamLeader.key) && directDial == nil { return nil }
      let before = diagnostics.errors.count
      let trunks = reader.read(Keys.trunks)
      guard let id, let callTypes, let arrivals, diagnostics.errors.count == before else {
        return nil
      }
      var line = Line(
        id: id, kind: kind, callTypes: callTypes, arrivals: arrivals, ivr: ivr, plan: plan,
        directDial: directDial)
      line.trunks = trunks
      return line
    }
  }

  /// `"callType": ID` or `"callTypes": {ID: share, …}` (shares summing to 1).
  func callTypeMix(_ reader: ObjectReader, context: ScenarioContext) -> [Line.CallTypeShare]? {
    typealias Keys = LineKeys
    switch (reader.has(Keys.callType.key), reader.has(Keys.callTypes.key)) {
    case (true, false):
      let reference = Self.reference(to: context.callTypeIds, kind: "call type")
      return reader.read(Keys.callType, with: reference).map {
        [Line.CallTypeShare(callType: $0, share: 1)]
      }
    case (false, true):
      return reader.read(Keys.callTypes, with: callTypeShares(context))
    case (false, false):
      diagnostics.report(
        .missingKey, at: reader.path.key(Keys.callType.key), reader.node.location,
        "required key \"callType\" (or a \"callTypes\" mix) is missing")
      return nil
    case (true, true):
      diagnostics.invalid(reader.node, at: reader.path, "give callType or callTypes, not both")
      return nil
    }
  }

  /// `{ID: share, …}`: declared call types, their shares summing to 1.
  func callTypeShares(_ context: ScenarioContext) -> Parse.Parser<[Line.CallTypeShare]> {
    { node, path, diagnostics in
      guard let shares = Parse.shares(node, path, diagnostics) else { return nil }
      var result: [Line.CallTypeShare] = []
      for (key, share, location) in shares {
        guard let index = context.callTypeIds.firstIndex(of: key) else {
          diagnostics.report(
            .unknownReference, at: path.key(key), location, "no call type \"\(key)\"")
          return nil
        }
        result.append(Line.CallTypeShare(callType: index, share: share))
      }
      return result
    }
  }

  static func lineKind(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> Line.Kind?
  {
    guard let text = Parse.string(node, path, diagnostics) else { return nil }
    guard let kind = Line.Kind(rawValue: text) else {
      let names = Line.Kind.allCases.map(\.rawValue)
      diagnostics.invalid(
        node, at: path, "\"\(text)\" is not a line kind (one of: \(names.joined(separator: ", ")))")
      return nil
    }
    return kind
  }

  func arrivalProfile(_ context: ScenarioContext) -> Parse.Parser<ArrivalProfile> {
    { node, path, diagnostics in
      typealias Keys = ArrivalKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
      else { return nil }
      let sources = [Keys.perHour.key, Keys.perInterval.key, Keys.csv.key].filter(reader.has)
      guard sources.count == 1, let source = sources.first else {
        diagnostics.invalid(
          node, at: path,
          sources.isEmpty
            ? "needs one of perHour, perInterval or csv"
            : "has \(sources.joined(separator: " and ")); give exactly one")
        return nil
      }
      for key in [Keys.column.key, Keys.timeColumn.key] where source != Keys.csv.key {
        if let member = reader.member(key) {
          diagnostics.invalid(member, at: path.key(key), "\(key) goes with csv only")
        }
      }
      guard let cv = reader.read(Keys.overdispersion) else { return nil }
      switch source {
      case Keys.perHour.key:
        return reader.read(Keys.perHour).map { ArrivalProfile.perHour($0, overdispersion: cv) }
      case Keys.perInterval.key:
        return reader.read(Keys.perInterval).map {
          ArrivalProfile.perInterval($0, interval: context.interval, overdispersion: cv)
        }
      default:
        let file = reader.read(Keys.csv)
        let column = reader.required(Keys.column)
        let timeColumn = reader.read(Keys.timeColumn)
        guard let file, let column, let csvNode = reader.member(Keys.csv.key),
          !reader.has(Keys.timeColumn.key) || timeColumn != nil
        else { return nil }
        return ForecastCSV(context, diagnostics).arrivals(
          column: column, timeColumn: timeColumn, overdispersion: cv,
          ForecastCSV.Origin(file: file, node: csvNode, path: path.key(Keys.csv.key)))
      }
    }
  }

  /// A number of calls (per hour or per interval): not negative, and not absurd.
  static func callCount(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> Double?
  {
    guard let calls = Parse.nonNegative(node, path, diagnostics) else { return nil }
    guard calls <= 1_000_000 else {
      diagnostics.invalid(
        node, at: path,
        "\(Parse.literal(node)) calls is more than one line can bring (at most 1,000,000)")
      return nil
    }
    return calls
  }

  /// `{"cv": C}`: the coefficient of variation of a line's daily busyness factor.
  static func overdispersion(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> Double?
  {
    typealias Keys = OverdispersionKeys
    guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format),
      let cv = reader.read(Keys.cv)
    else { return nil }
    guard cv <= 10 else {
      diagnostics.invalid(
        node, at: path.key(Keys.cv.key), "a coefficient of variation over 10 is absurd")
      return nil
    }
    return cv
  }
}

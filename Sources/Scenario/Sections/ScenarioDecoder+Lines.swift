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
      guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
      reader.rejectUnknownKeys(
        allowed: ["id", "kind", "callType", "callTypes", "arrivals", "ivr", "plan"])
      let id = reader.required("id", Parse.identifier)
      let givenKind = reader.optional("kind", Self.lineKind)
      let kind = givenKind ?? .client
      let callTypes = callTypeMix(reader, context: context)
      // Nobody but caseworkers raising incidents rings an AAC line, unless arrivals say so (and
      // a line of a misspelt kind may be one).
      let arrivalsOptional = kind == .aac || (reader.has("kind") && givenKind == nil)
      let arrivals =
        arrivalsOptional && !reader.has("arrivals")
        ? .perHour(0) : reader.required("arrivals", arrivalProfile(context))
      let noIVR: [Line.Kind: String] = [
        .directDial: "direct-dial numbers have no IVR", .aac: "AAC lines have no IVR",
      ]
      if let message = noIVR[kind], let node = reader.member("ivr") {
        diagnostics.invalid(node, at: path.key("ivr"), message)
      }
      let ivr =
        noIVR[kind] != nil ? nil : reader.optional("ivr", self.ivr(kind: kind, context: context))
      let plan = reader.optional("plan", Self.reference(to: context.planIds, kind: "routing plan"))
      if ivr != nil, plan != nil, let node = reader.member("plan") {
        diagnostics.invalid(
          node, at: path.key("plan"), "a line with an ivr routes by its branches' plans")
      }
      guard let id, let callTypes, let arrivals else { return nil }
      return Line(
        id: id, kind: kind, callTypes: callTypes, arrivals: arrivals, ivr: ivr, plan: plan)
    }
  }

  /// `"callType": ID` or `"callTypes": {ID: share, …}` (shares summing to 1).
  func callTypeMix(_ reader: ObjectReader, context: ScenarioContext) -> [Line.CallTypeShare]? {
    let reference = Self.reference(to: context.callTypeIds, kind: "call type")
    switch (reader.member("callType"), reader.member("callTypes")) {
    case (let single?, nil):
      return reference(single, reader.path.key("callType"), diagnostics).map {
        [Line.CallTypeShare(callType: $0, share: 1)]
      }
    case (nil, let mix?):
      let path = reader.path.key("callTypes")
      guard let shares = Parse.shares(mix, path, diagnostics) else { return nil }
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
    case (nil, nil):
      diagnostics.report(
        .missingKey, at: reader.path.key("callType"), reader.node.location,
        "required key \"callType\" (or a \"callTypes\" mix) is missing")
      return nil
    case (_?, _?):
      diagnostics.invalid(reader.node, at: reader.path, "give callType or callTypes, not both")
      return nil
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
      guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
      reader.rejectUnknownKeys(allowed: [
        "perHour", "perInterval", "csv", "column", "timeColumn", "overdispersion",
      ])
      let sources = ["perHour", "perInterval", "csv"].filter(reader.has)
      guard sources.count == 1, let source = sources.first else {
        diagnostics.invalid(
          node, at: path,
          sources.isEmpty
            ? "needs one of perHour, perInterval or csv"
            : "has \(sources.joined(separator: " and ")); give exactly one")
        return nil
      }
      for key in ["column", "timeColumn"] where source != "csv" {
        if let member = reader.member(key) {
          diagnostics.invalid(member, at: path.key(key), "\(key) goes with csv only")
        }
      }
      let cv = reader.optional("overdispersion", Self.overdispersion) ?? 0
      switch source {
      case "perHour":
        let rate = reader.required("perHour", Self.callCount)
        return rate.map { ArrivalProfile.perHour($0, overdispersion: cv) }
      case "perInterval":
        let calls = reader.required("perInterval", Parse.array(nonEmpty: true, Self.callCount))
        return calls.map {
          ArrivalProfile.perInterval($0, interval: context.interval, overdispersion: cv)
        }
      default:
        let file = reader.required("csv", Parse.path)
        let column = reader.required("column", Parse.identifier)
        let timeColumn = reader.optional("timeColumn", Parse.identifier)
        guard let file, let column, let csvNode = reader.member("csv"),
          !reader.has("timeColumn") || timeColumn != nil
        else { return nil }
        return ForecastCSV(context, diagnostics).arrivals(
          column: column, timeColumn: timeColumn, overdispersion: cv,
          ForecastCSV.Origin(file: file, node: csvNode, path: path.key("csv")))
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

  static func overdispersion(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> Double?
  {
    guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
    reader.rejectUnknownKeys(allowed: ["cv"])
    guard let cv = reader.required("cv", Parse.nonNegative) else { return nil }
    guard cv <= 10 else {
      diagnostics.invalid(node, at: path.key("cv"), "a coefficient of variation over 10 is absurd")
      return nil
    }
    return cv
  }
}

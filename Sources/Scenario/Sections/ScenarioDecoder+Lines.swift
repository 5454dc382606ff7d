import ContactCentre
import SimKernel

/// What decoding a line needs from the rest of the scenario.
struct LineContext {
  let callTypeIds: [String]
  let interval: SimDuration
  let directory: String
}

extension ScenarioDecoder {
  func line(_ context: LineContext) -> Parse.Parser<Line> {
    { node, path, diagnostics in
      guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
      reader.rejectUnknownKeys(allowed: ["id", "kind", "callType", "arrivals"])
      let id = reader.required("id", Parse.identifier)
      let kind = reader.optional("kind", Self.lineKind) ?? .client
      let callType = reader.required(
        "callType", Self.reference(to: context.callTypeIds, kind: "call type"))
      let arrivals = reader.required("arrivals", arrivalProfile(context))
      guard let id, let callType, let arrivals else { return nil }
      return Line(id: id, kind: kind, callType: callType, arrivals: arrivals)
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

  func arrivalProfile(_ context: LineContext) -> Parse.Parser<ArrivalProfile> {
    { node, path, diagnostics in
      guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
      reader.rejectUnknownKeys(allowed: [
        "perHour", "perInterval", "csv", "column", "overdispersion",
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
      if reader.has("column") && source != "csv", let column = reader.member("column") {
        diagnostics.invalid(column, at: path.key("column"), "column goes with csv only")
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
        guard let file = reader.required("csv", Parse.string),
          let column = reader.required("column", Parse.identifier),
          let csvNode = reader.member("csv")
        else { return nil }
        let forecast = ForecastCSV(directory: context.directory, diagnostics: diagnostics)
        let calls = forecast.column(column, of: file, node: csvNode, at: path.key("csv"))
        return calls.map {
          ArrivalProfile.perInterval($0, interval: context.interval, overdispersion: cv)
        }
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

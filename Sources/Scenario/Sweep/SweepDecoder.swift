/// What a sweep file says, checked key by key, before the base scenario is read.
struct SweepSpecification {
  /// An agents factor: a team and its counts.
  struct Agents {
    var team: String
    var counts: [Int]
    /// Where the team's counts are, for errors about the team or a count.
    var node: JSONNode
    var path: JSONPath
  }

  /// A named variant and its replacements, each with the path of its entry in the sweep file.
  struct Variant {
    var name: String
    var patches: [(patch: JSONPatch, path: JSONPath)]
  }

  var name: String
  /// The base scenario's path as written (relative to the sweep file) and where it is written.
  var scenario: String
  var scenarioNode: JSONNode
  var seed: UInt64?
  var replications: Int
  var agents: [Agents] = []
  var variants: [Variant]?
  var demand: [Double]?

  /// The number of grid points; nil when it is past `Int.max`.
  var pointCount: Int? {
    let counts = agents.map(\.counts.count) + [variants?.count ?? 1, demand?.count ?? 1]
    var product = 1
    for count in counts {
      let (next, overflow) = product.multipliedReportingOverflow(by: count)
      guard !overflow else { return nil }
      product = next
    }
    return product
  }
}

/// Reads a sweep file's JSON tree, reporting every problem with its JSON path.
struct SweepDecoder {
  let diagnostics: Diagnostics

  static let topLevelKeys = ["name", "description", "scenario", "seed", "replications", "factors"]
  static let factorKeys = ["agents", "variant", "demand"]
  /// The most work units (points × replications) a sweep may have.
  static let maximumUnits = 1_000_000
  /// The most points a grid may have: every part's manifest, and the results, list them all.
  static let maximumPoints = 10_000

  func decode(_ root: JSONNode, defaultName: String) -> SweepSpecification? {
    guard let sweep = ObjectReader(root, at: .root, diagnostics) else { return nil }
    sweep.rejectUnknownKeys(allowed: Self.topLevelKeys)
    let name = sweep.optional("name", Parse.identifier) ?? defaultName
    _ = sweep.optional("description", Parse.string)
    let scenario = sweep.required("scenario", Parse.namedPath)
    let seed = sweep.optional("seed", Parse.seed)
    let replications = sweep.optional("replications", Parse.integer(in: 1...100_000))
    var agents: [SweepSpecification.Agents]?
    var variants: [SweepSpecification.Variant]?
    var demand: [Double]?
    if let node = sweep.member("factors"),
      let factors = ObjectReader(node, at: JSONPath.root.key("factors"), diagnostics)
    {
      factors.rejectUnknownKeys(allowed: Self.factorKeys)
      agents = factors.optional("agents", agentFactors)
      variants = factors.optional("variant", each(variant))
      if let variants, let node = factors.member("variant") {
        checkUnique(variants.map(\.name), node, factors.path.key("variant"), key: "name")
      }
      demand = factors.optional("demand", Parse.array(nonEmpty: true, Self.demandLevel))
      if let demand, let node = factors.member("demand") {
        checkUnique(demand, node, factors.path.key("demand"))
      }
    }
    guard let scenario, let scenarioNode = sweep.member("scenario") else { return nil }
    let specification = SweepSpecification(
      name: name, scenario: scenario, scenarioNode: scenarioNode, seed: seed,
      replications: replications ?? 1, agents: agents ?? [], variants: variants, demand: demand)
    // Checked before anything is made of the grid: a few hundred bytes can ask for 10^20
    // points.
    let factorsNode = sweep.member("factors") ?? root
    guard let points = specification.pointCount, points <= Self.maximumPoints else {
      diagnostics.invalid(
        factorsNode, at: JSONPath.root.key("factors"),
        "the grid has more than \(Self.maximumPoints) points (every part of the sweep lists"
          + " them all); split it")
      return nil
    }
    let units = points.multipliedReportingOverflow(by: specification.replications)
    guard !units.overflow, units.partialValue <= Self.maximumUnits else {
      diagnostics.invalid(
        factorsNode, at: JSONPath.root.key("factors"),
        "the grid has more than \(Self.maximumUnits) runs (points × replications); split it")
      return nil
    }
    return specification
  }

  /// `{"team": [count, …], …}`: one factor per team, in the order written (those without
  /// errors, so that the others are still checked against the scenario).
  private func agentFactors(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> [SweepSpecification.Agents]?
  {
    guard case .object(let members) = node.value else {
      diagnostics.wrongType(node, at: path, expected: "an object of team ids and agent counts")
      return nil
    }
    guard !members.isEmpty else {
      diagnostics.invalid(node, at: path, "must name at least one team")
      return nil
    }
    var factors: [SweepSpecification.Agents] = []
    for member in members {
      let here = path.key(member.key)
      let counts = Parse.array(nonEmpty: true, Parse.integer(in: 0...100_000))(
        member.value, here, diagnostics)
      guard let counts else { continue }
      checkUnique(counts, member.value, here)
      factors.append(.init(team: member.key, counts: counts, node: member.value, path: here))
    }
    return factors
  }

  /// A non-empty array's elements that parse (the others reported), so that what they say can
  /// still be checked against the scenario.
  private func each<T>(_ element: @escaping Parse.Parser<T>) -> Parse.Parser<[T]> {
    { node, path, diagnostics in
      guard case .array(let elements) = node.value, !elements.isEmpty else {
        return Parse.array(nonEmpty: true, element)(node, path, diagnostics)
      }
      return elements.enumerated().compactMap { element($1, path.index($0), diagnostics) }
    }
  }

  /// `{"name": N, "description": D, "patches": [{"path": P, "value": V}, …]}`.
  private func variant(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> SweepSpecification.Variant?
  {
    guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
    reader.rejectUnknownKeys(allowed: ["name", "description", "patches"])
    let name = reader.required("name", Parse.identifier)
    _ = reader.optional("description", Parse.string)
    let patches = reader.optional("patches", each(patch)) ?? []
    guard let name else { return nil }
    return .init(name: name, patches: patches)
  }

  private func patch(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> (patch: JSONPatch, path: JSONPath)?
  {
    guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
    reader.rejectUnknownKeys(allowed: ["path", "value"])
    let text = reader.required("path", Parse.string)
    let value = reader.required("value") { node, _, _ in node }
    guard let text, let value, let pathNode = reader.member("path") else { return nil }
    do {
      let steps = try JSONPatch.steps(text)
      return (
        JSONPatch(text: text, steps: steps, value: value, location: pathNode.location), path
      )
    } catch {
      diagnostics.invalid(pathNode, at: path.key("path"), error.message)
      return nil
    }
  }

  private static func demandLevel(
    _ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics
  ) -> Double? {
    guard let value = Parse.number(node, path, diagnostics) else { return nil }
    guard value > 0, value <= 1000 else {
      diagnostics.invalid(
        node, at: path, "\(Parse.literal(node)) is not a demand factor (above 0, at most 1000)")
      return nil
    }
    return value
  }

  /// Reports every value of an array that repeats an earlier one: a level given twice would
  /// only run the same points twice.
  private func checkUnique<Value: Equatable>(
    _ values: [Value], _ node: JSONNode, _ path: JSONPath, key: String? = nil
  ) {
    guard case .array(let elements) = node.value, elements.count == values.count else { return }
    for index in values.indices {
      guard let first = values[..<index].firstIndex(of: values[index]) else { continue }
      let place = { (position: Int) in
        key.map { path.index(position).key($0) } ?? path.index(position)
      }
      diagnostics.invalid(
        elements[index], at: place(index), "repeats \(place(first)): each level must be different")
    }
  }
}

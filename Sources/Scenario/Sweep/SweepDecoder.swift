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
    var patches: [(patch: JSONPatch, path: JSONPath)] = []
  }

  /// The factors as written (those given).
  struct Factors {
    var agents: [Agents]?
    var variants: [Variant]?
    var demand: [Double]?
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

/// Reads a sweep file's JSON tree through its declaration (`SweepKeys`), reporting every
/// problem with its JSON path.
struct SweepDecoder {
  let diagnostics: Diagnostics

  /// The most work units (points × replications) a sweep may have.
  static let maximumUnits = 1_000_000
  /// The most points a grid may have: every part's manifest, and the results, list them all.
  static let maximumPoints = 10_000

  func decode(_ root: JSONNode, defaultName: String) -> SweepSpecification? {
    typealias Keys = SweepKeys
    guard let sweep = ObjectReader(root, at: .root, diagnostics, format: Keys.format) else {
      return nil
    }
    let name = sweep.read(Keys.name) ?? defaultName
    _ = sweep.read(Keys.description)
    let scenario = sweep.read(Keys.scenario)
    let seed = sweep.read(Keys.seed)
    // An invalid count is reported; the grid is measured with the default meanwhile.
    let replications = sweep.read(Keys.replications) ?? Keys.replications.defaultValue!
    let factors = sweep.read(Keys.factors, with: Self.factors)
    guard let scenario, let scenarioNode = sweep.member(Keys.scenario.key) else { return nil }
    var specification = SweepSpecification(
      name: name, scenario: scenario, scenarioNode: scenarioNode, seed: seed,
      replications: replications, variants: factors?.variants, demand: factors?.demand)
    if let agents = factors?.agents { specification.agents = agents }
    // Checked before anything is made of the grid: a few hundred bytes can ask for 10^20
    // points.
    let factorsPath = JSONPath.root.key(Keys.factors.key)
    let factorsNode = sweep.member(Keys.factors.key) ?? root
    guard let points = specification.pointCount, points <= Self.maximumPoints else {
      diagnostics.invalid(
        factorsNode, at: factorsPath,
        "the grid has more than \(Self.maximumPoints) points (every part of the sweep lists"
          + " them all); split it")
      return nil
    }
    let units = points.multipliedReportingOverflow(by: specification.replications)
    guard !units.overflow, units.partialValue <= Self.maximumUnits else {
      diagnostics.invalid(
        factorsNode, at: factorsPath,
        "the grid has more than \(Self.maximumUnits) runs (points × replications); split it")
      return nil
    }
    return specification
  }

  /// The factors given; each one read whatever the others' problems.
  static func factors(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> SweepSpecification.Factors?
  {
    typealias Keys = SweepFactorKeys
    guard let factors = ObjectReader(node, at: path, diagnostics, format: Keys.format) else {
      return nil
    }
    let agents = factors.read(Keys.agents)
    let variants = factors.read(Keys.variant, with: each(variant))
    if let variants, let node = factors.member(Keys.variant.key) {
      checkUnique(
        variants.map(\.name), node, path.key(Keys.variant.key), diagnostics,
        key: SweepVariantKeys.name.key)
    }
    return SweepSpecification.Factors(
      agents: agents, variants: variants, demand: factors.read(Keys.demand))
  }

  /// `{"team": [count, …], …}`: one factor per team, in the order written (those without
  /// errors, so that the others are still checked against the scenario).
  static func agentFactors(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
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
    let counts = SweepFactorKeys.counts.parse!
    var factors: [SweepSpecification.Agents] = []
    for member in members {
      let here = path.key(member.key)
      guard let counts = counts(member.value, here, diagnostics) else { continue }
      factors.append(.init(team: member.key, counts: counts, node: member.value, path: here))
    }
    return factors
  }

  /// A non-empty array's elements that parse (the others reported), so that what they say can
  /// still be checked against the scenario.
  private static func each<T>(_ element: @escaping Parse.Parser<T>) -> Parse.Parser<[T]> {
    { node, path, diagnostics in
      guard case .array(let elements) = node.value, !elements.isEmpty else {
        return Parse.array(nonEmpty: true, element)(node, path, diagnostics)
      }
      return elements.enumerated().compactMap { element($1, path.index($0), diagnostics) }
    }
  }

  /// `{"name": N, "description": D, "patches": [{"path": P, "value": V}, …]}`.
  private static func variant(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> SweepSpecification.Variant?
  {
    typealias Keys = SweepVariantKeys
    guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format) else {
      return nil
    }
    let name = reader.read(Keys.name)
    _ = reader.read(Keys.description)
    let patches = reader.read(Keys.patches, with: each(patch))
    guard let name else { return nil }
    var variant = SweepSpecification.Variant(name: name)
    if let patches { variant.patches = patches }
    return variant
  }

  private static func patch(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> (patch: JSONPatch, path: JSONPath)?
  {
    typealias Keys = SweepPatchKeys
    guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format) else {
      return nil
    }
    let text = reader.read(Keys.path)
    let value = reader.read(Keys.value)
    guard let text, let value, let pathNode = reader.member(Keys.path.key) else { return nil }
    do {
      let steps = try JSONPatch.steps(text)
      return (
        JSONPatch(text: text, steps: steps, value: value, location: pathNode.location), path
      )
    } catch {
      diagnostics.invalid(pathNode, at: path.key(Keys.path.key), error.message)
      return nil
    }
  }

  static func demandFactor(
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
  static func checkUnique<Value: Equatable>(
    _ values: [Value], _ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics,
    key: String? = nil
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

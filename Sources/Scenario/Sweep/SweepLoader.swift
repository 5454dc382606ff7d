import ContactCentre
import Foundation
import SimKernel

/// Loads a sweep file and its base scenario into the grid of configurations, reporting every
/// problem at once: those of the sweep file at their JSON paths, then those of the scenario (or
/// of a variant of it).
public enum SweepLoader {
  /// Reads the sweep at `path` and builds every point.
  ///
  /// - Throws: `ScenarioLoadError.unreadable` when the sweep file cannot be read, `.invalid`
  ///   with every problem found otherwise (a base scenario that cannot be read is one of them).
  public static func load(path: String) throws(ScenarioLoadError) -> Sweep {
    let bytes = try ScenarioLoader.contents(of: path, what: "sweep file")
    let root = try ScenarioLoader.parse(bytes, file: path)
    let diagnostics = Diagnostics(file: path)
    let defaultName = path.split(separator: "/").last.map(String.init) ?? path
    let decoded = SweepDecoder(diagnostics: diagnostics).decode(root, defaultName: defaultName)
    // The rest of the sweep file is checked against the scenario even when part of it is wrong,
    // so that every problem is listed at once.
    guard let specification = decoded else { throw .invalid(diagnostics.sortedErrors) }

    let scenarioPath = resolve(specification.scenario, from: path)
    let scenarioBytes: [UInt8]
    do {
      scenarioBytes = try ScenarioLoader.contents(of: scenarioPath, what: "scenario file")
    } catch {
      diagnostics.report(
        .referencedFile, at: JSONPath.root.key("scenario"), specification.scenarioNode.location,
        "cannot read the scenario: \(error)")
      throw .invalid(diagnostics.sortedErrors)
    }
    let scenarioDirectory = URL(fileURLWithPath: scenarioPath).deletingLastPathComponent().path
    let base: CentreConfiguration
    do {
      base = try ScenarioLoader.decode(
        scenarioBytes, file: scenarioPath, directory: scenarioDirectory)
    } catch .invalid(let errors) {
      throw .invalid(diagnostics.sortedErrors + errors)
    } catch {
      throw error
    }
    let baseRoot = try! JSONParser.parse(scenarioBytes)  // it has just decoded

    var scenarioErrors: [ScenarioError] = []
    // One configuration per variant, in order; nil for a variant with problems.
    var variants: [CentreConfiguration?] = []
    for variant in specification.variants ?? [] {
      var variantRoot = baseRoot
      var patched: [String] = []
      var applied = true
      for (patch, patchPath) in variant.patches {
        do {
          let (node, reached) = try patch.apply(to: variantRoot)
          variantRoot = node
          patched.append(reached.description)
        } catch {
          diagnostics.report(
            .invalidValue, at: patchPath.key("path"), patch.location, error.message)
          applied = false
        }
      }
      guard applied, !variant.patches.isEmpty else {
        variants.append(applied ? base : nil)
        continue
      }
      let variantDiagnostics = Diagnostics(file: "\(scenarioPath) (variant \"\(variant.name)\")")
      let decoder = ScenarioDecoder(
        diagnostics: variantDiagnostics, directory: scenarioDirectory, file: scenarioPath)
      let configuration = decoder.decode(variantRoot)
      guard let configuration, variantDiagnostics.errors.isEmpty else {
        scenarioErrors += variantDiagnostics.sortedErrors.map { error in
          // A value the variant wrote stands in the sweep file, not at this line of the scenario.
          var error = error
          if patched.contains(where: { error.path.isWithin($0) }) { error.location = nil }
          return error
        }
        variants.append(nil)
        continue
      }
      variants.append(configuration)
    }
    if specification.variants == nil { variants = [base] }
    checkAgents(specification, base: base, variants: variants, diagnostics: diagnostics)
    guard diagnostics.errors.isEmpty, scenarioErrors.isEmpty else {
      throw .invalid(diagnostics.sortedErrors + scenarioErrors)
    }
    var sweep = grid(
      specification, base: base, variants: variants.map { $0! }, file: path,
      inputs: [bytes, scenarioBytes])
    sweep.scenarioFile = scenarioPath
    return sweep
  }

  /// Every agents factor names a team of the scenario and of every variant, with agents to
  /// scale from.
  private static func checkAgents(
    _ specification: SweepSpecification, base: CentreConfiguration,
    variants: [CentreConfiguration?], diagnostics: Diagnostics
  ) {
    for factor in specification.agents {
      guard base.teams.contains(where: { $0.id == factor.team }) else {
        diagnostics.report(
          .unknownReference, at: factor.path, factor.node.location,
          "no team \"\(factor.team)\" in the scenario"
            + NameHint.reference(for: factor.team, among: base.teams.map(\.id), diagnostics))
        continue
      }
      for (index, configuration) in variants.enumerated() {
        guard let configuration else { continue }
        let variant = specification.variants.map { " of variant \"\($0[index].name)\"" } ?? ""
        guard let team = configuration.teams.first(where: { $0.id == factor.team }) else {
          diagnostics.report(
            .unknownReference, at: factor.path, factor.node.location,
            "no team \"\(factor.team)\" in the scenario\(variant)")
          continue
        }
        guard team.callTakers == 0, let first = factor.counts.firstIndex(where: { $0 > 0 }) else {
          continue
        }
        diagnostics.report(
          .invalidValue, at: factor.path.index(first), factor.node.location,
          "team \"\(factor.team)\"\(variant) has no call-taking agents to scale to "
            + "\(factor.counts[first]); give it some in the scenario")
      }
    }
  }

  /// The grid: its factors in order (agents factors, then variant, then demand; the last
  /// changes fastest) over the variants' configurations, and the digest of its inputs.
  private static func grid(
    _ specification: SweepSpecification, base: CentreConfiguration,
    variants: [CentreConfiguration], file: String, inputs: [[UInt8]]
  ) -> Sweep {
    var factors = specification.agents.map {
      Sweep.Factor(kind: .agents(team: $0.team), levels: $0.counts.map { .agents($0) })
    }
    if let variants = specification.variants {
      factors.append(Sweep.Factor(kind: .variant, levels: variants.map { .variant($0.name) }))
    }
    if let demand = specification.demand {
      factors.append(Sweep.Factor(kind: .demand, levels: demand.map { .demand($0) }))
    }
    let seed = specification.seed ?? base.seed
    let points = SweepPoints(
      factors: factors,
      variants: variants.map { variant in
        var variant = variant
        variant.seed = seed
        return variant
      })

    var hash = FNV1a()
    hash.combine("ccsim sweep 1".utf8)
    for input in inputs {
      hash.combine(UInt64(input.count))
      hash.combine(input)
    }
    // Every point's arrival rates, in grid order. They depend on the variant and the demand
    // alone, the two factors that change fastest: each level of the agents factors repeats
    // the same rates.
    let rates = variants.map { $0.lines.flatMap(\.arrivals.ratePerSecond) }
    let demands = specification.demand ?? [1]
    for _ in 0..<specification.agents.reduce(1, { $0 * $1.counts.count }) {
      for variant in rates {
        for demand in demands {
          for rate in variant {
            hash.combine(CentreConfiguration.arrivalRate(rate, scaledBy: demand).bitPattern)
          }
        }
      }
    }
    return Sweep(
      name: specification.name, file: file, scenario: base.name, seed: seed,
      replications: specification.replications, factors: factors, points: points,
      fingerprint: hash.hex)
  }

  /// The scenario's path: as written when absolute, else from the sweep file's directory.
  static func resolve(_ scenario: String, from sweep: String) -> String {
    guard !scenario.hasPrefix("/"), let slash = sweep.lastIndex(of: "/") else { return scenario }
    return String(sweep[...slash]) + scenario
  }
}

extension String {
  /// Whether this JSON path is `path` or inside it.
  fileprivate func isWithin(_ path: String) -> Bool {
    self == path || hasPrefix(path + ".") || hasPrefix(path + "[")
  }
}

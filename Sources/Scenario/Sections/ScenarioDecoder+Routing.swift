import ContactCentre
import SimKernel

extension ScenarioDecoder {
  /// A segment: `{"id": "maintenance"}`.
  static func segment(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics) -> String? {
    guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
    reader.rejectUnknownKeys(allowed: ["id"])
    return reader.required("id", Parse.identifier)
  }

  /// `"routing": {"casegroups": {…}, "plans": [...]}`.
  func routingSection(_ context: ScenarioContext)
    -> Parse.Parser<
      (casegroups: CasegroupRules, plans: [RoutingPlan])
    >
  {
    { node, path, diagnostics in
      guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
      reader.rejectUnknownKeys(allowed: ["casegroups", "plans"])
      let casegroups = reader.optional("casegroups", Self.casegroupRules) ?? CasegroupRules()
      let plans = reader.optional("plans", Parse.array(plan(context))) ?? []
      return (casegroups, plans)
    }
  }

  static func casegroupRules(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> CasegroupRules?
  {
    guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
    reader.rejectUnknownKeys(allowed: ["orphaned", "skew"])
    let orphaned = reader.optional("orphaned", Parse.probability) ?? 0
    let skew = reader.optional("skew", Parse.probability) ?? 0
    if skew >= 1, let node = reader.member("skew") {
      diagnostics.invalid(node, at: path.key("skew"), "skew must be below 1")
      return nil
    }
    return CasegroupRules(orphanedShare: orphaned, skew: skew)
  }

  func plan(_ context: ScenarioContext) -> Parse.Parser<RoutingPlan> {
    { node, path, diagnostics in
      guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
      reader.rejectUnknownKeys(allowed: ["id", "priority", "steps"])
      let id = reader.required("id", Parse.identifier)
      let priority = reader.optional("priority", Parse.integer(in: -1000...1000)) ?? 0
      let steps = reader.required("steps", Parse.array(nonEmpty: true, step(context)))
      guard let id, let steps else { return nil }
      if steps.count > 64, let node = reader.member("steps") {
        diagnostics.invalid(node, at: path.key("steps"), "a plan has at most 64 steps")
        return nil
      }
      for index in steps.indices.dropFirst() where steps[index].after < steps[index - 1].after {
        diagnostics.invalid(
          node, at: path.key("steps").index(index), "steps must be in order of \"after\"")
        return nil
      }
      return RoutingPlan(id: id, priority: priority, steps: steps)
    }
  }

  func step(_ context: ScenarioContext) -> Parse.Parser<RoutingStep> {
    { node, path, diagnostics in
      guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
      reader.rejectUnknownKeys(allowed: ["after", "target", "skipIfNoneReady"])
      let after = reader.optional("after", Parse.duration) ?? .zero
      let target = reader.required("target", routingTarget(context))
      let skip = reader.optional("skipIfNoneReady", Parse.boolean) ?? false
      guard let target else { return nil }
      return RoutingStep(after: after, target: target, skipIfNoneReady: skip)
    }
  }

  /// `"owner"`, `"ownerTeam"`, `"ownerSegment"`, `{"teams": [...]}` or `{"segments": [...]}`.
  func routingTarget(_ context: ScenarioContext) -> Parse.Parser<RoutingTarget> {
    { node, path, diagnostics in
      switch node.value {
      case .string(let name):
        switch name {
        case "owner": return .owner
        case "ownerTeam": return .ownerTeam
        case "ownerSegment": return .ownerSegment
        default:
          diagnostics.invalid(
            node, at: path,
            "\"\(name)\" is not a target (owner, ownerTeam, ownerSegment, {\"teams\": [...]},"
              + " {\"segments\": [...]})")
          return nil
        }
      case .object:
        guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
        reader.rejectUnknownKeys(allowed: ["teams", "segments"])
        if reader.has("teams") && reader.has("segments") {
          diagnostics.invalid(node, at: path, "a target names teams or segments, not both")
          return nil
        }
        if let teams = reader.optional(
          "teams", Parse.array(nonEmpty: true, Self.reference(to: context.teamIds, kind: "team")))
        {
          return .teams(teams)
        }
        if let segments = reader.optional(
          "segments",
          Parse.array(nonEmpty: true, Self.reference(to: context.segmentIds, kind: "segment")))
        {
          return .segments(segments)
        }
        if !reader.has("teams") && !reader.has("segments") {
          diagnostics.invalid(node, at: path, "a target object has \"teams\" or \"segments\"")
        }
        return nil
      default:
        diagnostics.wrongType(node, at: path, expected: "a target name or object")
        return nil
      }
    }
  }

  /// `"ivr": {"time": D, "branches": [{"branch", "share", "plan", "identification",
  /// "segments"}]}`; the branches allowed depend on the line's kind.
  func ivr(kind: Line.Kind, context: ScenarioContext) -> Parse.Parser<IVR> {
    { node, path, diagnostics in
      guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
      reader.rejectUnknownKeys(allowed: ["time", "branches"])
      let time = reader.optional("time", Parse.distribution) ?? .fixed(0)
      guard
        let branches = reader.required(
          "branches", Parse.array(nonEmpty: true, branch(kind: kind, context: context)))
      else { return nil }
      guard let branchesNode = reader.member("branches"),
        Parse.checkSum(branches.map(\.share), branchesNode, path.key("branches"), diagnostics)
      else { return nil }
      var seen: Set<Int> = []
      for (index, branch) in branches.enumerated() where !seen.insert(branch.kind.index).inserted {
        diagnostics.invalid(
          branchesNode, at: path.key("branches").index(index),
          "branch \"\(diagnostics.vocabulary.name(of: branch.kind))\" is listed twice")
      }
      return IVR(time: time, branches: branches)
    }
  }

  func branch(kind lineKind: Line.Kind, context: ScenarioContext) -> Parse.Parser<IVRBranch> {
    { node, path, diagnostics in
      guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
      reader.rejectUnknownKeys(
        allowed: ["branch", "share", "plan", "identification", "segments"])
      let vocabulary = diagnostics.vocabulary
      let allowed = vocabulary.branches(on: lineKind)
      let kind = reader.required("branch") { node, path, diagnostics -> IVRBranch.Kind? in
        guard let name = Parse.string(node, path, diagnostics) else { return nil }
        guard let kind = vocabulary.branch(named: name), allowed.contains(kind) else {
          diagnostics.invalid(
            node, at: path,
            "\"\(VisibleText.prefix(name))\" is not a branch of"
              + " \(lineKind == .employer ? "an" : "a") \(lineKind.rawValue) line (one of: "
              + allowed.map(vocabulary.name(of:)).joined(separator: ", ") + ")")
          return nil
        }
        return kind
      }
      let share = reader.required("share", Parse.probability)
      let plan = reader.optional("plan", Self.reference(to: context.planIds, kind: "routing plan"))
      let identification = reader.optional("identification", Parse.distribution) ?? .fixed(0)
      let segments =
        reader.optional(
          "segments", Parse.array(Self.reference(to: context.segmentIds, kind: "segment"))) ?? []
      guard let kind, let share else { return nil }
      let behaviour = vocabulary.behaviour(of: kind)
      if behaviour == .hangUp {
        if let node = reader.member("plan") {
          diagnostics.invalid(node, at: path.key("plan"), "callers who hang up reach no plan")
        }
      } else if plan == nil {
        if !reader.has("plan") {
          diagnostics.report(
            .missingKey, at: path.key("plan"), node.location,
            "required key \"plan\" is missing (the routing plan of this branch)")
        }
        return nil
      }
      if !segments.isEmpty && behaviour != .findsOwner, let node = reader.member("segments") {
        let owning = vocabulary.ivrBranches.filter { $0.behaviour == .findsOwner }.map(\.name)
        diagnostics.invalid(
          node, at: path.key("segments"),
          "segments go with \(owning.isEmpty ? "a branch that finds the owner" : owning.joined(separator: " or ")) only"
        )
      }
      return IVRBranch(
        kind: kind, share: share, plan: plan, identification: identification, segments: segments)
    }
  }
}

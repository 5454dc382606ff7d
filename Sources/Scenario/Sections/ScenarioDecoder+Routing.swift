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
      typealias Keys = IVRKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format),
        let time = reader.read(Keys.time),
        let branches = reader.read(
          Keys.branches, with: Parse.array(nonEmpty: true, branch(kind: kind, context: context))),
        let branchesNode = reader.member(Keys.branches.key)
      else { return nil }
      let branchesPath = path.key(Keys.branches.key)
      guard Parse.checkSum(branches.map(\.share), branchesNode, branchesPath, diagnostics)
      else { return nil }
      var seen: Set<String> = []
      for (index, branch) in branches.enumerated() where !seen.insert(branch.kind.rawValue).inserted
      {
        diagnostics.invalid(
          branchesNode, at: branchesPath.index(index),
          "branch \"\(branch.kind.rawValue)\" is listed twice")
      }
      return IVR(time: time, branches: branches)
    }
  }

  func branch(kind lineKind: Line.Kind, context: ScenarioContext) -> Parse.Parser<IVRBranch> {
    { node, path, diagnostics in
      typealias Keys = IVRBranchKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
      else { return nil }
      let kind = reader.read(Keys.branch, with: Self.branchKind(on: lineKind))
      let share = reader.read(Keys.share)
      let plan = reader.read(
        Keys.plan, with: Self.reference(to: context.planIds, kind: "routing plan"))
      let identification = reader.read(Keys.identification)
      let segments = reader.read(
        Keys.segments, with: Parse.array(Self.reference(to: context.segmentIds, kind: "segment")))
      guard let kind, let share, let identification else { return nil }
      if kind == .hangUp {
        if let node = reader.member(Keys.plan.key) {
          diagnostics.invalid(
            node, at: path.key(Keys.plan.key), "callers who hang up reach no plan")
        }
      } else if plan == nil {
        if !reader.has(Keys.plan.key) {
          diagnostics.report(
            .missingKey, at: path.key(Keys.plan.key), node.location,
            "required key \"plan\" is missing (the routing plan of this branch)")
        }
        return nil
      }
      if let segments, !segments.isEmpty && kind != .validScin,
        let node = reader.member(Keys.segments.key)
      {
        diagnostics.invalid(
          node, at: path.key(Keys.segments.key), "segments go with validScin only")
      }
      return IVRBranch(
        kind: kind, share: share, plan: plan, identification: identification,
        segments: segments ?? [])
    }
  }

  /// The name of a branch that a line of `lineKind` may have.
  static func branchKind(on lineKind: Line.Kind) -> Parse.Parser<IVRBranch.Kind> {
    { node, path, diagnostics in
      let allowed = IVRBranch.Kind.allowed(on: lineKind)
      guard let name = Parse.string(node, path, diagnostics) else { return nil }
      guard let kind = IVRBranch.Kind(rawValue: name), allowed.contains(kind) else {
        diagnostics.invalid(
          node, at: path,
          "\"\(name)\" is not a branch of \(lineKind == .employer ? "an" : "a") \(lineKind.rawValue) line"
            + " (one of: "
            + allowed.map(\.rawValue).joined(separator: ", ") + ")")
        return nil
      }
      return kind
    }
  }
}

import ContactCentre
import SimKernel

extension ScenarioDecoder {
  /// A segment: `{"id": "maintenance"}`.
  static func segment(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics) -> String? {
    guard let reader = ObjectReader(node, at: path, diagnostics, format: SegmentKeys.format)
    else { return nil }
    return reader.read(SegmentKeys.id)
  }

  /// `"routing": {"casegroups": {…}, "plans": [...]}`.
  func routingSection(_ context: ScenarioContext) -> Parse.Parser<RoutingKeys.Section> {
    { node, path, diagnostics in
      typealias Keys = RoutingKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
      else { return nil }
      let casegroups: CasegroupRules?
      if reader.has(Keys.casegroups.key) {
        casegroups = reader.read(Keys.casegroups, with: casegroupRules(context))
      } else {
        casegroups = CasegroupRules()
      }
      let plans = reader.read(Keys.plans, with: Parse.array(plan(context))) ?? []
      guard let casegroups else { return nil }
      return (casegroups, plans)
    }
  }

  func plan(_ context: ScenarioContext) -> Parse.Parser<RoutingPlan> {
    { node, path, diagnostics in
      typealias Keys = RoutingPlanKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
      else { return nil }
      let id = reader.read(Keys.id)
      let priority = reader.read(Keys.priority)
      let steps = reader.read(Keys.steps, with: Parse.array(nonEmpty: true, step(context)))
      let virtualHold = reader.read(Keys.virtualHold, with: Self.virtualHold)
      let problems = diagnostics.errors.count
      let maxWaiting = reader.read(Keys.maxWaiting)
      let goal = reader.read(Keys.goal, with: Self.queueGoal)
      guard let id, let priority, let steps, diagnostics.errors.count == problems else {
        return nil
      }
      if virtualHold == nil && reader.has(Keys.virtualHold.key) { return nil }
      if steps.count > 64, let node = reader.member(Keys.steps.key) {
        diagnostics.invalid(node, at: path.key(Keys.steps.key), "a plan has at most 64 steps")
        return nil
      }
      for index in steps.indices.dropFirst() where steps[index].after < steps[index - 1].after {
        diagnostics.invalid(
          node, at: path.key(Keys.steps.key).index(index), "steps must be in order of \"after\"")
        return nil
      }
      var plan = RoutingPlan(id: id, priority: priority, steps: steps, virtualHold: virtualHold)
      plan.maxWaiting = maxWaiting
      plan.goal = goal
      return plan
    }
  }

  func step(_ context: ScenarioContext) -> Parse.Parser<RoutingStep> {
    { node, path, diagnostics in
      typealias Keys = RoutingStepKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
      else { return nil }
      let after = reader.read(Keys.after)
      let target = reader.read(Keys.target, with: routingTarget(context))
      let skip = reader.read(Keys.skipIfNoneReady)
      let problems = diagnostics.errors.count
      let select = reader.read(Keys.select)
      let weights = reader.read(Keys.weights)
      guard let after, let target, let skip, let select, diagnostics.errors.count == problems
      else { return nil }
      var step = RoutingStep(after: after, target: target, skipIfNoneReady: skip)
      guard
        let selection = Self.agentSelection(
          select, weights: weights, target: target, reader: reader, at: path)
      else { return nil }
      step.select = selection
      return step
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
        typealias Keys = TargetGroupKeys
        guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
        else { return nil }
        let (teams, segments) = (Keys.teams.key, Keys.segments.key)
        if reader.has(teams) && reader.has(segments) {
          diagnostics.invalid(node, at: path, "a target names teams or segments, not both")
          return nil
        }
        if let teams = reader.read(
          Keys.teams,
          with: Parse.array(nonEmpty: true, Self.reference(to: context.teamIds, kind: "team")))
        {
          return .teams(teams)
        }
        if let segments = reader.read(
          Keys.segments,
          with: Parse.array(nonEmpty: true, Self.reference(to: context.segmentIds, kind: "segment"))
        ) {
          return .segments(segments)
        }
        if !reader.has(teams) && !reader.has(segments) {
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
      var seen: Set<Int> = []
      for (index, branch) in branches.enumerated() where !seen.insert(branch.kind.index).inserted {
        diagnostics.invalid(
          branchesNode, at: branchesPath.index(index),
          "branch \"\(diagnostics.vocabulary.name(of: branch.kind))\" is listed twice")
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
      let vocabulary = diagnostics.vocabulary
      let behaviour = vocabulary.behaviour(of: kind)
      if behaviour == .hangUp {
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
      if let segments, !segments.isEmpty && behaviour != .findsOwner,
        let node = reader.member(Keys.segments.key)
      {
        // The branches that match callers to casegroups (validScin), for the message.
        let owning = vocabulary.ivrBranches.filter { $0.behaviour == .findsOwner }.map(\.name)
        diagnostics.invalid(
          node, at: path.key(Keys.segments.key),
          "segments go with "
            + (owning.isEmpty ? "a branch that finds the owner" : owning.joined(separator: " or "))
            + " only")
      }
      return IVRBranch(
        kind: kind, share: share, plan: plan, identification: identification,
        segments: segments ?? [])
    }
  }

  /// The name of a branch of the vocabulary that a line of `lineKind` may have.
  static func branchKind(on lineKind: Line.Kind) -> Parse.Parser<IVRBranch.Kind> {
    { node, path, diagnostics in
      let vocabulary = diagnostics.vocabulary
      let allowed = vocabulary.branches(on: lineKind)
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
  }
}

extension ScenarioDecoder {
  /// A step's `select` with its `weights`: weights only for `weightedRandom` and a target
  /// naming teams, one per team.
  static func agentSelection(
    _ kind: AgentSelection.Kind, weights: [Double]?, target: RoutingTarget,
    reader: ObjectReader, at path: JSONPath
  ) -> AgentSelection? {
    typealias Keys = RoutingStepKeys
    let node = reader.member(Keys.weights.key)
    guard kind == .weightedRandom else {
      if let node {
        reader.diagnostics.invalid(
          node, at: path.key(Keys.weights.key),
          "weights are for \"select\": \"weightedRandom\" only")
        return nil
      }
      switch kind {
      case .longestIdle: return .longestIdle
      case .teamOrder: return .teamOrder
      case .leastOccupied: return .leastOccupied
      case .highestProficiency: return .highestProficiency
      case .weightedRandom: return nil
      }
    }
    guard let weights, let node else {
      return reader.has(Keys.weights.key) ? nil : .weightedRandom([])
    }
    guard case .teams(let teams) = target else {
      reader.diagnostics.invalid(
        node, at: path.key(Keys.weights.key), "weights need a target naming \"teams\"")
      return nil
    }
    guard weights.count == teams.count else {
      reader.diagnostics.invalid(
        node, at: path.key(Keys.weights.key),
        "weights need one number per team of the target (\(teams.count))")
      return nil
    }
    return .weightedRandom(weights)
  }
}

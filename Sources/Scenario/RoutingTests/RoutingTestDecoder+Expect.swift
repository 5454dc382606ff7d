import ContactCentre
import SimKernel

extension RoutingTestDecoder {
  /// `{"queue": PLAN, "agent": STAFF, "team": TEAM, "step": STEP, "path": [STEP…],
  /// "skipped": [STEP…], "wait": D, "waits": BOOL, "hangsUp": BOOL}`, steps named as
  /// `CentreConfiguration.stepNames` names them in the caller's plan.
  func expect(_ caller: Caller?) -> Parse.Parser<RoutingExpectation> {
    { node, path, diagnostics in
      typealias Keys = RoutingExpectationKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format) else {
        return nil
      }
      guard Keys.format.keys.contains(where: reader.has) else {
        diagnostics.invalid(
          node, at: path,
          "expects nothing: give at least one of \(Keys.format.keys.joined(separator: ", "))")
        return nil
      }
      var expectation = RoutingExpectation()
      var valid = true
      func read<T>(_ field: Field<T>, with parse: Parse.Parser<T>? = nil) -> T? {
        guard reader.has(field.key) else { return nil }
        let value = parse.map { reader.read(field, with: $0) } ?? reader.read(field)
        if value == nil { valid = false }
        return value
      }
      expectation.hangsUp = read(Keys.hangsUp)
      expectation.waits = read(Keys.waits)
      expectation.queue = read(
        Keys.queue,
        with: ScenarioDecoder.reference(to: configuration.plans.map(\.id), kind: "queue"))
      expectation.agent = read(Keys.agent, with: staffNumber)
      expectation.team = read(
        Keys.team, with: ScenarioDecoder.reference(to: configuration.teams.map(\.id), kind: "team"))
      expectation.wait = read(Keys.wait)
      let stepKeys = [Keys.step.key, Keys.path.key, Keys.skipped.key].filter(reader.has)
      if let caller, let key = stepKeys.first, caller.plan == nil, let node = reader.member(key) {
        diagnostics.invalid(
          node, at: path.key(key), "this caller hangs up in the IVR: there are no steps to name")
        return nil
      }
      if let plan = caller?.plan {
        let names = configuration.stepNames(plan: plan)
        let step = stepName(names, plan: plan)
        expectation.step = read(Keys.step, with: step)
        expectation.path = read(Keys.path, with: Parse.array(step))
        expectation.skipped = read(Keys.skipped, with: Parse.array(step))
      }
      guard valid, caller != nil || stepKeys.isEmpty else { return nil }
      return consistent(expectation, reader) ? expectation : nil
    }
  }

  /// Expectations that cannot hold together are a mistake in the file.
  func consistent(_ expectation: RoutingExpectation, _ reader: ObjectReader) -> Bool {
    typealias Keys = RoutingExpectationKeys
    let offer = Keys.offerKeys.filter(reader.has)
    var conflict: (key: String, message: String)?
    if expectation.hangsUp == true,
      let key = [Keys.queue.key, Keys.waits.key, Keys.path.key, Keys.skipped.key].first(
        where: reader.has) ?? offer.first
    {
      conflict = (key, "a caller who hangs up in the IVR never queues")
    } else if expectation.waits == true, let key = offer.first {
      conflict = (key, "a call expected to wait is offered to nobody")
    }
    guard let conflict, let node = reader.member(conflict.key) else { return true }
    diagnostics.invalid(node, at: reader.path.key(conflict.key), conflict.message)
    return false
  }

  /// A staff number on the roster.
  func staffNumber(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics) -> String? {
    guard let number = Parse.string(node, path, diagnostics) else { return nil }
    let numbers = configuration.roster.compactMap(\.profile.staffNumber)
    guard numbers.contains(number) else {
      diagnostics.report(
        .unknownReference, at: path, node.location,
        "no agent with staff number \"\(number)\""
          + NameHint.reference(for: number, among: numbers, diagnostics))
      return nil
    }
    return number
  }

  /// A step of plan `plan`, by name; parsed to its index.
  func stepName(_ names: [String], plan: Int) -> Parse.Parser<Int> {
    { node, path, diagnostics in
      guard let name = Parse.string(node, path, diagnostics) else { return nil }
      guard let index = names.firstIndex(of: name) else {
        diagnostics.report(
          .unknownReference, at: path, node.location,
          "plan \(configuration.plans[plan].id) has no step \"\(name)\" (its steps:"
            + " \(names.joined(separator: ", ")))")
        return nil
      }
      return index
    }
  }
}

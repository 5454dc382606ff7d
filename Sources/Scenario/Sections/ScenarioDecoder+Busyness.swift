import ContactCentre
import SimKernel

extension ScenarioDecoder {
  /// `busyness`: the shared busyness factors, each with the lines it scales; a line is in at
  /// most one.
  func busynessSection(_ context: ScenarioContext) -> Parse.Parser<[BusynessKeys.Group]> {
    { node, path, diagnostics in
      guard
        let groups = Parse.array(nonEmpty: false, Self.sharedBusyness(context))(
          node, path, diagnostics),
        case .array(let nodes) = node.value
      else { return nil }
      var owner: [Int: String] = [:]
      var failed = false
      for (index, group) in groups.enumerated() {
        guard let linesNode = Self.member(BusynessKeys.lines.key, of: nodes[index]),
          case .array(let lineNodes) = linesNode.value
        else { continue }
        for (position, line) in group.lines.enumerated() {
          let linePath = path.index(index).key(BusynessKeys.lines.key).index(position)
          let name = context.lineIds[line]
          if let other = owner[line] {
            diagnostics.invalid(
              lineNodes[position], at: linePath,
              other == group.busyness.id
                ? "line \"\(name)\" is listed twice"
                : "line \"\(name)\" already shares busyness \"\(other)\"; a line has at most"
                  + " one shared factor (its own goes in arrivals.overdispersion)")
            failed = true
          }
          owner[line] = group.busyness.id
        }
      }
      return failed ? nil : groups
    }
  }

  /// `{"id": ID, "cv": C, "lines": [LINE, …]}`.
  static func sharedBusyness(_ context: ScenarioContext) -> Parse.Parser<BusynessKeys.Group> {
    { node, path, diagnostics in
      typealias Keys = BusynessKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
      else { return nil }
      let id = reader.read(Keys.id)
      let cv = reader.read(Keys.cv)
      let lines = reader.read(
        Keys.lines,
        with: Parse.array(nonEmpty: true, reference(to: context.lineIds, kind: "line")))
      if let cv, cv > 10, let cvNode = reader.member(Keys.cv.key) {
        diagnostics.invalid(
          cvNode, at: path.key(Keys.cv.key), "a coefficient of variation over 10 is absurd")
        return nil
      }
      guard let id, let cv, let lines else { return nil }
      return (SharedBusyness(id: id, cv: cv), lines)
    }
  }
}

/// A routing change — a step taken out of a plan, a queue renamed, a team merged — leaves the
/// tests that named it pointing at nothing. Those cases fail, each saying what is missing, and
/// the others run: a name the scenario does not have is the case's failure, not the file's.
///
/// What counts: every name in a case (`cases[N]`) that is looked up among the scenario's and
/// not found (`ScenarioError.Code.unknownReference`): the caller's line, call type, IVR branch,
/// owner or orphaned team; an agent or team in `agents`; the expected queue, agent, team, step,
/// path or skipped steps. Everything else stays an error of the file (exit 65): malformed JSON,
/// a wrong type, an unknown key, a missing key, a value out of range, expectations that
/// contradict each other, a NotReady reason code not in the vocabulary, an agent placed Ready
/// off shift, a name missing from `defaults`, and a scenario that does not load.
extension RoutingTestSuite {
  /// The errors that are names missing from the scenario, by the position of their case.
  static func missingNames(_ errors: [ScenarioError]) -> [Int: [ScenarioError]] {
    var missing: [Int: [ScenarioError]] = [:]
    for error in errors where error.code == .unknownReference {
      if let position = casePosition(error.path) { missing[position, default: []].append(error) }
    }
    return missing
  }

  /// N for a path in `cases[N]`; nil for one elsewhere.
  static func casePosition(_ path: String) -> Int? {
    let prefix = RoutingTestKeys.cases.key + "["
    guard path.hasPrefix(prefix), let end = path.firstIndex(of: "]") else { return nil }
    return Int(path[path.index(path.startIndex, offsetBy: prefix.count)..<end])
  }

  /// The failure of case `position` for `error`: its path within the case, its message and its
  /// line. `expect.step: plan owner-first has no step "segment" (its steps: owner, ownerTeam,
  /// gich) (line 12)`.
  static func failure(_ error: ScenarioError, position: Int) -> String {
    let prefix = "\(RoutingTestKeys.cases.key)[\(position)]"
    var path = error.path.dropFirst(prefix.count)
    if path.hasPrefix(".") { path = path.dropFirst() }
    let line = error.location.map { " (line \($0.line))" } ?? ""
    return (path.isEmpty ? "" : "\(path): ") + error.message + line
  }
}

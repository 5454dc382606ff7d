import SimKernel

extension NameHint {
  /// The hint after `name`, not one of the scenario's `names`: ` (did you mean "a", "b" or
  /// "c"?)`, else ` (one of: …)` when there are at most `listLimit` names, else nothing. Names
  /// are quoted as a prefix (`VisibleText.prefix`), however long the file made them.
  static func reference(
    for name: String, among names: [String], listing: String = "one of",
    _ diagnostics: Diagnostics
  ) -> String {
    var budget = diagnostics.comparisonsLeft
    let near = closest(to: name, in: names, budget: &budget)
    diagnostics.comparisonsLeft = budget
    if !near.isEmpty { return didYouMean(near) }
    guard !names.isEmpty else { return " (none is declared)" }
    guard names.count <= listLimit else { return "" }
    return " (\(listing): \(names.map { VisibleText.prefix($0) }.joined(separator: ", ")))"
  }
}

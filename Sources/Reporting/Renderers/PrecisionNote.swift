/// The line `ccsim run --precision` writes on stderr: the half-width reached, after how many
/// replications, and whether it met the target.
public enum PrecisionNote {
  /// The note, or nil when the replications were not chosen by a precision target.
  public static func render(_ summary: RunSummary) -> String? {
    guard let precision = summary.precision else { return nil }
    let name = precision.metric
    let count = summary.replications
    var text = "precision: \(name.label.lowercased()) ± "
    text += SummaryTable.halfWidth(name, precision.halfWidth95)
    text += " after \(Formatting.count(count)) replication\(count == 1 ? "" : "s"); target "
    text += SummaryTable.halfWidth(name, precision.target)
    text += precision.reached ? " reached\n" : " NOT reached (the cap stopped the run)\n"
    return text
  }
}

import Planning

/// One figure that moved between the base and the candidate: a metric of the whole run, of a
/// queue or of a team both scenarios have, with its paired difference.
public struct ComparisonChange: Sendable {
  /// What a figure belongs to.
  public enum ScopeKind: String, Sendable {
    case total
    case queue
    case team
  }

  public var kind: ScopeKind
  /// The queue's or team's id (empty for the whole run).
  public var id: String
  public var metric: MetricName
  public var compared: PairedDifference

  /// The difference as a share of the base's mean (+0.25 is a quarter more); nil when the
  /// base's mean is 0 or missing.
  public var relativeChange: Double? {
    guard let base = compared.base.mean, base != 0, let difference = compared.difference.mean
    else { return nil }
    return difference / abs(base)
  }

  /// How large the change is, for ordering: the relative change's size, infinite for a figure
  /// that moved from 0.
  var size: Double {
    relativeChange.map(abs) ?? .infinity
  }

  /// Whether `compared` moved at the precision the reports print it: 0.01 percentage point of a
  /// share (a difference of at least 0.005 pp), 0.1 s of a time (at least 0.05 s).
  public static func moved(_ metric: MetricName, _ compared: PairedDifference) -> Bool {
    guard let difference = compared.difference.mean, difference.isFinite else { return false }
    return abs(difference) >= (metric.isShare ? 0.000_05 : 0.05)
  }

  /// The figures of `scopes` that moved: the significant ones first (a planner looks for what
  /// the change did, not for the noise of a small queue), each group largest relative change
  /// first (ties in report order: total, queues, teams, each in metric order).
  static func changes(_ scopes: [(ScopeKind, ComparisonSummary.Scope)]) -> [ComparisonChange] {
    var changes: [ComparisonChange] = []
    for (kind, scope) in scopes {
      for (metric, compared) in scope.metrics where moved(metric, compared) {
        changes.append(
          ComparisonChange(kind: kind, id: scope.id, metric: metric, compared: compared))
      }
    }
    return changes.enumerated().sorted { left, right in
      let (one, other) = (left.element, right.element)
      let significant = (one.compared.significant ?? false, other.compared.significant ?? false)
      if significant.0 != significant.1 { return significant.0 }
      return one.size != other.size ? one.size > other.size : left.offset < right.offset
    }.map(\.element)
  }
}

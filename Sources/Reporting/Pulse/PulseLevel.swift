/// The colour of a Pulse cell: normal, or past an amber or red threshold.
public enum PulseLevel: Int, Sendable, Comparable, CaseIterable {
  case normal
  case amber
  case red

  public static func < (lhs: PulseLevel, rhs: PulseLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}

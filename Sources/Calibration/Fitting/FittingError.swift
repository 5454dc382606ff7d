/// Why a fit could not be made from the values given.
public enum FittingError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Fewer usable values than the estimator needs (`what` names them).
  case tooFewValues(what: String, needed: Int, found: Int)
  /// Arrays that should match one to one have different lengths.
  case mismatchedLengths(what: String, expected: Int, found: Int)
  /// A value outside its domain (a weekday outside 0...6, a negative count).
  case invalidValue(what: String, index: Int, value: Double)

  public var description: String {
    switch self {
    case .tooFewValues(let what, let needed, let found):
      return "\(what): at least \(needed) needed, \(found) found"
    case .mismatchedLengths(let what, let expected, let found):
      return "\(what): \(expected) expected, \(found) found"
    case .invalidValue(let what, let index, let value):
      return "\(what)[\(index)]: \(value) is out of range"
    }
  }
}

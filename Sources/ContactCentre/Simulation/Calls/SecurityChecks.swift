/// The security rule (seed 002): every failed check is reported to the Security Advice and
/// Support Centre, and the third consecutive failed call for one SCIN also produces a bogus
/// caller form (CMSF5550).
///
/// Owns: per call type, whether its calls have security questions; per SCIN (casegroup), the
/// failed checks in a row so far.
struct SecurityChecks {
  private let asked: [Bool]
  /// Whether any call type has security questions (the hot path asks before anything else).
  let isActive: Bool
  private var consecutiveFailures: [Int32: Int] = [:]

  init(_ configuration: CentreConfiguration) {
    asked = configuration.callTypes.map { $0.security != nil }
    isActive = asked.contains(true)
  }

  /// A call of `callType` about `scin` (−1: none) closed, its wrap-up done, with a failed check
  /// or not: returns whether it was a failed check (a SASC report) and whether it produced a
  /// bogus caller form.
  mutating func close(callType: Int, scin: Int32, failed: Bool) -> (
    failed: Bool, bogusCallerForm: Bool
  ) {
    guard asked[callType] else { return (false, false) }
    guard failed else {
      if scin >= 0 { consecutiveFailures[scin] = nil }
      return (false, false)
    }
    guard scin >= 0 else { return (true, false) }
    let failures = (consecutiveFailures[scin] ?? 0) + 1
    guard failures == SecurityCheck.failuresForBogusCallerForm else {
      consecutiveFailures[scin] = failures
      return (true, false)
    }
    consecutiveFailures[scin] = nil
    return (true, true)
  }
}

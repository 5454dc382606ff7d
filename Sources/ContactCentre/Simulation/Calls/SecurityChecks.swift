/// The security rule (seed 002): "When the caller has failed a security check and the
/// caseworker believes the caller is not a Client/Client Representative, the caseworker must
/// terminate the call and send the information to the Security Advice and Support Centre
/// flagging this as a priority, if it is the third consecutive failed call complete the bogus
/// caller form." The questions are asked "when making and receiving calls": inbound and
/// outbound calls count alike, for the SCIN the call is about ("the SCIN of the contact you
/// were trying to call").
///
/// Owns: per call type, whether its calls have security questions; per SCIN (casegroup), the
/// failed checks in a row so far.
struct SecurityChecks {
  /// What closing a call meant for security.
  struct Check {
    /// The call failed the check.
    var failed = false
    /// The caseworker reported the failure to the Security Advice and Support Centre.
    var reported = false
    /// The report came with a bogus caller form (CMSF5550).
    var bogusCallerForm = false
  }

  private let asked: [Bool]
  /// Whether any call type has security questions (the hot path asks before anything else).
  let isActive: Bool
  private var consecutiveFailures: [Int32: Int] = [:]

  init(_ configuration: CentreConfiguration) {
    asked = configuration.callTypes.map { $0.security != nil }
    isActive = asked.contains(true)
  }

  /// A call of `callType` about `scin` (−1: none) closed, its wrap-up done, with a failed check
  /// or not (`reported`: the caseworker believes a failed caller is not the client and reports
  /// them). A call that passed starts its SCIN's count again; a reported failure that is the
  /// third (or later) in a row for its SCIN produces a bogus caller form, and the count starts
  /// again. A failure not reported still counts in the row.
  mutating func close(callType: Int, scin: Int32, failed: Bool, reported: Bool) -> Check {
    guard asked[callType] else { return Check() }
    guard failed else {
      if scin >= 0 { consecutiveFailures[scin] = nil }
      return Check()
    }
    guard scin >= 0 else { return Check(failed: true, reported: reported) }
    let failures = (consecutiveFailures[scin] ?? 0) + 1
    guard reported, failures >= SecurityCheck.failuresForBogusCallerForm else {
      consecutiveFailures[scin] = failures
      return Check(failed: true, reported: reported)
    }
    consecutiveFailures[scin] = nil
    return Check(failed: true, reported: true, bogusCallerForm: true)
  }
}

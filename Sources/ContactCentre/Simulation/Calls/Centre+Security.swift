extension Centre {
  /// A call about `scin` (−1: none), inbound or outbound, closed with `outcome`, its wrap-up
  /// done: a failed security check is reported to the Security Advice and Support Centre (SASC)
  /// when the caseworker believes the caller is not the client (`reported`, drawn for a
  /// failed check only), and the third consecutive failure for a SCIN, reported, produces a bogus
  /// caller form; a call closed as a bogus call (Bogus Call – Security Report) is reported too.
  /// Returns whether the call produced a bogus caller form.
  mutating func closeSecurity(
    callType: Int, scin: Int32, outcome: Outcome, counted: Bool, reported: Bool
  ) -> Bool {
    let behaviour = vocabulary.behaviour(of: outcome)
    if behaviour == .reportsBogusCall {
      // Seed 002's outcome "Bogus Call – Security Report": the report is the outcome itself.
      if counted { recorder.statistics.security.sascReports += 1 }
    }
    guard security.isActive else { return false }
    let failed = behaviour == .failsSecurity
    let check = security.close(
      callType: callType, scin: scin, failed: failed, reported: failed && reported)
    guard counted else { return check.bogusCallerForm }
    if check.failed { recorder.statistics.security.failedChecks += 1 }
    if check.reported { recorder.statistics.security.sascReports += 1 }
    if check.bogusCallerForm { recorder.statistics.security.bogusCallerForms.append(Int(scin)) }
    return check.bogusCallerForm
  }
}

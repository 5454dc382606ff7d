extension CallType {
  /// The mean time an agent spends on a call of this type, after an IVR branch whose identification takes `identification` seconds on average: the identification (the record
  /// the questions sit on has to be found first), the interpreter's connection and the
  /// security questions, then (unless the check fails) talk and interpreting, then the whole ACW — beyond the ACW limit it goes on as clerical work,
  /// which keeps the agent from calls just the same.
  public func meanHandleTime(identification: Double) -> Double {
    let failShare = security?.failShare ?? 0
    let interpreted = interpretation?.share ?? 0
    let preamble =
      identification + (security?.time.mean ?? 0)
      + interpreted * (interpretation?.connect.mean ?? 0)
    let conversation =
      talk.mean
      + interpreted * (interpretation?.extraTalk.mean ?? 0)
    return preamble + (1 - failShare) * conversation + acw.mean
  }
}

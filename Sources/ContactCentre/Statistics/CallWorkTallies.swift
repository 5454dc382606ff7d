/// Security checks: failed checks, the reports to the Security Advice and Support Centre (SASC)
/// — a failed check whose caller the caseworker believes is not the client, or a call closed as
/// a bogus call (Bogus Call – Security Report) — and the bogus caller forms (CMSF5550) of the
/// third consecutive failure for one SCIN. Inbound and outbound calls alike.
public struct SecurityTally: Sendable, Equatable {
  /// Calls that ended with Failed Security Check.
  public var failedChecks = 0
  /// Reports sent to SASC: the failed checks reported (`security.reportShare` of them) and the
  /// calls closed with an outcome that reports a bogus call (behaviour `reportsBogusCall`).
  public var sascReports = 0
  /// Bogus caller forms (CMSF5550) and the SCIN (casegroup number) of each, in order.
  public var bogusCallerForms: [Int] = []

  public init() {}

  public mutating func merge(_ other: SecurityTally) {
    failedChecks += other.failedChecks
    sascReports += other.sascReports
    bogusCallerForms += other.bogusCallerForms
  }
}

/// Transfers (outcome Call Transferred): warm ones consult the recipient first.
public struct TransferTally: Sendable, Equatable {
  public var warm = 0
  public var cold = 0
  /// Transfers that found nobody Ready anywhere the caseworker looked — the target, its team,
  /// its segment and the fallback group — and left the caller waiting in the queue of the last
  /// of them (the fallback group, or the target without one). A transfer answered at once by
  /// someone Ready in the fallback group is not counted.
  public var toFallback = 0
  /// Warm transfers whose caller the caseworker stopped holding after the `hold` time, leaving
  /// them waiting in the queue.
  public var handedOver = 0
  /// Warm transfers whose caller the caseworker took back after the `hold` time, closing the
  /// call with another outcome (`Transfer.WhenNobodyAnswers.takeBack`): their legs were
  /// offered in the transfer queue and abandoned there.
  public var takenBack = 0
  /// Time the two agents spent consulting, summed over warm transfers, microseconds.
  public var consultTime: Int64 = 0

  public init() {}

  public mutating func merge(_ other: TransferTally) {
    warm += other.warm
    cold += other.cold
    toFallback += other.toFallback
    handedOver += other.handedOver
    takenBack += other.takenBack
    consultTime += other.consultTime
  }
}

/// Calls that needed the interpretation service (The Big Word).
public struct InterpretationTally: Sendable, Equatable {
  /// Answered calls with an interpreter, and those handled (wrap-up done) with their handle time.
  public var answered = 0
  public var handled = 0
  public var handleTime: Int64 = 0

  public init() {}

  public var averageHandleTime: Double? {
    handled > 0 ? Double(handleTime) / Double(handled) / 1e6 : nil
  }

  public mutating func merge(_ other: InterpretationTally) {
    answered += other.answered
    handled += other.handled
    handleTime += other.handleTime
  }
}

/// Callers ringing again: after an outcome with a redial rule, or after abandoning.
public struct RedialTally: Sendable, Equatable {
  /// Redials caused by each outcome, and by abandoning in queue.
  public var afterOutcome = OutcomeCounts()
  public var afterAbandon = 0

  public init() {}

  public var total: Int { afterOutcome.total + afterAbandon }

  public mutating func merge(_ other: RedialTally) {
    afterOutcome.merge(other.afterOutcome)
    afterAbandon += other.afterAbandon
  }
}

/// Outbound work of one team: call-backs and activity plans dialled by its caseworkers.
public struct OutboundTally: Sendable, Equatable {
  /// Work items created: call-backs requested (outcome Call-back Request) and activity-plan calls.
  public var callBacksRequested = 0
  public var planned = 0
  /// Items never dialled because the client's telephone contact is suppressed.
  public var suppressed = 0
  /// Calls dialled (retries included), and those where the client answered.
  public var dialled = 0
  public var connected = 0
  /// Retries scheduled after No Answer, Line Engaged and the like.
  public var retries = 0
  /// Call-backs made by their due time, made late, and not made by the end of the run.
  public var callBacksOnTime = 0
  public var callBacksLate = 0
  public var notMade = 0
  /// Dialled calls whose work is done, with their talk (dialling included) and ACW, µs.
  public var handled = 0
  public var handleTime: Int64 = 0

  public init() {}

  /// Average handle time of outbound calls, seconds.
  public var averageHandleTime: Double? {
    handled > 0 ? Double(handleTime) / Double(handled) / 1e6 : nil
  }

  public mutating func merge(_ other: OutboundTally) {
    callBacksRequested += other.callBacksRequested
    planned += other.planned
    suppressed += other.suppressed
    dialled += other.dialled
    connected += other.connected
    retries += other.retries
    callBacksOnTime += other.callBacksOnTime
    callBacksLate += other.callBacksLate
    notMade += other.notMade
    handled += other.handled
    handleTime += other.handleTime
  }
}

import ContactCentre
import SimKernel

extension CallTally {
  /// Counts one inbound call that entered a queue and has ended, as the model counts it:
  /// offered; answered (wait, within the threshold, waited, not offered at once) and handled (talk + hold + ACW as
  /// cut), or answered and unfinished at the end; or abandoned (short or not); or unresolved at
  /// the end of the run. `vocabulary` says which outcomes transfer the caller; `conventions`
  /// whether the threshold is inclusive.
  mutating func count(
    _ record: CallRecord, serviceLevelThreshold: SimDuration, shortAbandon: SimDuration,
    conventions: ReportingConventions, vocabulary: Vocabulary
  ) {
    let threshold = serviceLevelThreshold.microseconds
    guard record.direction == .inbound, let queued = record.queued else { return }
    offered += 1
    if record.isRedial { redials += 1 }
    if record.isTransferLeg { transferLegs += 1 }
    redirectedOnNoAnswer += record.redirectedOnNoAnswer
    switch record.end {
    case .handled, .unfinished:
      if let answeredAt = record.answered {
        let wait = answeredAt - queued
        answered += 1
        answeredWait += wait.microseconds
        if conventions.isWithin(wait.microseconds, threshold: threshold) {
          answeredWithinThreshold += 1
        }
        if wait > .zero { waited += 1 }
        if !record.offeredAtOnce { notOfferedAtOnce += 1 }
        longestWait = max(longestWait, wait.microseconds)
      }
      if record.end == .handled {
        handled += 1
        handleTime += (record.talk + record.hold + record.acw).microseconds
      }
      if let outcome = record.outcome, vocabulary.behaviour(of: outcome) == .transfers,
        !record.isTransferLeg
      {
        transferred += 1
      }
    case .abandoned:
      let wait = record.ended - queued
      abandoned += 1
      waited += 1
      if !record.offeredAtOnce { notOfferedAtOnce += 1 }
      if wait <= shortAbandon {
        shortAbandoned += 1
      } else if conventions.isWithin(wait.microseconds, threshold: threshold) {
        abandonedWithinThreshold += 1
      }
      longestWait = max(longestWait, wait.microseconds)
    case .unresolved:
      unresolvedAtEnd += 1
    case .ivrHangUp, .blocked, .queueFull:
      break  // never queued: left out by the guard above
    }
  }
}

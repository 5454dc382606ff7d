import Calibration
import ContactCentre
import SimKernel

extension CallTally {
  /// Counts one call of a centre's history as the simulation counts its own: offered when it
  /// queued; answered or abandoned by its outcome, within the service level by its wait against
  /// `threshold` (inclusive or exclusive by `conventions`), short abandons by `shortAbandon`.
  public mutating func count(
    _ call: Calibration.CallRecord, threshold: SimDuration, shortAbandon: SimDuration,
    conventions: ReportingConventions
  ) {
    guard let wait = call.wait.map({ SimDuration.seconds(max($0, 0)) }) else {
      if call.queued != nil { offered += 1 }
      return
    }
    offered += 1
    let within = conventions.threshold == .inclusive ? wait <= threshold : wait < threshold
    longestWait = max(longestWait, wait.microseconds)
    if wait > .zero { notOfferedAtOnce += 1 }
    switch call.outcome {
    case .answered:
      answered += 1
      answeredWait += wait.microseconds
      if within { answeredWithinThreshold += 1 }
      if wait > .zero { waited += 1 }
      if let talk = call.talk {
        handled += 1
        handleTime += SimDuration.seconds(talk + (call.hold ?? 0) + (call.wrapUp ?? 0)).microseconds
      }
    case .abandoned:
      abandoned += 1
      waited += 1
      if wait <= shortAbandon {
        shortAbandoned += 1
      } else if within {
        abandonedWithinThreshold += 1
      }
    case .ivrHangUp, .phantom:
      offered -= 1
    }
  }
}

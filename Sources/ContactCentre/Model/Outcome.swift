/// The outcome a call activity closes with: exactly one of the procedures' list, or it cannot
/// close.
public enum Outcome: Int, Sendable, CaseIterable, BitwiseCopyable {
  case clientWishesToCallBack
  case bogusCallSecurityReport
  case callBackRequest
  case callResolved
  case callTerminatedByClient
  case callTerminatedByCMEC
  case callTransferred
  case clientUnavailable
  case failedSecurityCheck
  case lineEngaged
  case lostConnection
  case noAnswer
  case signpostedToDWPDept
  case signpostedToOptions
  case signpostedToOtherOrg
  case unresolvedEscalated
  case voicemailMessageLeft
  case voicemailNoMessageLeft
  case wrongNumber

  /// The outcome as the call activity and reports spell it, en dashes and all.
  public var name: String {
    switch self {
    case .clientWishesToCallBack: "Client Wishes to Call Back"
    case .bogusCallSecurityReport: "Bogus Call – Security Report"
    case .callBackRequest: "Call-back Request"
    case .callResolved: "Call Resolved"
    case .callTerminatedByClient: "Call Terminated by Client"
    case .callTerminatedByCMEC: "Call Terminated by CMEC"
    case .callTransferred: "Call Transferred"
    case .clientUnavailable: "Client Unavailable"
    case .failedSecurityCheck: "Failed Security Check"
    case .lineEngaged: "Line Engaged"
    case .lostConnection: "Lost Connection"
    case .noAnswer: "No Answer"
    case .signpostedToDWPDept: "Signposted to DWP Dept"
    case .signpostedToOptions: "Signposted to Options"
    case .signpostedToOtherOrg: "Signposted to Other Org"
    case .unresolvedEscalated: "Unresolved – Escalated"
    case .voicemailMessageLeft: "Voicemail – Message left"
    case .voicemailNoMessageLeft: "Voicemail – No Message Left"
    case .wrongNumber: "Wrong Number"
    }
  }

  /// The outcome spelled exactly `name`, if it is one.
  public init?(name: String) {
    guard let outcome = Self.allCases.first(where: { $0.name == name }) else { return nil }
    self = outcome
  }

  /// Whether the agent talked with the person they wanted: false for the six outcomes of an
  /// outbound call that reached no one to deal with (No Answer, Line Engaged, both voicemails,
  /// Client Unavailable, Wrong Number), which take the dial time and no talk.
  public var isConnected: Bool {
    switch self {
    case .noAnswer, .lineEngaged, .voicemailMessageLeft, .voicemailNoMessageLeft,
      .clientUnavailable, .wrongNumber:
      false
    default: true
    }
  }

  /// Whether only a call the agent dialled can end so (nobody picked up): No Answer, Line
  /// Engaged and both voicemails. An inbound call was answered, so it never ends with one.
  public var isOutboundOnly: Bool {
    switch self {
    case .noAnswer, .lineEngaged, .voicemailMessageLeft, .voicemailNoMessageLeft: true
    default: false
    }
  }
}

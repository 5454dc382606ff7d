/// The states of an agent on the telephony system.
public enum AgentState: Int, Sendable, CaseIterable, BitwiseCopyable {
  /// Not logged in.
  case loggedOut
  /// Ready (Available): waiting for a call.
  case ready
  /// Reserved: a call is ringing at the agent's phone.
  case reserved
  /// Talking to a caller (inbound).
  case talking
  /// After Call Work: wrapping up the last call.
  case afterCallWork
  /// Talking on an outbound call: dialling, then talking if the client answers.
  case talkingOutbound
  /// Talking to a colleague before a warm transfer (the consult), or holding the caller while
  /// the recipient is reached.
  case consulting
  /// NotReady, with a reason code.
  case notReady

  /// Whether time in this state is work for occupancy: ringing, talk, hold and ACW.
  public var isBusy: Bool {
    switch self {
    case .reserved, .talking, .afterCallWork, .talkingOutbound, .consulting: true
    case .loggedOut, .ready, .notReady: false
    }
  }

  /// The name used in reports.
  public var reportName: String {
    switch self {
    case .loggedOut: "loggedOut"
    case .ready: "ready"
    case .reserved: "reserved"
    case .talking: "talking"
    case .afterCallWork: "afterCallWork"
    case .talkingOutbound: "talkingOutbound"
    case .consulting: "consulting"
    case .notReady: "notReady"
    }
  }
}

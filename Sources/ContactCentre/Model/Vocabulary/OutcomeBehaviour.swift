/// What the model does with a call that closes with an outcome: the behaviours a centre's own
/// outcome names map to (`Vocabulary.outcomes`).
public enum OutcomeBehaviour: String, Sendable, CaseIterable, BitwiseCopyable {
  /// The caller got what they rang for. The model closes with it every call of a call type that
  /// gives no outcome mix, and every call to the AAC desk.
  case resolved
  /// The call just ends: counted, nothing follows (a `redials` rule may still bring the caller
  /// back).
  case ends
  /// The caller is transferred to another agent, by the call type's `transfer`.
  case transfers
  /// An outbound call-back is made to the caller (`outbound.callBacks`).
  case requestsCallBack
  /// Escalated unresolved: the caseworker may raise a problem with AAC about the case
  /// (`incidents.fromEscalated`).
  case escalates
  /// The security check failed: the model closes with it the calls that fail
  /// (`security.failShare`), reports the share `security.reportShare` of them to SASC and counts
  /// bogus callers. Never in a mix.
  case failsSecurity
  /// The caseworker reports the call as bogus to the Security Advice and Support Centre (Bogus
  /// Call – Security Report): the call just ends, with a SASC report.
  case reportsBogusCall
  /// An outbound call that ends so reached nobody to deal with: it takes the dial time and no
  /// talk, and may be retried. An inbound call just ends with it.
  case notConnected
  /// Nobody picked up: only a dialled call can end so (dial time, no talk, may be retried).
  case unanswered

  /// How many of a vocabulary's outcomes may have the behaviour.
  public var need: Vocabulary.Need {
    switch self {
    case .resolved: .exactlyOne
    case .failsSecurity: .atMostOne
    case .ends, .reportsBogusCall, .transfers, .requestsCallBack, .escalates, .notConnected,
      .unanswered:
      .any
    }
  }

  /// What the model does with it, for messages about a vocabulary.
  public var purpose: String {
    switch self {
    case .resolved: "the model closes with it the calls of a call type without \"outcomes\""
    case .failsSecurity: "the model closes with it the calls that fail a security check"
    case .ends: "the call just ends"
    case .reportsBogusCall: "the call is reported to the Security Advice and Support Centre"
    case .transfers: "the caller is transferred"
    case .requestsCallBack: "an outbound call-back is made"
    case .escalates: "a problem may be raised with AAC"
    case .notConnected: "an outbound call reached nobody"
    case .unanswered: "a dialled call was not picked up"
    }
  }

  /// Whether an outbound call that ends so reached the person it was for: false for
  /// `notConnected` and `unanswered`, which take the dial time and no talk.
  @inline(__always) public var isConnected: Bool { self != .notConnected && self != .unanswered }

  /// Whether only a call the agent dialled can end so (nobody picked up): an inbound call was
  /// answered, so it never does.
  @inline(__always) public var isOutboundOnly: Bool { self == .unanswered }
}

import ContactCentre

extension AgentState {
  /// The states in the order the report stacks and lists them: work first, then Ready,
  /// NotReady and LoggedOut.
  static let reportOrder: [AgentState] = [
    .talking, .talkingOutbound, .consulting, .reserved, .afterCallWork, .ready, .notReady,
    .loggedOut,
  ]

  /// The state as CC Pulse labels it.
  var pulseLabel: String {
    switch self {
    case .loggedOut: "LoggedOut"
    case .ready: "Ready"
    case .reserved: "Reserved"
    case .talking: "Talking"
    case .afterCallWork: "ACW"
    case .talkingOutbound: "Outbound"
    case .consulting: "Consulting"
    case .notReady: "NotReady"
    }
  }

  /// The CSS class that colours the state (`fill` in SVG, `background` in HTML).
  var cssClass: String { "st-\(reportName)" }

  /// The label of a state-time bucket (`StateTimes.bucket`): the state, with the reason code
  /// of `vocabulary` for NotReady.
  static func bucketLabel(_ bucket: Int, _ vocabulary: Vocabulary) -> String {
    let notReady = AgentState.notReady.rawValue
    guard bucket >= notReady else { return AgentState(rawValue: bucket)!.pulseLabel }
    return "NotReady – " + vocabulary.name(of: NotReadyReason(bucket - notReady))
  }

  /// The state of a state-time bucket, with `reasons` reason codes (off shift: LoggedOut).
  static func ofBucket(_ bucket: Int, reasons: Int) -> AgentState {
    guard bucket != StateTimes.offShiftBucket(reasons: reasons) else { return .loggedOut }
    return AgentState(rawValue: min(bucket, AgentState.notReady.rawValue))!
  }
}

extension PulseStateGroup {
  /// The state whose colour the column takes.
  var colour: AgentState {
    switch self {
    case .ready: .ready
    case .notReady: .notReady
    case .talking: .talking
    case .afterCallWork: .afterCallWork
    case .loggedOut: .loggedOut
    }
  }
}

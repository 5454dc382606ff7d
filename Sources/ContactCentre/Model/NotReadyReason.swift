/// The auxiliary (NotReady) reason codes of the telephony procedures, exactly.
public enum NotReadyReason: Int, Sendable, CaseIterable, BitwiseCopyable {
  case breakTime
  case coaching
  case communications
  case customerRelatedClericalWork
  case emotionalBreak
  case lunch
  case nonCustomerRelatedWork
  case outboundCallPreparation
  case teamLeader
  case training

  /// The code as the CTI toolbar and reports spell it.
  public var name: String {
    switch self {
    case .breakTime: "Break"
    case .coaching: "Coaching"
    case .communications: "Communications"
    case .customerRelatedClericalWork: "Customer Related Clerical Work"
    case .emotionalBreak: "Emotional Break"
    case .lunch: "Lunch"
    case .nonCustomerRelatedWork: "Non Customer Related Work"
    case .outboundCallPreparation: "Outbound Call Preparation"
    case .teamLeader: "Team Leader"
    case .training: "Training"
    }
  }

  /// The reason spelled `name`, if it is one.
  public init?(name: String) {
    guard let reason = Self.allCases.first(where: { $0.name == name }) else { return nil }
    self = reason
  }
}

import ContactCentre

extension PulseStateGroup {
  /// The column heading.
  public var label: String {
    switch self {
    case .ready: "Ready"
    case .notReady: "NotReady"
    case .talking: "Talking"
    case .afterCallWork: "ACW"
    case .loggedOut: "LoggedOut"
    }
  }
}

extension AgentActivity {
  /// The cases of the activity without their data, for the table of legal transitions.
  enum Kind: Int, CaseIterable {
    case offShift, loggedOut, ready, ringing, handling, consulting, wrappingUp, outbound, notReady
  }

  var kind: Kind {
    switch self {
    case .offShift: .offShift
    case .loggedOut: .loggedOut
    case .ready: .ready
    case .ringing: .ringing
    case .handling: .handling
    case .consulting: .consulting
    case .wrappingUp: .wrappingUp
    case .outbound: .outbound
    case .notReady: .notReady
    }
  }

  /// Which activity may follow which (`legal[from][to]`), checked on every change under
  /// `CCSIM_CHECKS`:
  /// - a transfer's consult follows only the talk of a handled call, and its wrap-up only the
  ///   consult or (cold) the talk; a consult ends only in that wrap-up;
  /// - Ready follows anything but Ready (becoming Ready again is no change), off shift anything
  ///   but off shift;
  /// - anything else may follow the end of any work (a free agent takes whatever is next: a
  ///   call, outbound work, a break, logging out).
  static let legal: [[Bool]] = Kind.allCases.map { from in
    Kind.allCases.map { to in
      switch (from, to) {
      case (.handling, .consulting), (.handling, .wrappingUp), (.consulting, .wrappingUp): true
      case (_, .consulting), (_, .wrappingUp), (.consulting, _): false
      case (.ready, .ready), (.offShift, .offShift): false
      default: true
      }
    }
  }

  /// Whether `next` may follow this activity.
  func mayBeFollowed(by next: AgentActivity) -> Bool {
    Self.legal[kind.rawValue][next.kind.rawValue]
  }
}

/// Where a Child Maintenance centre is, for the names that differ by region. Seed 002: "For
/// Northern Ireland: NICMS replaces CMG, DSD replaces DWP, Choices (NI) replaces Options", and
/// "CMSF5550 Bogus phone calls reporting form", "CMSF5550(NI) Bogus phone calls reporting form
/// (Northern Ireland)".
public enum Region: String, Sendable, CaseIterable, Equatable {
  /// England, Wales and Scotland: the Child Maintenance Group (the default).
  case greatBritain
  /// Northern Ireland: NICMS.
  case northernIreland

  /// The organisation, as the procedures name it.
  public var organisation: String {
    switch self {
    case .greatBritain: "CMG"
    case .northernIreland: "NICMS"
    }
  }

  /// The bogus caller form filled in at a SCIN's third consecutive failed security check.
  public var bogusCallerForm: String {
    switch self {
    case .greatBritain: "CMSF5550"
    case .northernIreland: "CMSF5550(NI)"
    }
  }

  /// The outcomes of the call activity whose names differ in Northern Ireland: Great
  /// Britain's name and Northern Ireland's.
  public static let outcomeNames = [
    (greatBritain: "Signposted to DWP Dept", northernIreland: "Signposted to DSD Dept"),
    (greatBritain: "Signposted to Options", northernIreland: "Signposted to Choices (NI)"),
  ]

  /// The region's name for an outcome named `name` in the other region, if it has one.
  public func outcomeName(replacing name: String) -> String? {
    switch self {
    case .greatBritain: Self.outcomeNames.first { $0.northernIreland == name }?.greatBritain
    case .northernIreland: Self.outcomeNames.first { $0.greatBritain == name }?.northernIreland
    }
  }

  /// How the region is named in messages.
  public var displayName: String {
    switch self {
    case .greatBritain: "Great Britain"
    case .northernIreland: "Northern Ireland"
    }
  }
}

extension Vocabulary {
  /// The Child Maintenance vocabulary of `region`: in Northern Ireland the outcomes signpost
  /// to the DSD and to Choices (NI).
  public static func childMaintenance(in region: Region) -> Vocabulary {
    switch region {
    case .greatBritain: childMaintenance
    case .northernIreland: northernIreland
    }
  }

  /// The CMG's vocabulary as Northern Ireland's NICMS speaks it.
  public static let northernIreland = Vocabulary(
    outcomes: childMaintenance.outcomes.map { term in
      Term(Region.northernIreland.outcomeName(replacing: term.name) ?? term.name, term.behaviour)
    }, notReadyReasons: childMaintenance.notReadyReasons,
    ivrBranches: childMaintenance.ivrBranches, expertDomains: childMaintenance.expertDomains,
    region: .northernIreland)
}

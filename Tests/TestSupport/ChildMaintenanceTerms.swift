import ContactCentre

// The Child Maintenance Group's terms by name, for tests written against the default
// vocabulary (`Vocabulary.childMaintenance`). The model never names them: it asks behaviours.

private let cmg = Vocabulary.childMaintenance

extension Outcome {
  public static let clientWishesToCallBack = cmg.outcome(named: "Client Wishes to Call Back")!
  public static let bogusCallSecurityReport = cmg.outcome(named: "Bogus Call – Security Report")!
  public static let callBackRequest = cmg.outcome(named: "Call-back Request")!
  public static let callResolved = cmg.outcome(named: "Call Resolved")!
  public static let callTerminatedByClient = cmg.outcome(named: "Call Terminated by Client")!
  public static let callTerminatedByCMEC = cmg.outcome(named: "Call Terminated by CMEC")!
  public static let callTransferred = cmg.outcome(named: "Call Transferred")!
  public static let clientUnavailable = cmg.outcome(named: "Client Unavailable")!
  public static let failedSecurityCheck = cmg.outcome(named: "Failed Security Check")!
  public static let lineEngaged = cmg.outcome(named: "Line Engaged")!
  public static let lostConnection = cmg.outcome(named: "Lost Connection")!
  public static let noAnswer = cmg.outcome(named: "No Answer")!
  public static let signpostedToDWPDept = cmg.outcome(named: "Signposted to DWP Dept")!
  public static let signpostedToOptions = cmg.outcome(named: "Signposted to Options")!
  public static let signpostedToOtherOrg = cmg.outcome(named: "Signposted to Other Org")!
  public static let unresolvedEscalated = cmg.outcome(named: "Unresolved – Escalated")!
  public static let voicemailMessageLeft = cmg.outcome(named: "Voicemail – Message left")!
  public static let voicemailNoMessageLeft = cmg.outcome(named: "Voicemail – No Message Left")!
  public static let wrongNumber = cmg.outcome(named: "Wrong Number")!

  /// The 19 outcomes of the default vocabulary, in its order.
  public static let allCases = cmg.allOutcomes

  /// The name in the default vocabulary.
  public var name: String { cmg.name(of: self) }
}

extension NotReadyReason {
  public static let breakTime = cmg.reason(named: "Break")!
  public static let coaching = cmg.reason(named: "Coaching")!
  public static let communications = cmg.reason(named: "Communications")!
  public static let customerRelatedClericalWork = cmg.reason(
    named: "Customer Related Clerical Work")!
  public static let emotionalBreak = cmg.reason(named: "Emotional Break")!
  public static let lunch = cmg.reason(named: "Lunch")!
  public static let nonCustomerRelatedWork = cmg.reason(named: "Non Customer Related Work")!
  public static let outboundCallPreparation = cmg.reason(named: "Outbound Call Preparation")!
  public static let teamLeader = cmg.reason(named: "Team Leader")!
  public static let training = cmg.reason(named: "Training")!

  /// The ten reason codes of the default vocabulary, in its order.
  public static let allCases = cmg.allReasons

  /// The name in the default vocabulary.
  public var name: String { cmg.name(of: self) }
}

extension IVRBranch.Kind {
  public static let welsh = cmg.branch(named: "welsh")!
  public static let hangUp = cmg.branch(named: "hangUp")!
  public static let validScin = cmg.branch(named: "validScin")!
  public static let invalidScin = cmg.branch(named: "invalidScin")!
  public static let incompleteScin = cmg.branch(named: "incompleteScin")!
  public static let noScin = cmg.branch(named: "noScin")!
  public static let validErn = cmg.branch(named: "validErn")!
  public static let invalidErn = cmg.branch(named: "invalidErn")!
  public static let incompleteErn = cmg.branch(named: "incompleteErn")!
  public static let thirdParty = cmg.branch(named: "thirdParty")!
  public static let wrongOption = cmg.branch(named: "wrongOption")!

  /// The branches of the default vocabulary, in its order.
  public static let allCases = cmg.ivrBranches.indices.map(IVRBranch.Kind.init)

  /// The name in the default vocabulary.
  public var name: String { cmg.name(of: self) }
}

extension ExpertDomain {
  public static let designProcedures = cmg.domain(named: "Design / Procedures")!
  public static let policy = cmg.domain(named: "Policy")!
  public static let liveServiceSupport = cmg.domain(named: "Live Service Support")!
  public static let cfat = cmg.domain(named: "CFAT")!
  public static let oedCustomer = cmg.domain(named: "OED/Customer")!
  public static let natLead = cmg.domain(named: "NAT Lead")!
  public static let omc = cmg.domain(named: "OMC")!

  /// The seven Expert Domains of the default vocabulary, in its order.
  public static let allCases = cmg.allDomains

  /// The name in the default vocabulary.
  public var name: String { cmg.name(of: self) }
}

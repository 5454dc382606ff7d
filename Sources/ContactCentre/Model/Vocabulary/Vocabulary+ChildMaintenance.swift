extension Vocabulary {
  /// The Child Maintenance Group's vocabulary, the default of every scenario: the 19 outcomes
  /// of the call activity, the ten auxiliary reason codes of the CTI toolbar, the IVR options
  /// of the client and employer numbers, and AAC's seven Expert Domains, spelt exactly as the
  /// procedures spell them (en dashes and all).
  public static let childMaintenance = Vocabulary(
    outcomes: [
      Term("Client Wishes to Call Back", .ends),
      Term("Bogus Call – Security Report", .reportsBogusCall),
      Term("Call-back Request", .requestsCallBack),
      Term("Call Resolved", .resolved),
      Term("Call Terminated by Client", .ends),
      Term("Call Terminated by CMEC", .ends),
      Term("Call Transferred", .transfers),
      Term("Client Unavailable", .notConnected),
      Term("Failed Security Check", .failsSecurity),
      Term("Line Engaged", .unanswered),
      Term("Lost Connection", .ends),
      Term("No Answer", .unanswered),
      Term("Signposted to DWP Dept", .ends),
      Term("Signposted to Options", .ends),
      Term("Signposted to Other Org", .ends),
      Term("Unresolved – Escalated", .escalates),
      Term("Voicemail – Message left", .unanswered),
      Term("Voicemail – No Message Left", .unanswered),
      Term("Wrong Number", .notConnected),
    ],
    notReadyReasons: [
      Term("Break", .break),
      Term("Coaching", .other),
      Term("Communications", .other),
      Term("Customer Related Clerical Work", .clerical),
      Term("Emotional Break", .break),
      Term("Lunch", .break),
      Term("Non Customer Related Work", .other),
      Term("Outbound Call Preparation", .other),
      Term("Team Leader", .teamLeader),
      Term("Training", .other),
    ],
    ivrBranches: [
      // The Welsh Language Unit, offered first on every number.
      Branch("welsh", .queues),
      Branch("hangUp", .hangUp),
      // Client numbers: the SCIN the caller keys.
      Branch("validScin", .findsOwner, lineKinds: [.client]),
      Branch("invalidScin", .queues, lineKinds: [.client]),
      Branch("incompleteScin", .queues, lineKinds: [.client]),
      Branch("noScin", .queues, lineKinds: [.client]),
      // The employer number: the ERN or EARN, option 3 for the third-party team.
      Branch("validErn", .queues, lineKinds: [.employer]),
      Branch("invalidErn", .queues, lineKinds: [.employer]),
      Branch("incompleteErn", .queues, lineKinds: [.employer]),
      Branch("thirdParty", .queues, lineKinds: [.employer]),
      Branch("wrongOption", .queues, lineKinds: [.employer]),
    ],
    expertDomains: [
      "Design / Procedures", "Policy", "Live Service Support", "CFAT", "OED/Customer",
      "NAT Lead", "OMC",
    ])
}

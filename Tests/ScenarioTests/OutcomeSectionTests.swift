import ContactCentre
import SimKernel
import TestSupport
import Testing

@testable import Scenario

/// Decoding outcomes, security, interpretation and transfers on call types.
struct OutcomeSectionTests {
  @Test func theNineteenOutcomesAreSpelledAsInTheProcedures() {
    let names = Outcome.allCases.map(\.name)
    #expect(names.count == 19 && Set(names).count == 19)
    #expect(
      names.filter { $0.contains("–") } == [
        "Bogus Call – Security Report", "Unresolved – Escalated", "Voicemail – Message left",
        "Voicemail – No Message Left",
      ])
    #expect(!names.contains { $0.contains(" - ") })
    let vocabulary = Vocabulary.childMaintenance
    for outcome in Outcome.allCases { #expect(vocabulary.outcome(named: outcome.name) == outcome) }
    #expect(vocabulary.outcome(named: "Voicemail – Message Left") == nil)
    let behaviours = Outcome.allCases.map(vocabulary.behaviour(of:))
    #expect(behaviours.filter { !$0.isConnected }.count == 6)
    #expect(behaviours.filter(\.isOutboundOnly).allSatisfy { !$0.isConnected })
  }

  @Test func aCallTypeWithoutTheNewKeysResolvesEveryCall() throws {
    let configuration = try OutcomeFixture.decode(OutcomeFixture.scenario())
    let general = configuration.callTypes[0]
    #expect(general.outcomes == .only(.callResolved))
    #expect(general.outboundOutcomes == .only(.callResolved))
    #expect(general.security == nil && general.interpretation == nil && general.transfer == nil)
    #expect(configuration.emergency == nil)
    #expect(configuration.redials == .none && configuration.redials.isEmpty)
    #expect(configuration.outbound == nil)
  }

  @Test func outcomeMixesDecodeInOrderWithoutZeroShares() throws {
    let text = OutcomeFixture.scenario(
      callType: """
        "outcomes": {"Call Resolved": 0.6, "Signposted to Options": 0,
                     "Unresolved – Escalated": 0.25, "Lost Connection": 0.15},
        "outboundOutcomes": {"No Answer": 0.3, "Voicemail – Message left": 0.2,
                             "Call Resolved": 0.5}
        """)
    let general = try OutcomeFixture.decode(text).callTypes[0]
    #expect(general.outcomes.outcomes == [.callResolved, .unresolvedEscalated, .lostConnection])
    #expect(general.outcomes.shares == [0.6, 0.25, 0.15])
    #expect(general.outcomes.cumulative.last == 1)
    #expect(general.outcomes.share(of: .signpostedToOptions) == 0)
    #expect(!general.outcomes.contains(.signpostedToOptions))
    #expect(general.outcomes.outcome(at: 0) == .callResolved)
    #expect(general.outcomes.outcome(at: 0.59) == .callResolved)
    #expect(general.outcomes.outcome(at: 0.6) == .unresolvedEscalated)
    #expect(general.outcomes.outcome(at: 0.86) == .lostConnection)
    #expect(general.outcomes.outcome(at: 0.999_999_999_999) == .lostConnection)
    #expect(general.outboundOutcomes.share(of: .noAnswer) == 0.3)
    #expect(general.outboundOutcomes.outcome(at: 0.45) == .voicemailMessageLeft)
  }

  @Test func securityAndInterpretationDecode() throws {
    let text = OutcomeFixture.scenario(
      callType: """
        "security": {"time": {"uniform": {"min": "30s", "max": "90s"}}, "failShare": 0.02,
                     "reportShare": 0.75},
        "interpretation": {"share": 0.03, "connect": "2m",
                           "extraTalk": {"exponential": {"mean": "4m"}}}
        """)
    let general = try OutcomeFixture.decode(text).callTypes[0]
    #expect(
      general.security
        == SecurityCheck(time: .uniform(min: 30, max: 90), failShare: 0.02, reportShare: 0.75))
    #expect(
      general.interpretation
        == Interpretation(share: 0.03, connect: .fixed(120), extraTalk: .exponential(mean: 240)))
    #expect(SecurityCheck.failuresForBogusCallerForm == 3)

    let defaults = try OutcomeFixture.decode(
      OutcomeFixture.scenario(
        callType: "\"security\": {\"time\": 45}, \"interpretation\": {\"share\": 0.1}")
    ).callTypes[0]
    #expect(defaults.security?.failShare == 0)
    #expect(defaults.security?.reportShare == 1, "every failed check is reported by default")
    #expect(defaults.interpretation?.connect == .fixed(0))
    #expect(defaults.interpretation?.extraTalk == .fixed(0))
  }

  @Test func aWarmTransferToAnAgentATeamOrASegment() throws {
    let text = OutcomeFixture.scenario(
      callType: """
        "outcomes": {"Call Resolved": 0.9, "Call Transferred": 0.1},
        "transfer": {"targets": [{"agent": "M101", "share": 0.25},
                                 {"team": "gich", "share": 0.5},
                                 {"segment": "maintenance", "share": 0.25}],
                     "consult": {"exponential": {"mean": "1m"}}, "fallback": "gich"}
        """)
    let transfer = try #require(try OutcomeFixture.decode(text).callTypes[0].transfer)
    #expect(
      transfer.targets == [
        .init(target: .agent(staffNumber: "M101"), share: 0.25),
        .init(target: .team(0), share: 0.5),
        .init(target: .segment(0), share: 0.25),
      ])
    #expect(transfer.consult == .exponential(mean: 60))
    #expect(!transfer.cold)
    #expect(transfer.fallback == 0)
  }

  @Test func aColdTransferOnAnEmergencyDay() throws {
    let text = OutcomeFixture.scenario(
      callType: """
        "outboundOutcomes": {"Call Resolved": 0.8, "Call Transferred": 0.2},
        "transfer": {"targets": [{"team": "maint-north-1", "share": 1}], "cold": true}
        """,
      top: "\"emergency\": \"strike day\"")
    let configuration = try OutcomeFixture.decode(text)
    #expect(configuration.emergency == "strike day")
    let transfer = try #require(configuration.callTypes[0].transfer)
    #expect(transfer.cold && transfer.targets == [.init(target: .team(1), share: 1)])
    #expect(transfer.fallback == nil)
  }

  /// A warm transfer's caller nobody answers is taken back as Call-back Request unless the
  /// scenario says otherwise (seed 002: a warm handover on a normal day); an unannounced
  /// handover is read on an emergency day.
  @Test func whenNobodyAnswersDefaultsToTakingTheCallerBack() throws {
    let plain = OutcomeFixture.scenario(callType: OutcomeFixture.transferToGICH)
    let transfer = try #require(try OutcomeFixture.decode(plain).callTypes[0].transfer)
    #expect(transfer.whenNobodyAnswers == .takeBack(.callBackRequest))
    let resolved = OutcomeFixture.scenario(
      callType: OutcomeFixture.transferToGICH.replacingOccurrences(
        of: "\"consult\": \"1m\"",
        with: "\"consult\": \"1m\", \"takeBackOutcome\": \"Client Wishes to Call Back\""))
    #expect(
      try OutcomeFixture.decode(resolved).callTypes[0].transfer?.whenNobodyAnswers
        == .takeBack(.clientWishesToCallBack))
    for (mode, expected) in [
      ("keepHolding", Transfer.WhenNobodyAnswers.keepHolding), ("handOver", .handOver),
    ] {
      let text = OutcomeFixture.scenario(
        callType: OutcomeFixture.transferToGICH.replacingOccurrences(
          of: "\"consult\": \"1m\"",
          with: "\"consult\": \"1m\", \"whenNobodyAnswers\": \"\(mode)\""),
        top: "\"emergency\": \"strike day\"")
      #expect(try OutcomeFixture.decode(text).callTypes[0].transfer?.whenNobodyAnswers == expected)
    }
  }

  /// The declared defaults of a call type's keys are the model's.
  @Test func theDeclaredDefaultsAreTheModels() throws {
    #expect(TransferKeys.hold.defaultValue == Transfer.standardHold)
    #expect(CallTypeKeys.acw.defaultValue == .fixed(0))
    // A mix left out is the vocabulary's resolved outcome alone: the declaration says so in
    // words, the decoder makes it.
    for mix in [CallTypeKeys.outcomes, CallTypeKeys.outboundOutcomes] {
      #expect(mix.defaultValue == nil)
    }
    let plain = try OutcomeFixture.decode(OutcomeFixture.scenario()).callTypes[0]
    #expect(
      plain.outcomes == .only(.callResolved) && plain.outboundOutcomes == .only(.callResolved))
    let text = OutcomeFixture.scenario(callType: OutcomeFixture.transferToGICH)
    #expect(try OutcomeFixture.decode(text).callTypes[0].transfer?.hold == Transfer.standardHold)
  }

  /// Where a scenario speaks the Child Maintenance Group's outcomes, the schema allows as a
  /// redial key exactly the outcomes an inbound call can have, and "abandoned".
  @Test func theSchemaRefusesTheRedialKeysTheDecoderRefuses() throws {
    func member(_ key: String, of node: JSONNode?) -> JSONNode? {
      node?.schemaMembers.first { $0.0 == key }?.1
    }
    func elements(_ node: JSONNode?) -> [JSONNode] {
      guard case .array(let elements)? = node?.value else { return [] }
      return elements
    }
    let redials = elements(
      member("allOf", of: ChildMaintenanceNames.outcomes(of: .childMaintenance))
    ).compactMap {
      member("redials", of: member("properties", of: $0))
    }
    let allowed = elements(member("enum", of: member("propertyNames", of: redials.first)))
      .compactMap { node -> String? in
        guard case .string(let name) = node.value else { return nil }
        return name
      }
    let vocabulary = Vocabulary.childMaintenance
    #expect(allowed.contains("abandoned"))
    for outcome in Outcome.allCases {
      #expect(
        allowed.contains(outcome.name) == !vocabulary.behaviour(of: outcome).isOutboundOnly,
        "\(outcome.name)")
    }
  }

  static let rejected: [RejectedSection] = [
    RejectedSection(
      name: "unknown outcome beside a transfer",
      callType: """
        "outcomes": {"Call Resolve": 0.9, "Call Transferred": 0.1},
        "transfer": {"targets": [{"team": "gich", "share": 1}], "consult": "1m"}
        """,
      path: "callTypes[0].outcomes[\"Call Resolve\"]",
      message: "\"Call Resolve\" is not a call outcome (did you mean \"Call Resolved\"?)"),
    RejectedSection(
      name: "unknown outcome", callType: "\"outcomes\": {\"Call Resolve\": 1}",
      path: "callTypes[0].outcomes[\"Call Resolve\"]",
      message: "\"Call Resolve\" is not a call outcome (did you mean \"Call Resolved\"?)"),
    RejectedSection(
      name: "hyphen for an en dash",
      callType: "\"outcomes\": {\"Call Resolved\": 0.5, \"Unresolved - Escalated\": 0.5}",
      path: "callTypes[0].outcomes[\"Unresolved - Escalated\"]",
      message: "(did you mean \"Unresolved – Escalated\"? outcome names are spelled exactly"),
    RejectedSection(
      name: "capital L in Message left",
      callType: "\"outboundOutcomes\": {\"Voicemail – Message Left\": 1}",
      path: "callTypes[0].outboundOutcomes[\"Voicemail – Message Left\"]",
      message: "did you mean \"Voicemail – Message left\"?"),
    RejectedSection(
      name: "mix not summing to 1",
      callType: "\"outcomes\": {\"Call Resolved\": 0.5, \"Lost Connection\": 0.4}",
      path: "callTypes[0].outcomes", message: "the shares sum to 0.9, not 1"),
    RejectedSection(
      name: "empty mix", callType: "\"outcomes\": {}", path: "callTypes[0].outcomes",
      message: "must not be empty"),
    RejectedSection(
      name: "Failed Security Check in the inbound mix",
      callType: "\"outcomes\": {\"Call Resolved\": 0.9, \"Failed Security Check\": 0.1}",
      path: "callTypes[0].outcomes[\"Failed Security Check\"]",
      message: "cannot be in an outcome mix: it is decided by the call type's \"security\""),
    RejectedSection(
      name: "Failed Security Check in the outbound mix",
      callType: "\"outboundOutcomes\": {\"Call Resolved\": 0.9, \"Failed Security Check\": 0.1}",
      path: "callTypes[0].outboundOutcomes[\"Failed Security Check\"]",
      message: "cannot be in an outcome mix"),
    RejectedSection(
      name: "No Answer on an inbound call",
      callType: "\"outcomes\": {\"Call Resolved\": 0.9, \"No Answer\": 0.1}",
      path: "callTypes[0].outcomes[\"No Answer\"]",
      message: "ends only a call the agent dialled: put it in \"outboundOutcomes\""),
    RejectedSection(
      name: "Call Transferred without a transfer",
      callType: "\"outcomes\": {\"Call Resolved\": 0.9, \"Call Transferred\": 0.1}",
      path: "callTypes[0].outcomes[\"Call Transferred\"]",
      message: "calls closed as \"Call Transferred\" need a \"transfer\" on the call type"),
    RejectedSection(
      name: "outbound Call Transferred without a transfer",
      callType: "\"outboundOutcomes\": {\"Call Resolved\": 0.9, \"Call Transferred\": 0.1}",
      path: "callTypes[0].outboundOutcomes[\"Call Transferred\"]",
      message: "need a \"transfer\""),
    RejectedSection(
      name: "a transfer with nothing to transfer",
      callType:
        "\"transfer\": {\"targets\": [{\"team\": \"gich\", \"share\": 1}], \"consult\": 60}",
      path: "callTypes[0].transfer",
      message: "no outcome mix gives \"Call Transferred\" a share"),
    RejectedSection(
      name: "a cold transfer on a normal day",
      callType: OutcomeFixture.transferToGICH.replacingOccurrences(
        of: "\"consult\": \"1m\"", with: "\"cold\": true"),
      path: "callTypes[0].transfer.cold",
      message: "cold transfers are allowed only on an emergency day (top-level \"emergency\")"),
    RejectedSection(
      name: "an unannounced handover on a normal day",
      callType: OutcomeFixture.transferToGICH.replacingOccurrences(
        of: "\"consult\": \"1m\"",
        with: "\"consult\": \"1m\", \"whenNobodyAnswers\": \"handOver\""),
      path: "callTypes[0].transfer.whenNobodyAnswers",
      message:
        "an unannounced handover is a cold transfer, allowed only on an emergency day"
        + " (top-level \"emergency\"): on a normal day the caseworker takes the caller back"),
    RejectedSection(
      name: "keepHolding with a hold",
      callType: OutcomeFixture.transferToGICH.replacingOccurrences(
        of: "\"consult\": \"1m\"",
        with: "\"consult\": \"1m\", \"whenNobodyAnswers\": \"keepHolding\", \"hold\": \"5m\""),
      path: "callTypes[0].transfer.hold",
      message: "\"keepHolding\" holds with no limit: remove \"hold\""),
    RejectedSection(
      name: "a takeBackOutcome without takeBack",
      callType: OutcomeFixture.transferToGICH.replacingOccurrences(
        of: "\"consult\": \"1m\"",
        with:
          "\"consult\": \"1m\", \"whenNobodyAnswers\": \"keepHolding\","
          + " \"takeBackOutcome\": \"Call Resolved\""),
      path: "callTypes[0].transfer.takeBackOutcome",
      message: "only a caller taken back closes with \"takeBackOutcome\""),
    RejectedSection(
      name: "taken back as Call Transferred",
      callType: OutcomeFixture.transferToGICH.replacingOccurrences(
        of: "\"consult\": \"1m\"",
        with: "\"consult\": \"1m\", \"takeBackOutcome\": \"Call Transferred\""),
      path: "callTypes[0].transfer.takeBackOutcome",
      message: "\"Call Transferred\" transfers the call: a caller taken back is not transferred"),
    RejectedSection(
      name: "taken back as No Answer",
      callType: OutcomeFixture.transferToGICH.replacingOccurrences(
        of: "\"consult\": \"1m\"",
        with: "\"consult\": \"1m\", \"takeBackOutcome\": \"No Answer\""),
      path: "callTypes[0].transfer.takeBackOutcome",
      message: "\"No Answer\" ends only a call the agent dialled"),
    RejectedSection(
      name: "a cold transfer saying what to do when nobody answers",
      callType: OutcomeFixture.transferToGICH.replacingOccurrences(
        of: "\"consult\": \"1m\"", with: "\"cold\": true, \"whenNobodyAnswers\": \"takeBack\""),
      top: "\"emergency\": \"strike day\"", path: "callTypes[0].transfer.whenNobodyAnswers",
      message: "a cold transfer holds nobody: remove \"whenNobodyAnswers\""),
    RejectedSection(
      name: "a cold transfer with a consultation",
      callType: OutcomeFixture.transferToGICH.replacingOccurrences(
        of: "\"consult\": \"1m\"", with: "\"consult\": \"1m\", \"cold\": true"),
      top: "\"emergency\": \"strike day\"", path: "callTypes[0].transfer.consult",
      message: "a cold transfer has no consultation"),
    RejectedSection(
      name: "a warm transfer without a consultation",
      callType: OutcomeFixture.transferToGICH.replacingOccurrences(
        of: ", \"consult\": \"1m\"", with: ""),
      path: "callTypes[0].transfer.consult", message: "required key \"consult\" is missing"),
    RejectedSection(
      name: "unknown transfer team",
      callType: OutcomeFixture.transferToGICH.replacingOccurrences(
        of: "\"team\": \"gich\"", with: "\"team\": \"gihc\""),
      path: "callTypes[0].transfer.targets[0].team",
      message: "no team \"gihc\" (did you mean \"gich\"?)"),
    RejectedSection(
      name: "unknown staff number",
      callType: OutcomeFixture.transferToGICH.replacingOccurrences(
        of: "\"team\": \"gich\"", with: "\"agent\": \"M010\""),
      path: "callTypes[0].transfer.targets[0].agent",
      message:
        "no agent with staff number \"M010\" on any team's roster (did you mean \"M100\" or \"M101\"?)"
    ),
    RejectedSection(
      name: "unknown transfer segment",
      callType: OutcomeFixture.transferToGICH.replacingOccurrences(
        of: "\"team\": \"gich\"", with: "\"segment\": \"new-case\""),
      path: "callTypes[0].transfer.targets[0].segment", message: "no segment \"new-case\""),
    RejectedSection(
      name: "a target naming a team and a segment",
      callType: OutcomeFixture.transferToGICH.replacingOccurrences(
        of: "\"team\": \"gich\"", with: "\"team\": \"gich\", \"segment\": \"maintenance\""),
      path: "callTypes[0].transfer.targets[0]", message: "has team and segment; give exactly one"),
    RejectedSection(
      name: "transfer shares not summing to 1",
      callType: OutcomeFixture.transferToGICH.replacingOccurrences(
        of: "\"share\": 1}", with: "\"share\": 0.7}"),
      path: "callTypes[0].transfer.targets", message: "the shares sum to 0.7, not 1"),
    RejectedSection(
      name: "unknown fallback team",
      callType: OutcomeFixture.transferToGICH.replacingOccurrences(
        of: "\"consult\": \"1m\"", with: "\"consult\": \"1m\", \"fallback\": \"GICH\""),
      path: "callTypes[0].transfer.fallback", message: "no team \"GICH\" (did you mean \"gich\"?)"),
    RejectedSection(
      name: "fail share above 1",
      callType: "\"security\": {\"time\": \"1m\", \"failShare\": 1.5}",
      path: "callTypes[0].security.failShare",
      message: "1.5 is not a probability between 0 and 1"),
    RejectedSection(
      name: "report share below 0",
      callType: "\"security\": {\"time\": \"1m\", \"failShare\": 0.1, \"reportShare\": -0.2}",
      path: "callTypes[0].security.reportShare",
      message: "-0.2 is not a probability between 0 and 1"),
    RejectedSection(
      name: "security without time", callType: "\"security\": {\"failShare\": 0.1}",
      path: "callTypes[0].security.time", message: "required key \"time\" is missing"),
    RejectedSection(
      name: "interpretation key misspelt",
      callType: "\"interpretation\": {\"share\": 0.1, \"extratalk\": \"2m\"}",
      path: "callTypes[0].interpretation.extratalk",
      message: "unknown key \"extratalk\" (did you mean \"extraTalk\"?)"),
    RejectedSection(
      name: "call type key misspelt", callType: "\"outcome\": {\"Call Resolved\": 1}",
      path: "callTypes[0].outcome", message: "(did you mean \"outcomes\"?)"),
  ]

  @Test(arguments: rejected)
  func rejectedWithItsPath(_ testCase: RejectedSection) {
    OutcomeFixture.expectRejected(testCase)
  }
}

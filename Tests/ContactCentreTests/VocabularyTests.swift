import Testing

@testable import ContactCentre

/// The vocabulary: the Child Maintenance Group's, the default, and the rules any keeps.
struct VocabularyTests {
  let standard = Vocabulary.childMaintenance

  @Test func theDefaultIsTheProceduresVocabulary() {
    #expect(standard.outcomes.count == 19 && standard.notReadyReasons.count == 10)
    #expect(standard.ivrBranches.count == 11 && standard.expertDomains.count == 7)
    #expect(standard.name(of: standard.resolved) == "Call Resolved")
    #expect(standard.failedSecurity.map(standard.name(of:)) == "Failed Security Check")
    #expect(standard.name(of: standard.clerical) == "Customer Related Clerical Work")
    #expect(standard.name(of: standard.teamLeader) == "Team Leader")
    #expect(standard.name(of: standard.firstBreak) == "Break")
    let names = { (behaviour: OutcomeBehaviour) in
      standard.outcomes(behaviour).map(standard.name(of:))
    }
    #expect(names(.transfers) == ["Call Transferred"])
    #expect(names(.requestsCallBack) == ["Call-back Request"])
    #expect(names(.escalates) == ["Unresolved – Escalated"])
    #expect(names(.notConnected) == ["Client Unavailable", "Wrong Number"])
    #expect(
      names(.unanswered)
        == ["Line Engaged", "No Answer", "Voicemail – Message left", "Voicemail – No Message Left"])
    #expect(
      standard.branches(on: .client).map(standard.name(of:)) == [
        "welsh", "hangUp", "validScin", "invalidScin", "incompleteScin", "noScin",
      ])
    #expect(
      standard.branches(on: .employer).map(standard.name(of:)) == [
        "welsh", "hangUp", "validErn", "invalidErn", "incompleteErn", "thirdParty", "wrongOption",
      ])
    #expect(standard.branches(on: .directDial).isEmpty && standard.branches(on: .aac).isEmpty)
  }

  @Test func aVocabularyKeepsItsRules() {
    typealias Term = Vocabulary.Term
    let problems = Vocabulary.problems(
      outcomes: [Term("Done", .ends), Term("Done", .failsSecurity), Term("Bad", .failsSecurity)],
      notReadyReasons: [Term("Tea", .break), Term("Boss", .teamLeader), Term("TL", .teamLeader)],
      ivrBranches: [], expertDomains: ["x"])
    #expect(
      problems.map(\.description) == [
        "outcomes[1]: duplicate name \"Done\" (also outcomes[0])",
        "outcomes: no outcome has the behaviour \"resolved\": one must (the model closes with it"
          + " the calls of a call type without \"outcomes\")",
        "outcomes[2]: a second outcome with the behaviour \"failsSecurity\" (also outcomes[1]):"
          + " only one may have it (the model closes with it the calls that fail a security"
          + " check)",
        "notReadyReasons: no NotReady reason code has the behaviour \"clerical\": one must (the"
          + " model puts agents in it for ACW beyond the limit and for exception work)",
        "notReadyReasons[2]: a second NotReady reason code with the behaviour \"teamLeader\""
          + " (also notReadyReasons[1]): only one may have it (the model puts team leaders who"
          + " take no calls in it)",
      ])
    let many = (0...Vocabulary.maximumTerms).map { "domain \($0)" }
    #expect(
      Vocabulary.problems(
        outcomes: standard.outcomes, notReadyReasons: standard.notReadyReasons,
        ivrBranches: standard.ivrBranches, expertDomains: many
      ).map(\.description) == ["expertDomains: 101 names, more than the 100 a list may have"])
  }

  /// An index is a byte: the engine's tables stay as small as with the enums.
  @Test func termsAreSmall() {
    #expect(MemoryLayout<Outcome>.size == 1 && MemoryLayout<NotReadyReason>.size == 1)
    #expect(MemoryLayout<IVRBranch.Kind>.size == 1 && MemoryLayout<ExpertDomain>.size == 1)
  }
}

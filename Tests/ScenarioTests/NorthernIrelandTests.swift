import ContactCentre
import Testing

@testable import Scenario

/// A Northern Ireland centre (seed 002: "For Northern Ireland: NICMS replaces CMG, DSD replaces
/// DWP, Choices (NI) replaces Options"; "CMSF5550(NI) Bogus phone calls reporting form
/// (Northern Ireland)"): `"vocabulary": {"region": "northernIreland"}`.
struct NorthernIrelandTests {
  static let region = #""vocabulary": {"region": "northernIreland"}"#

  @Test func aNorthernIrelandCentreSignpostsToTheDSDAndChoices() throws {
    let configuration = try OutcomeFixture.decode(
      OutcomeFixture.scenario(
        callType:
          #""outcomes": {"Call Resolved": 0.8, "Signposted to DSD Dept": 0.1, "#
          + #""Signposted to Choices (NI)": 0.1}"#, top: Self.region))
    let vocabulary = configuration.vocabulary
    #expect(vocabulary.region == .northernIreland)
    #expect(vocabulary.region.bogusCallerForm == "CMSF5550(NI)")
    #expect(vocabulary.region.organisation == "NICMS")
    let names = vocabulary.outcomes.map(\.name)
    #expect(names.count == 19)
    #expect(
      names.contains("Signposted to DSD Dept") && names.contains("Signposted to Choices (NI)"))
    #expect(!names.contains("Signposted to DWP Dept") && !names.contains("Signposted to Options"))
    // Only the two names differ: same places, same behaviours, the other lists the CMG's.
    let standard = Vocabulary.childMaintenance
    #expect(vocabulary.outcomes.map(\.behaviour) == standard.outcomes.map(\.behaviour))
    #expect(zip(names, standard.outcomes.map(\.name)).filter { $0 != $1 }.count == 2)
    #expect(vocabulary.notReadyReasons == standard.notReadyReasons)
    #expect(vocabulary.ivrBranches == standard.ivrBranches)
    #expect(vocabulary.expertDomains == standard.expertDomains)
    let mix = configuration.callTypes[0].outcomes
    #expect(
      mix.outcomes.map(vocabulary.name(of:)) == [
        "Call Resolved", "Signposted to DSD Dept", "Signposted to Choices (NI)",
      ])
  }

  @Test func greatBritainIsTheDefault() throws {
    let plain = try OutcomeFixture.decode(OutcomeFixture.scenario())
    #expect(plain.vocabulary.region == .greatBritain)
    #expect(plain.vocabulary.region.bogusCallerForm == "CMSF5550")
    let explicit = try OutcomeFixture.decode(
      OutcomeFixture.scenario(top: #""vocabulary": {"region": "greatBritain"}"#))
    #expect(explicit.vocabulary == plain.vocabulary)
  }

  /// The edge: the other region's name of the same outcome is refused, with this region's name
  /// as the hint.
  static let rejected: [RejectedSection] = [
    RejectedSection(
      name: "Options in Northern Ireland",
      callType: #""outcomes": {"Call Resolved": 0.9, "Signposted to Options": 0.1}"#,
      top: region, path: "callTypes[0].outcomes[\"Signposted to Options\"]",
      message:
        #""Signposted to Options" is not a call outcome in Northern Ireland (did you mean"#
        + #" "Signposted to Choices (NI)"? the vocabulary's region is "northernIreland")"#),
    RejectedSection(
      name: "DWP in Northern Ireland",
      callType: #""outcomes": {"Call Resolved": 0.9, "Signposted to DWP Dept": 0.1}"#,
      top: region, path: "callTypes[0].outcomes[\"Signposted to DWP Dept\"]",
      message: #"(did you mean "Signposted to DSD Dept"?"#),
    RejectedSection(
      name: "Choices in Great Britain",
      callType: #""outcomes": {"Call Resolved": 0.9, "Signposted to Choices (NI)": 0.1}"#,
      path: "callTypes[0].outcomes[\"Signposted to Choices (NI)\"]",
      message:
        #""Signposted to Choices (NI)" is not a call outcome in Great Britain (did you mean"#
        + #" "Signposted to Options"? the vocabulary's region is "greatBritain")"#),
    RejectedSection(
      name: "a region misspelt",
      top: #""vocabulary": {"region": "northernireland"}"#, path: "vocabulary.region",
      message: #"(did you mean "northernIreland"?)"#),
  ]

  @Test(arguments: rejected)
  func theOtherRegionsNamesAreRefused(_ testCase: RejectedSection) {
    OutcomeFixture.expectRejected(testCase)
  }
}

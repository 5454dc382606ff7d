import ContactCentre
import Foundation
import Scenario
import Testing

/// `scenarios/ni-centre.json`, a Northern Ireland centre (seed 002: "For Northern Ireland:
/// NICMS replaces CMG, DSD replaces DWP, Choices (NI) replaces Options"; "CMSF5550(NI) Bogus
/// phone calls reporting form (Northern Ireland)"): its reports speak Northern Ireland's names.
struct NorthernIrelandCentreTests {
  @Test func itsReportsNameTheNorthernIrelandOutcomesAndForm() throws {
    let scenario = CLI.scenario("ni-centre.json")
    let validation = CLI.run("validate", scenario)
    #expect(validation.code == 0, "\(validation.err)")
    let table = CLI.run("run", scenario)
    #expect(table.code == 0, "\(table.err)")
    #expect(table.out.contains("bogus caller forms (CMSF5550(NI))"), "\(table.out)")
    #expect(table.out.contains("Signposted to DSD Dept"))
    #expect(table.out.contains("Signposted to Choices (NI)"))
    let json = CLI.run("run", scenario, "--format", "json", "--quiet")
    #expect(json.code == 0, "\(json.err)")
    let summary = try ReconciliationTests.object(json.out)
    let outcomes = try #require(summary["outcomes"] as? [String: Any])
    #expect(outcomes["Signposted to DSD Dept"] != nil && outcomes["Signposted to DWP Dept"] == nil)
    #expect(
      outcomes["Signposted to Choices (NI)"] != nil && outcomes["Signposted to Options"] == nil)
    let security = try #require(summary["security"] as? [String: Any])
    #expect((security["bogusCallerForms"] as? Int ?? 0) > 0, "the example fills in some forms")
  }

  /// A Great Britain centre names Great Britain's form.
  @Test func aGreatBritainCentreNamesItsForm() {
    let result = CLI.run("run", CLI.scenario("cms-day.json"))
    #expect(result.code == 0, "\(result.err)")
    #expect(result.out.contains("(CMSF5550)") && !result.out.contains("CMSF5550(NI)"))
  }

  @Test func theNorthernIrelandCentreReconciles() throws {
    let configuration = try ScenarioLoader.load(path: CLI.scenario("ni-centre.json"))
    #expect(configuration.vocabulary.region == .northernIreland)
    try ReconciliationTests.reconcile(configuration, "ni-centre.json")
  }
}

import ContactCentre
import SimKernel
import Testing

@testable import Scenario

/// Decoding `serviceRequests`: SR types, their routing and activity plans.
struct ServiceRequestSectionTests {
  static let scenario = """
    {"start": "08:00", "duration": "8h", "interval": "30m",
     "lines": [{"id": "main", "callType": "general", "arrivals": {"perHour": 60}}],
     "callTypes": [{"id": "general", "talk": 180}],
     "teams": [{"id": "ni-maintenance", "agents": 3, "casegroups": 90, "handles": ["general"]},
               {"id": "fu-wales", "agents": 2, "handles": ["general"]},
               {"id": "fu-ni", "agents": 2, "handles": ["general"]}],
     "serviceRequests": {"types": [
       {"name": "Change of circumstances", "kind": "caseOwning", "perDay": 48,
        "owningTeams": ["ni-maintenance"],
        "activities": [{"name": "Review", "work": "10m"},
                       {"name": "Update", "work": {"exponential": {"mean": "15m"}}}]},
       {"name": "Specialist", "kind": "functionallyUnique", "perInterval": [2, 4],
        "areas": [{"area": "Wales", "share": 0.25, "team": "fu-wales"},
                  {"area": "Northern Ireland", "share": 0.75, "team": "fu-ni"}],
        "activities": [{"name": "Gather evidence", "work": "20m"}]}]}}
    """

  @Test func everyFieldDecodes() throws {
    let configuration = try OutcomeFixture.decode(Self.scenario)
    let types = try #require(configuration.serviceRequests).types
    #expect(types.count == 2)
    #expect(types[0].name == "Change of circumstances")
    #expect(types[0].arrivals == .perHour(2), "48 a day is 2 an hour")
    #expect(types[0].routing == .caseOwning(teams: [0]))
    #expect(
      types[0].activities == [
        .init(name: "Review", work: .fixed(600)),
        .init(name: "Update", work: .exponential(mean: 900)),
      ])
    #expect(types[1].arrivals == .perInterval([2, 4], interval: .minutes(30)))
    #expect(
      types[1].routing
        == .functionallyUnique(areas: [
          .init(area: "Wales", share: 0.25, team: 1),
          .init(area: "Northern Ireland", share: 0.75, team: 2),
        ]))
    #expect(configuration.serviceRequests?.involves(team: 1) == true)
  }
}

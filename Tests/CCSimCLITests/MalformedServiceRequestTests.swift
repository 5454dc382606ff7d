import Scenario
import Testing

/// Every malformed `serviceRequests` section exits 65 with the JSON path and the problem; the
/// rules between its keys that a schema can state, the schema states too.
struct MalformedServiceRequestTests {
  static let base = """
    {
      "name": "service requests",
      "duration": "8h",
      "start": "08:00",
      "lines": [{"id": "main", "callType": "general", "arrivals": {"perHour": 60}}],
      "callTypes": [{"id": "general", "talk": 180}],
      "teams": [{"id": "maint-1", "agents": 3, "casegroups": 100, "handles": ["general"]},
                {"id": "maint-2", "agents": 3, "casegroups": 50, "handles": ["general"]},
                {"id": "specialists", "agents": 2, "handles": ["general"]}],
      "serviceRequests": {
        "types": [
          {"name": "Case owning", "kind": "caseOwning", "perDay": 40,
           "owningTeams": ["maint-1", "maint-2"],
           "activities": [{"name": "Review", "work": "10m"},
                          {"name": "Update", "work": {"exponential": {"mean": "15m"}}}]},
          {"name": "Functionally unique", "kind": "functionallyUnique",
           "perInterval": [1, 2, 3],
           "areas": [{"area": "Wales", "share": 0.2, "team": "specialists"},
                     {"area": "Northern Ireland", "share": 0.8, "team": "maint-2"}],
           "activities": [{"name": "Gather evidence", "work": "20m"}]}
        ]
      }
    }
    """

  static func edit(_ from: String, _ to: String) -> String {
    precondition(base.contains(from), "the base has no \(from)")
    return base.replacingOccurrences(of: from, with: to)
  }

  static let cases: [MalformedScenarioTests.Case] = [
    .init(
      name: "SR type with no rate", document: edit("\"perDay\": 40,", ""),
      expected: ["serviceRequests.types[0]: needs one of perDay or perInterval"]),
    .init(
      name: "SR type with both rates",
      document: edit("\"perDay\": 40,", "\"perDay\": 40, \"perInterval\": [2],"),
      expected: ["serviceRequests.types[0]: has perDay and perInterval; give exactly one"]),
    .init(
      name: "case owning SR without owning teams",
      document: edit("\"owningTeams\": [\"maint-1\", \"maint-2\"],", ""),
      expected: [
        "serviceRequests.types[0].owningTeams: required key \"owningTeams\" is missing (a case"
          + " owning SR is raised on a casegroup of one of these teams)"
      ]),
    .init(
      name: "case owning SR on a team without casegroups",
      document: edit("[\"maint-1\", \"maint-2\"]", "[\"maint-1\", \"specialists\"]"),
      expected: [
        "serviceRequests.types[0].owningTeams[1]: team \"specialists\" owns no casegroups (its"
          + " casegroups is 0)"
      ]),
    .init(
      name: "owning team listed twice",
      document: edit("[\"maint-1\", \"maint-2\"]", "[\"maint-1\", \"maint-1\"]"),
      expected: ["serviceRequests.types[0].owningTeams[1]: this team is listed twice"]),
    .init(
      name: "areas on a case owning SR",
      document: edit(
        "\"owningTeams\": [\"maint-1\", \"maint-2\"],",
        "\"owningTeams\": [\"maint-1\"], \"areas\": [],"),
      expected: [
        "serviceRequests.types[0].areas: areas go with kind \"functionallyUnique\" only"
      ]),
    .init(
      name: "functionally unique SR without areas",
      document: edit(
        """
        "areas": [{"area": "Wales", "share": 0.2, "team": "specialists"},
                         {"area": "Northern Ireland", "share": 0.8, "team": "maint-2"}],
        """, ""),
      expected: [
        "serviceRequests.types[1].areas: required key \"areas\" is missing (a functionally"
          + " unique SR routes by the area of the person raised against)"
      ]),
    .init(
      name: "owning teams on a functionally unique SR",
      document: edit("\"perInterval\": [1, 2, 3],", "\"perInterval\": [1], \"owningTeams\": [],"),
      expected: [
        "serviceRequests.types[1].owningTeams: owningTeams go with kind \"caseOwning\" only"
      ]),
    .init(
      name: "area shares that do not sum to 1", document: edit("\"share\": 0.8", "\"share\": 0.7"),
      expected: ["serviceRequests.types[1].areas: the shares sum to 0.899"]),
    .init(
      name: "unknown specialist team",
      document: edit("\"team\": \"specialists\"", "\"team\": \"specialist\""),
      expected: [
        "serviceRequests.types[1].areas[0].team: no team \"specialist\" (did you mean"
          + " \"specialists\"?)"
      ]),
    .init(
      name: "unknown SR kind", document: edit("\"caseOwning\"", "\"caseowning\""),
      expected: ["serviceRequests.types[0].kind: \"caseowning\" is not one of the allowed values"]),
    .init(
      name: "SR type with no activities",
      document: edit(
        "\"activities\": [{\"name\": \"Gather evidence\", \"work\": \"20m\"}]", "\"activities\": []"
      ),
      expected: ["serviceRequests.types[1].activities: must not be empty"]),
    .init(
      name: "activity without work time",
      document: edit(
        "{\"name\": \"Review\", \"work\": \"10m\"}", "{\"name\": \"Review\", \"time\": \"10m\"}"),
      expected: [
        "serviceRequests.types[0].activities[0].time: unknown key",
        "serviceRequests.types[0].activities[0].work: required key \"work\" is missing",
      ]),
    .init(
      name: "two SR types of one name",
      document: edit("\"name\": \"Functionally unique\"", "\"name\": \"Case owning\""),
      expected: ["serviceRequests.types[1].name: duplicate SR type name \"Case owning\""]),
    .init(
      name: "no SR types", document: edit("\"types\": [", "\"types\": [], \"other\": ["),
      expected: [
        "serviceRequests.types: must not be empty",
        "serviceRequests.other: unknown key",
      ]),
  ]

  @Test(arguments: cases)
  func rejectedWithPath(_ testCase: MalformedScenarioTests.Case) {
    testCase.expectRejectedByValidate()
  }

  @Test func theBaseIsValid() {
    let result = CLI.run("validate", CLI.write(Self.base))
    #expect(result.code == 0, "\(result.err)")
  }

  /// The cases a schema can state (a rate, the keys each kind requires and forbids, types and
  /// ranges): a standard validator refuses them, and accepts the base.
  static let schemaCases = [
    "SR type with no rate", "SR type with both rates", "case owning SR without owning teams",
    "areas on a case owning SR", "functionally unique SR without areas",
    "owning teams on a functionally unique SR", "unknown SR kind", "SR type with no activities",
    "activity without work time", "no SR types",
  ]

  @Test func theSchemaRefusesWhatItCanState() throws {
    if SchemaValidationTests.skipUnlessAvailable() { return }
    let documents = try Self.schemaCases.map { name in
      (name: name, document: try #require(Self.cases.first { $0.name == name }, "\(name)").document)
    }
    try SchemaValidationTests.expectRefused(documents, base: Self.base)
  }
}

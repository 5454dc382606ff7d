import ContactCentre
import SimKernel
import TestSupport
import Testing

@testable import Scenario

/// Decoding the AAC desk, caseworkers' incidents and case-closure exceptions.
struct BackOfficeSectionTests {
  /// A client line and two AAC areas' lines; GICH and two caseworker teams, and AAC's agents.
  static func scenario(lines: String = "", top: String) -> String {
    """
    {"start": "08:00", "duration": "30h",
     "lines": [{"id": "main", "callType": "general", "arrivals": {"perHour": 60}},
               {"id": "aac-ply", "kind": "aac", "callType": "incident"},
               {"id": "aac-has", "kind": "aac", "callType": "incident",
                "arrivals": {"perHour": 2}}\(lines)],
     "callTypes": [{"id": "general", "talk": 180}, {"id": "incident", "talk": "8m"}],
     "teams": [{"id": "gich", "agents": 2, "handles": ["general"]},
               {"id": "maint-1", "agents": 3, "handles": ["general"]},
               {"id": "maint-2", "agents": 3, "handles": ["general"]},
               {"id": "aac-desk", "agents": 2, "handles": ["incident"]}],
     \(top)}
    """
  }

  static let fullAAC = """
    "aac": {
      "areas": [{"prefix": "PLY", "name": "Plymouth", "line": "aac-ply",
                 "teams": ["maint-1", "gich"]},
                {"prefix": "HAS", "line": "aac-has", "teams": ["maint-2"]}],
      "evaluation": {
        "reject": {"share": 0.15,
                   "reasons": {"Required information missing": 0.4,
                               "Team leader not consulted": 0.25, "Local IT matter": 0.2,
                               "Advice and Guidance matter": 0.15}},
        "resolve": {"share": 0.35, "success": 0.85},
        "callBack": {"share": 0.15, "after": {"exponential": {"mean": "2h"}}, "talk": "12m",
                     "success": 0.8},
        "assign": {"share": 0.35,
                   "domains": [{"domain": "Policy", "share": 0.2, "delay": "1d"},
                               {"domain": "Design / Procedures", "share": 0.5,
                                "delay": {"uniform": {"min": "4h", "max": "3d"}}},
                               {"domain": "OMC", "share": 0.3, "delay": "2d"}],
                   "emailSuccess": 0.9, "response": "15m", "respondWithin": "24h"}
      }
    }
    """

  static let fullIncidents = """
    "incidents": {
      "perCaseworkerHour": 0.03, "fromEscalated": 0.5,
      "local": {"teamLeader": {"time": "10m", "solves": 0.2},
                "procedures": {"time": {"exponential": {"mean": "5m"}}, "solves": 0.3},
                "adviceAndGuidance": {"time": "20m", "solves": 0.1}},
      "document": "12m", "approval": "45m", "reason": "Non Customer Related Work"
    }
    """

  static let fullExceptions = """
    "exceptions": {
      "at": "02:00", "reportsPerBatch": 40,
      "reasons": {"Transition date not set": 0.35, "CSA liability not ended": 0.25,
                  "Liability schedules not ended": 0.2,
                  "Closure date before transition date": 0.2},
      "triage": {"technicalSkip": 0.4, "ams": 0.25, "caseworker": 0.35},
      "amsFixed": 0.7, "handOver": "4h", "work": {"exponential": {"mean": "20m"}},
      "teams": ["maint-2", "maint-1"],
      "reserve": [{"team": "maint-1", "agents": 1, "from": "14:00", "to": "15:00"}]
    }
    """

  static let full = scenario(top: [fullAAC, fullIncidents, fullExceptions].joined(separator: ","))

  @Test func theAACDeskDecodesEveryField() throws {
    let configuration = try OutcomeFixture.decode(Self.full)
    #expect(configuration.lines.map(\.kind) == [.client, .aac, .aac])
    #expect(configuration.lines[1].arrivals == .perHour(0))
    #expect(configuration.lines[2].arrivals == .perHour(2))
    #expect(configuration.lines[1].ivr == nil)
    let aac = try #require(configuration.aac)
    #expect(
      aac.areas == [
        AreaAdviceCentre.Area(prefix: "PLY", name: "Plymouth", line: 1, teams: [1, 0]),
        AreaAdviceCentre.Area(prefix: "HAS", name: "HAS", line: 2, teams: [2]),
      ])
    #expect(aac.area(line: 2) == 1 && aac.area(team: 0) == 0 && aac.area(team: 3) == nil)
    let evaluation = aac.evaluation
    #expect(evaluation.reject == 0.15)
    #expect(
      evaluation.rejectReasons == [
        .init(name: "Required information missing", share: 0.4),
        .init(name: "Team leader not consulted", share: 0.25),
        .init(name: "Local IT matter", share: 0.2),
        .init(name: "Advice and Guidance matter", share: 0.15),
      ])
    #expect(evaluation.resolve == 0.35 && evaluation.resolveSuccess == 0.85)
    #expect(evaluation.callBack == 0.15 && evaluation.callBackSuccess == 0.8)
    #expect(evaluation.callBackAfter == .exponential(mean: 7200))
    #expect(evaluation.callBackTalk == .fixed(720))
    #expect(evaluation.assign == 0.35)
    #expect(
      evaluation.domains == [
        .init(domain: .policy, share: 0.2, delay: .fixed(86400)),
        .init(domain: .designProcedures, share: 0.5, delay: .uniform(min: 14400, max: 259_200)),
        .init(domain: .omc, share: 0.3, delay: .fixed(172_800)),
      ])
    #expect(evaluation.emailSuccess == 0.9 && evaluation.response == .fixed(900))
    #expect(evaluation.respondWithin == .hours(24))
  }

  @Test func incidentsKeepTheProceduresOrderOfLocalSteps() throws {
    let incidents = try #require(try OutcomeFixture.decode(Self.full).incidents)
    #expect(incidents.perCaseworkerHour == 0.03 && incidents.fromEscalated == 0.5)
    #expect(
      incidents.local == [
        .init(step: .procedures, time: .exponential(mean: 300), solves: 0.3),
        .init(step: .teamLeader, time: .fixed(600), solves: 0.2),
        .init(step: .adviceAndGuidance, time: .fixed(1200), solves: 0.1),
      ])
    #expect(incidents.document == .fixed(720) && incidents.approval == .fixed(2700))
    #expect(incidents.reason == .nonCustomerRelatedWork)
  }

  @Test func exceptionsDecodeWithReservesFromTheStart() throws {
    let exceptions = try #require(try OutcomeFixture.decode(Self.full).exceptions)
    #expect(exceptions.at == .hours(2))
    #expect(exceptions.reportsPerBatch == 40)
    #expect(
      exceptions.reasons == [
        .init(name: "Transition date not set", share: 0.35),
        .init(name: "CSA liability not ended", share: 0.25),
        .init(name: "Liability schedules not ended", share: 0.2),
        .init(name: "Closure date before transition date", share: 0.2),
      ])
    #expect(exceptions.technicalSkip == 0.4 && exceptions.ams == 0.25)
    #expect(exceptions.caseworker == 0.35 && exceptions.amsFixed == 0.7)
    #expect(exceptions.handOver == .fixed(14400) && exceptions.work == .exponential(mean: 1200))
    #expect(exceptions.teams == [2, 1])
    // 14:00–15:00 on day 1 of a run starting at 08:00.
    #expect(
      exceptions.reserves == [OutboundReserve(team: 1, agents: 1, from: .hours(6), to: .hours(7))])
  }

  @Test func leftOutKeysTakeTheModelsDefaults() throws {
    let text = Self.scenario(
      top: """
        "aac": {"areas": [{"prefix": "PLY", "line": "aac-ply", "teams": ["maint-1"]},
                          {"prefix": "HAS", "line": "aac-has"}],
                "evaluation": {"resolve": {"share": 0.5}, "callBack": {"share": 0.5}}},
        "incidents": {"perCaseworkerHour": 0.1},
        "exceptions": {"at": "23:30", "reportsPerBatch": 5, "reasons": {"Other": 1},
                       "triage": {"technicalSkip": 1}, "work": "10m"}
        """)
    let configuration = try OutcomeFixture.decode(text)
    let evaluation = try #require(configuration.aac?.evaluation)
    #expect(
      evaluation
        == IncidentEvaluation(
          reject: 0, rejectReasons: [], resolve: 0.5, callBack: 0.5, assign: 0, domains: []))
    #expect(evaluation.callBackAfter == .fixed(3600) && evaluation.callBackTalk == .fixed(600))
    #expect(evaluation.respondWithin == .hours(24) && evaluation.emailSuccess == 1)
    #expect(configuration.incidents == Incidents(perCaseworkerHour: 0.1))
    // No reason given: the vocabulary's clerical reason, Customer Related Clerical Work.
    #expect(configuration.incidents?.reason == nil)
    #expect(configuration.vocabulary.clerical == .customerRelatedClericalWork)
    let exceptions = try #require(configuration.exceptions)
    #expect(
      exceptions
        == CaseClosureExceptions(
          at: .minutes(23 * 60 + 30), reportsPerBatch: 5, reasons: [.init(name: "Other", share: 1)],
          technicalSkip: 1, ams: 0, caseworker: 0, work: .fixed(600), teams: []))
    #expect(exceptions.amsFixed == 1 && exceptions.handOver == .fixed(0))
  }

  /// A block of the evaluation left out takes the model's values, and a key left out of a block
  /// given takes the declared default: the two are the same.
  @Test func theDeclaredDefaultsAreTheModels() {
    let model = IncidentEvaluation(
      reject: 0, rejectReasons: [], resolve: 0, callBack: 0, assign: 0, domains: [])
    #expect(ResolveKeys.success.defaultValue == model.resolveSuccess)
    #expect(CallBackKeys.after.defaultValue == model.callBackAfter)
    #expect(CallBackKeys.talk.defaultValue == model.callBackTalk)
    #expect(CallBackKeys.success.defaultValue == model.callBackSuccess)
    #expect(AssignKeys.emailSuccess.defaultValue == model.emailSuccess)
    #expect(AssignKeys.response.defaultValue == model.response)
    #expect(AssignKeys.respondWithin.defaultValue == model.respondWithin)
    let incidents = Incidents(perCaseworkerHour: 0)
    #expect(IncidentsKeys.fromEscalated.defaultValue == incidents.fromEscalated)
    #expect(IncidentsKeys.document.defaultValue == incidents.document)
    #expect(IncidentsKeys.approval.defaultValue == incidents.approval)
    #expect(IncidentsKeys.reason.defaultValue == incidents.reason)
    let exceptions = CaseClosureExceptions(
      at: .zero, reportsPerBatch: 0, reasons: [], technicalSkip: 1, ams: 0, caseworker: 0,
      work: .fixed(0), teams: [])
    #expect(ExceptionsKeys.amsFixed.defaultValue == exceptions.amsFixed)
    #expect(ExceptionsKeys.handOver.defaultValue == exceptions.handOver)
  }

  @Test func aScenarioWithoutTheSectionsHasNone() throws {
    let configuration = try OutcomeFixture.decode(OutcomeFixture.scenario())
    #expect(configuration.aac == nil && configuration.incidents == nil)
    #expect(configuration.exceptions == nil)
  }

  static let rejected: [RejectedSection] = [
    RejectedSection(
      name: "evaluation shares short of 1",
      top: fullAAC.replacingOccurrences(
        of: "\"share\": 0.15, \"after\"", with: "\"share\": 0.05, \"after\""),
      path: "aac.evaluation", message: "not 1"),
    RejectedSection(
      name: "domain misspelt",
      top: fullAAC.replacingOccurrences(
        of: "\"Design / Procedures\"", with: "\"Design/Procedures\""),
      path: "aac.evaluation.assign.domains[1].domain",
      message:
        "\"Design/Procedures\" is not an Expert Domain (did you mean \"Design / Procedures\"?)"),
    RejectedSection(
      name: "resolutions that fail and nowhere to assign",
      top: """
        "aac": {"areas": [{"prefix": "PLY", "line": "aac-ply"}, {"prefix": "HAS", "line": "aac-has"}],
                "evaluation": {"resolve": {"share": 1, "success": 0.9}}}
        """, path: "aac.evaluation.assign",
      message: "required key \"assign\" is missing: incidents are assigned to an Expert Domain"
        + " (resolve.success is 0.9)"),
  ]

  @Test(arguments: rejected)
  func rejectedWithItsPath(_ testCase: RejectedSection) {
    let errors = OutcomeFixture.errors(Self.scenario(top: testCase.top))
    let found = errors.contains {
      $0.path == testCase.path && $0.message.contains(testCase.message)
    }
    #expect(found, "\(testCase.name): \(errors.map(\.description))")
    #expect(errors.count == 1, "\(testCase.name): one problem, one error: \(errors)")
  }
}

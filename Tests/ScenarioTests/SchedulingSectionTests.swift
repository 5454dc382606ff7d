import ContactCentre
import SimKernel
import Testing

@testable import Scenario

/// Decoding `scheduling` (docs §20): every key of the templates, breaks, team limits and week
/// rules, and each rejection of a template that cannot be worked, with its path and line.
struct SchedulingSectionTests {
  /// The outcome fixture (08:00 start, 15-minute intervals) with `scheduling`.
  static func scenario(_ scheduling: String) -> String {
    OutcomeFixture.scenario(top: #""scheduling": \#(scheduling)"#)
  }

  /// The contract's example, with a template `template` added to its list (JSON object text).
  static func section(template: String = "") -> String {
    """
    {"templates": [
       {"id": "full-day", "teams": ["gich"], "length": "8h30m",
        "earliestStart": "08:00", "latestStart": "11:00", "startStep": "15m",
        "breaks": [
          {"reason": "Break", "length": "15m", "paid": true, "window": ["2h", "3h"]},
          {"reason": "Lunch", "length": "30m", "paid": false, "window": ["4h", "5h"]},
          {"reason": "Break", "length": "15m", "paid": true, "window": ["6h", "7h"]}],
        "partTime": false, "maxAgents": 40}\(template.isEmpty ? "" : ", " + template)],
     "maxAgents": {"gich": 60},
     "week": {"restDays": 2, "consecutiveRestDays": true, "sameStartTime": true,
              "maxHoursPerWeek": 37.5}}
    """
  }

  @Test func everyKeyIsDecoded() throws {
    let configuration = try OutcomeFixture.decode(Self.scenario(Self.section()))
    let scheduling = try #require(configuration.scheduling)
    let reasons = configuration.vocabulary.notReadyReasons.map(\.name)
    let breakReason = NotReadyReason(reasons.firstIndex(of: "Break")!)
    let lunch = NotReadyReason(reasons.firstIndex(of: "Lunch")!)
    #expect(
      scheduling
        == Scheduling(
          templates: [
            ShiftTemplate(
              id: "full-day", teams: [0], length: .hours(8) + .minutes(30),
              earliestStart: .hours(8), latestStart: .hours(11), startStep: .minutes(15),
              breaks: [
                BreakRule(
                  reason: breakReason, length: .minutes(15), paid: true, windowStart: .hours(2),
                  windowEnd: .hours(3)),
                BreakRule(
                  reason: lunch, length: .minutes(30), paid: false, windowStart: .hours(4),
                  windowEnd: .hours(5)),
                BreakRule(
                  reason: breakReason, length: .minutes(15), paid: true, windowStart: .hours(6),
                  windowEnd: .hours(7)),
              ], partTime: false, maxAgents: 40)
          ], maxAgents: [0: 60],
          week: WeekRules(
            restDays: 2, consecutiveRestDays: true, sameStartTime: true, maxHoursPerWeek: 37.5)))
    #expect(scheduling.templates[0].paidTime == .hours(8))
  }

  /// Left out: every team, one start, a step of one interval, no breaks, no limits, no week.
  @Test func defaults() throws {
    let configuration = try OutcomeFixture.decode(
      Self.scenario(
        #"{"templates": [{"id": "t", "length": "4h", "earliestStart": "09:00"}]}"#))
    #expect(
      configuration.scheduling
        == Scheduling(
          templates: [
            ShiftTemplate(
              id: "t", length: .hours(4), earliestStart: .hours(9), latestStart: .hours(9),
              startStep: .minutes(15))
          ]))
    #expect(try OutcomeFixture.decode(OutcomeFixture.scenario()).scheduling == nil)
  }

  /// At the edge: a window exactly as long as its break, breaks back to back, a shift ending
  /// exactly at midnight, latestStart equal to earliestStart — all accepted.
  @Test func edgesAreAccepted() throws {
    let template = """
      {"id": "edge", "length": "4h", "earliestStart": "20:00", "latestStart": "20:00",
       "breaks": [{"reason": "Break", "length": "15m", "paid": true, "window": ["1h", "1h15m"]},
                  {"reason": "Lunch", "length": "30m", "paid": false, "window": ["1h15m", "1h45m"]}]}
      """
    let configuration = try OutcomeFixture.decode(
      Self.scenario(Self.section(template: template)))
    #expect(configuration.scheduling?.templates.count == 2)
  }

  static let rejected: [(name: String, template: String, path: String, message: String)] = [
    (
      "a break window outside the shift",
      #"{"id": "x", "length": "4h", "earliestStart": "08:00", "breaks": [{"reason": "Break", "length": "15m", "paid": true, "window": ["3h", "4h15m"]}]}"#,
      "scheduling.templates[1].breaks[0].window", "after the shift (4h long)"
    ),
    (
      "a window shorter than its break",
      #"{"id": "x", "length": "4h", "earliestStart": "08:00", "breaks": [{"reason": "Lunch", "length": "30m", "paid": false, "window": ["2h", "2h29m"]}]}"#,
      "scheduling.templates[1].breaks[0].window", "shorter than the break (30m)"
    ),
    (
      "breaks that cannot all fit",
      #"{"id": "x", "length": "4h", "earliestStart": "08:00", "breaks": [{"reason": "Break", "length": "30m", "paid": true, "window": ["1h", "2h"]}, {"reason": "Break", "length": "45m", "paid": true, "window": ["1h", "2h"]}]}"#,
      "scheduling.templates[1].breaks[1]", "the breaks cannot all fit"
    ),
    (
      "a window that ends before it starts",
      #"{"id": "x", "length": "4h", "earliestStart": "08:00", "breaks": [{"reason": "Break", "length": "15m", "paid": true, "window": ["2h", "2h"]}]}"#,
      "scheduling.templates[1].breaks[0].window[1]", "the window ends before it starts"
    ),
    (
      "latestStart before earliestStart",
      #"{"id": "x", "length": "4h", "earliestStart": "10:00", "latestStart": "09:45"}"#,
      "scheduling.templates[1].latestStart", "is before earliestStart (10:00)"
    ),
    (
      "an unknown team",
      #"{"id": "x", "teams": ["gihc"], "length": "4h", "earliestStart": "08:00"}"#,
      "scheduling.templates[1].teams[0]", "no team \"gihc\" (did you mean \"gich\"?)"
    ),
    (
      "a start step not a multiple of the interval",
      #"{"id": "x", "length": "4h", "earliestStart": "08:00", "latestStart": "10:00", "startStep": "20m"}"#,
      "scheduling.templates[1].startStep", "not a whole number of reporting intervals (15m)"
    ),
    (
      "a start between intervals",
      #"{"id": "x", "length": "4h", "earliestStart": "08:10"}"#,
      "scheduling.templates[1].earliestStart", "starts between reporting intervals"
    ),
    (
      "a shift past midnight",
      #"{"id": "x", "length": "4h", "earliestStart": "20:00", "latestStart": "20:15"}"#,
      "scheduling.templates[1].length", "would end after midnight"
    ),
    (
      "a duplicate id",
      #"{"id": "full-day", "length": "4h", "earliestStart": "08:00"}"#,
      "scheduling.templates[1].id", "duplicate template id \"full-day\""
    ),
    (
      "a window of one duration",
      #"{"id": "x", "length": "4h", "earliestStart": "08:00", "breaks": [{"reason": "Break", "length": "15m", "paid": true, "window": ["2h"]}]}"#,
      "scheduling.templates[1].breaks[0].window", "must list two durations"
    ),
  ]

  @Test(arguments: rejected.indices) func aBadTemplateIsRejected(_ index: Int) {
    let testCase = Self.rejected[index]
    let errors = OutcomeFixture.errors(Self.scenario(Self.section(template: testCase.template)))
    let found = errors.contains {
      $0.path == testCase.path && $0.message.contains(testCase.message)
    }
    #expect(found, "\(testCase.name): \(errors.map(\.description))")
    #expect(errors.count == 1, "\(testCase.name): one problem, one error: \(errors)")
  }

  /// An unknown team in maxAgents, and an unknown key of the week, are reported at their path
  /// with their line and column.
  @Test func unknownTeamOfMaxAgentsAndWeekKey() {
    let text = Self.scenario(
      #"{"templates": [{"id": "t", "length": "4h", "earliestStart": "09:00"}], "#
        + #""maxAgents": {"gich": 3, "wlu": 2}, "week": {"restDay": 2}}"#)
    let errors = OutcomeFixture.errors(text)
    #expect(errors.count == 2, "\(errors)")
    let team = errors.first { $0.path == "scheduling.maxAgents.wlu" }
    #expect(team?.message.contains("no team \"wlu\"") == true, "\(errors)")
    #expect(team?.location?.line == 1)
    let week = errors.first { $0.path == "scheduling.week.restDay" }
    #expect(week?.message.contains("did you mean \"restDays\"") == true, "\(errors)")
  }

  /// `maxPartTime`: team ids to whole numbers, none (0) allowed; absent, no limit.
  @Test func maxPartTimeIsDecoded() throws {
    let text = Self.scenario(
      #"{"templates": [{"id": "t", "length": "4h", "earliestStart": "09:00", "partTime": true}], "#
        + #""maxPartTime": {"gich": 0}}"#)
    let scheduling = try #require(try OutcomeFixture.decode(text).scheduling)
    #expect(scheduling.maxPartTime == [0: 0] && scheduling.maxAgents.isEmpty)
    #expect(try OutcomeFixture.decode(Self.scenario(Self.section())).scheduling?.maxPartTime == [:])
  }

  static let badMaxPartTime: [(value: String, path: String, message: String)] = [
    (#"{"wlu": 2}"#, "scheduling.maxPartTime.wlu", "no team \"wlu\""),
    (#"{"gich": -1}"#, "scheduling.maxPartTime.gich", "-1 is out of range (0 to 100000)"),
    (#"{"gich": 100001}"#, "scheduling.maxPartTime.gich", "100001 is out of range (0 to 100000)"),
    (#"{"gich": 2.5}"#, "scheduling.maxPartTime.gich", "whole number"),
    (#"[2]"#, "scheduling.maxPartTime", "an object"),
  ]

  @Test(arguments: badMaxPartTime.indices) func aBadMaxPartTimeIsRejected(_ index: Int) {
    let testCase = Self.badMaxPartTime[index]
    let errors = OutcomeFixture.errors(
      Self.scenario(
        #"{"templates": [{"id": "t", "length": "4h", "earliestStart": "09:00"}], "#
          + #""maxPartTime": \#(testCase.value)}"#))
    #expect(errors.count == 1, "\(testCase.value): \(errors)")
    let error = errors.first { $0.path == testCase.path }
    #expect(error?.message.contains(testCase.message) == true, "\(testCase.value): \(errors)")
    #expect(error?.location?.line == 1, "\(errors)")
  }
}

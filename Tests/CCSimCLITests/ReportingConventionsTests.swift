import ContactCentre
import Foundation
import Planning
import Reporting
import Scenario
import SimKernel
import Testing

/// The ACD conventions of `reporting`, each on a small centre whose counts can be worked by
/// hand (fixed talk and patience), and the service level and abandon rate under each held to
/// their formula over the same run's counts.
struct ReportingConventionsTests {
  /// A centre of `agents` agents answering at once, with fixed talk and patience, ringing at
  /// `perHour`; `patience` is JSON (a duration or a distribution); `reporting` the scenario's
  /// section (JSON members).
  static func centre(
    agents: Int, talk: String, patience: String?, perHour: Int = 30, threshold: String = "20s",
    shortAbandon: String = "0s", duration: String = "2h", reporting: String = ""
  ) throws -> CentreConfiguration {
    let patienceKey = patience.map { #", "patience": \#($0)"# } ?? ""
    let text = """
      {"duration": "\(duration)", "interval": "15m", "seed": 7,
       "serviceLevel": {"threshold": "\(threshold)", "target": 0.8},
       "shortAbandon": "\(shortAbandon)", "reporting": {\(reporting)},
       "lines": [{"id": "main", "callType": "general", "arrivals": {"perHour": \(perHour)}}],
       "callTypes": [{"id": "general", "talk": "\(talk)"\(patienceKey)}],
       "teams": [{"id": "gich", "agents": \(agents), "handles": ["general"]}]}
      """
    return try ScenarioLoader.decode(
      Array(text.utf8), file: "conventions.json", directory: "/nonexistent")
  }

  static func run(_ configuration: CentreConfiguration) -> RunSummary {
    let runs = Replications.run(
      configuration, count: 2, jobs: 1, intervals: true, calls: true, states: true, checks: true)
    for run in runs { #expect(run.violation == nil, "\(run.violation ?? "")") }
    return RunSummary(configuration: configuration, runs: runs)
  }

  /// Ten idle agents: every call is answered the moment it rings, after a wait of exactly 0.
  /// With a threshold of 0 s, inclusive (≤) counts every one within it, exclusive (<) none.
  @Test func theThresholdIsInclusiveOrExclusive() throws {
    for (choice, expected) in [("inclusive", 1.0), ("exclusive", 0.0)] {
      let summary = Self.run(
        try Self.centre(
          agents: 10, talk: "1m", patience: nil, perHour: 10, threshold: "0s",
          reporting: #""serviceLevelThreshold": "\#(choice)""#))
      let calls = summary.total.calls
      #expect(calls.answered > 10 && calls.abandoned == 0, "\(choice): all answered")
      #expect(calls.answeredWithinThreshold == (choice == "inclusive" ? calls.answered : 0))
      #expect(summary.total.metrics[.serviceLevel]?.mean == expected, "\(choice)")
    }
  }

  /// One agent on a call that outlasts the run: the first caller is answered at once, every
  /// later one abandons after exactly 30 s (within the 60 s threshold, past the 10 s short
  /// abandons), but for those still waiting at the end. Talk never ends, so at the end of talk
  /// nothing is answered: counted against, SL = 0; ignored, no SL; met, SL = 1. At answer, the
  /// first call is answered within the threshold: counted, 1 / (1 + abandoned); ignored, 1;
  /// met, 1.
  @Test(arguments: ["counted", "ignored", "met"])
  func abandonsCountAgainstAreIgnoredOrMet(choice: String) throws {
    for answered in ["atEndOfTalk", "atAnswer"] {
      let configuration = try Self.centre(
        agents: 1, talk: "10h", patience: #""30s""#, threshold: "60s", shortAbandon: "10s",
        reporting: #""abandonsInServiceLevel": "\#(choice)", "answeredCounted": "\#(answered)""#)
      let summary = Self.run(configuration)
      let calls = summary.total.calls
      let replications = summary.replications
      let place = "\(choice), \(answered)"
      #expect(calls.abandoned > 20 && calls.shortAbandoned == 0, "\(place)")
      #expect(calls.abandonedWithinThreshold == calls.abandoned, "\(place): all within 60 s")
      #expect(calls.missedAtEnd == 0, "\(place): the last callers waited under 30 s")
      let level = summary.total.metrics[.serviceLevel]?.mean
      if answered == "atEndOfTalk" {
        #expect(calls.answered == 0 && calls.unresolvedAtEnd >= replications, "\(place)")
        switch choice {
        case "counted": #expect(level == 0, "\(place)")
        case "ignored": #expect(level == nil, "\(place)")
        default: #expect(level == 1, "\(place)")
        }
      } else {
        #expect(calls.answered == replications && calls.answeredWithinThreshold == replications)
        let perRun = summary.runs.map { Double($0.total.abandoned) }
        switch choice {
        case "counted":
          let expected = perRun.map { 1 / (1 + $0) }.reduce(0, +) / Double(replications)
          #expect(abs(level! - expected) < 1e-12, "\(place)")
        case "ignored": #expect(level == 1, "\(place)")
        default: #expect(level == 1, "\(place)")
        }
      }
    }
  }

  /// Patience of 8 s, shorter than the 10 s short-abandon limit: every abandon is short.
  /// Counted, the abandon rate is abandoned / (answered + abandoned); removed, the short ones
  /// leave both counts and only answered calls remain: 0.
  @Test func shortAbandonsAreCountedOrRemovedFromTheAbandonRate() throws {
    for choice in ["counted", "removed"] {
      let summary = Self.run(
        try Self.centre(
          agents: 1, talk: "10h", patience: #""8s""#, shortAbandon: "10s",
          reporting:
            #""shortAbandonsInAbandonRate": "\#(choice)", "answeredCounted": "atAnswer""#))
      let calls = summary.total.calls
      #expect(calls.abandoned > 20 && calls.shortAbandoned == calls.abandoned)
      let rate = summary.total.metrics[.abandonRate]?.mean
      if choice == "removed" {
        #expect(rate == 0)
      } else {
        let expected =
          summary.runs.map { Double($0.total.abandoned) / Double(1 + $0.total.abandoned) }
          .reduce(0, +) / 2
        #expect(abs(rate! - expected) < 1e-12)
      }
    }
  }

  /// At answer, a call counts in the interval it was answered in: with one agent and 20-minute
  /// calls, callers queue in one interval and are answered in a later one. Each interval's
  /// answered calls are calls.csv's calls answered in it; its abandons those that hung up in
  /// it; and a caller still waiting at the end past the threshold is missed in the last one.
  @Test func answeredCountAtAnswerInTheirInterval() throws {
    let configuration = try Self.centre(
      agents: 1, talk: "20m", patience: nil, perHour: 6, duration: "3h",
      reporting: #""answeredCounted": "atAnswer""#)
    let summary = Self.run(configuration)
    let length = configuration.interval.microseconds
    let threshold = configuration.serviceLevelThreshold.microseconds
    var answered = Array(repeating: 0, count: configuration.intervalCount)
    var missed = 0
    for run in summary.runs {
      for call in run.calls where call.direction == .inbound {
        if let at = call.answered {
          answered[min(Int(at.microseconds / length), answered.count - 1)] += 1
        } else if call.end == .unresolved, let queued = call.queued,
          (call.ended - queued).microseconds > threshold
        {
          missed += 1
        }
      }
    }
    #expect(missed > 0, "callers are still waiting at the end")
    for interval in 0..<configuration.intervalCount {
      let tally = summary.intervalScopes(interval)[0].calls
      #expect(tally.answered == answered[interval], "interval \(interval)")
      let last = interval == configuration.intervalCount - 1
      #expect(tally.missedAtEnd == (last ? missed : 0), "interval \(interval)")
    }
    let calls = summary.total.calls
    #expect(calls.answered + calls.unresolvedAtEnd == calls.offered)
    let level = summary.runs.map { run -> Double? in
      let t = run.total
      return Double(t.answeredWithinThreshold) / Double(t.answered + t.missedAtEnd)
    }
    #expect(summary.total.metrics[.serviceLevel] == Estimate(replications: level))
  }

  /// On a busy centre, under every combination of conventions, the service level and the
  /// abandon rate are their formulas (Cisco's types 1, 2, 3 and the short-call timer) over
  /// the same run's counts.
  @Test(arguments: ["counted", "ignored", "met"], ["counted", "removed"])
  func theMetricsAreTheirFormulasOverTheCounts(abandons: String, shortAbandons: String) throws {
    let configuration = try Self.centre(
      agents: 3, talk: "5m", patience: #"{"exponential": {"mean": "40s"}}"#, perHour: 40,
      shortAbandon: "5s",
      reporting: #"""
        "abandonsInServiceLevel": "\#(abandons)",
        "shortAbandonsInAbandonRate": "\#(shortAbandons)", "serviceLevelThreshold": "exclusive"
        """#)
    let summary = Self.run(configuration)
    for run in summary.runs {
      let t = run.total
      #expect(t.abandoned > 0 && t.shortAbandoned > 0 && t.abandonedWithinThreshold > 0)
      let within = Double(t.answeredWithinThreshold)
      let abandonedWithin = Double(t.abandonedWithinThreshold)
      let calls = Double(t.answered + t.abandoned - t.shortAbandoned)
      let expected: Double =
        switch abandons {
        case "counted": within / calls
        case "ignored": within / (calls - abandonedWithin)
        default: (within + abandonedWithin) / calls
        }
      #expect(t.serviceLevel(configuration.conventions) == expected)
      let abandoned = Double(t.abandoned - (shortAbandons == "removed" ? t.shortAbandoned : 0))
      let offered = Double(t.answered) + abandoned
      #expect(t.abandonRate(configuration.conventions) == abandoned / offered)
    }
  }

  /// Without a `reporting` section, and with every key at its default, the conventions are
  /// ccsim's own.
  @Test func theDefaultsAreTheStandardConventions() throws {
    let text = """
      {"duration": "1h", "lines": [{"id": "main", "callType": "general",
       "arrivals": {"perHour": 10}}], "callTypes": [{"id": "general", "talk": 60}],
       "teams": [{"id": "gich", "agents": 1, "handles": ["general"]}]}
      """
    let bare = try ScenarioLoader.decode(Array(text.utf8), file: "a.json", directory: "/")
    #expect(bare.conventions == .standard)
    let explicit = try Self.centre(
      agents: 1, talk: "1m", patience: nil,
      reporting: #"""
        "serviceLevelThreshold": "inclusive", "abandonsInServiceLevel": "counted",
        "shortAbandonsInAbandonRate": "counted", "answeredCounted": "atEndOfTalk"
        """#)
    #expect(explicit.conventions == .standard)
  }
}

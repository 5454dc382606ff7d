import Foundation
import Testing

/// `ccsim run` end to end: the contract's JSON, determinism, output files and exit codes.
struct RunCommandTests {
  /// PRODUCT §3.1's core example, exactly as written there (shortened run).
  static let coreExample = """
    {
      "name": "M/M/100 with abandonment",
      "seed": 7,
      "start": "00:00",
      "duration": "6h",
      "warmup": "1h",
      "interval": "15m",
      "serviceLevel": {"threshold": "20s", "target": 0.8},
      "shortAbandon": "0s",
      "rules": {"ronaTimeout": "15s", "acwLimit": "10m", "idleLogout": "90m"},
      "lines": [
        {"id": "main", "kind": "client", "callType": "general", "arrivals": {"perHour": 1080}}
      ],
      "callTypes": [
        {"id": "general",
         "talk": {"exponential": {"mean": 300}},
         "acw": 0,
         "patience": {"exponential": {"mean": 120}}}
      ],
      "teams": [
        {"id": "gich", "agents": 100, "handles": ["general"]}
      ]
    }
    """

  static func json(_ text: String) -> [String: Any] {
    (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
  }

  @Test func coreExampleRunsWithTheContractsFieldNames() {
    let result = CLI.run("run", CLI.write(Self.coreExample), "--format", "json")
    #expect(result.code == 0, "\(result.err)")
    let summary = Self.json(result.out)
    #expect(summary["scenario"] as? String == "M/M/100 with abandonment")
    #expect(summary["seed"] as? Int == 7)
    #expect(summary["replications"] as? Int == 1)
    let calls = summary["calls"] as? [String: Int] ?? [:]
    for key in [
      "offered", "answered", "abandoned", "shortAbandoned", "answeredWithinThreshold", "waited",
      "notOfferedAtOnce", "redirectedOnNoAnswer", "transferred", "unresolvedAtEnd",
    ] {
      #expect(calls[key] != nil, "calls.\(key)")
    }
    #expect(
      calls["offered"] == calls["answered"]! + calls["abandoned"]! + calls["unresolvedAtEnd"]!)
    let metrics = summary["metrics"] as? [String: [String: Any]] ?? [:]
    for key in [
      "serviceLevel", "averageSpeedOfAnswer", "averageHandleTime", "abandonRate",
      "probabilityOfQueueing", "probabilityOfWait", "occupancy", "longestWait",
    ] {
      #expect(metrics[key]?["mean"] is Double, "metrics.\(key).mean")
      #expect(metrics[key]?["halfWidth95"] is NSNull, "metrics.\(key).halfWidth95 is null")
    }
    let agents = summary["agents"] as? [String: Int] ?? [:]
    #expect(Set(["acwTimeouts", "autoLogouts", "ronaNotReady"]).isSubset(of: agents.keys))
    #expect((summary["outcomes"] as? [String: Int])?["Call Resolved"] != nil)
    let queues = summary["queues"] as? [String: [String: Any]] ?? [:]
    #expect(queues["gich"]?["calls"] != nil && queues["gich"]?["metrics"] != nil)
    #expect(result.out.hasPrefix("{") && result.err.isEmpty, "json mode prints JSON only")
  }

  @Test func sameSeedGivesByteIdenticalJSONWhateverTheJobs() {
    let path = CLI.scenario("quickstart.json")
    let first = CLI.run("run", path, "--replications", "4", "--jobs", "1", "--format", "json")
    let again = CLI.run("run", path, "--replications", "4", "--jobs", "1", "--format", "json")
    let parallel = CLI.run("run", path, "--replications", "4", "--jobs", "2", "--format", "json")
    #expect(first.code == 0)
    #expect(first.out == again.out)
    #expect(first.out == parallel.out)
    let other = CLI.run("run", path, "--replications", "4", "--seed", "43", "--format", "json")
    #expect(other.out != first.out, "a different seed changes the run")
    let summary = Self.json(first.out)
    let metrics = summary["metrics"] as? [String: [String: Any]] ?? [:]
    #expect(metrics["serviceLevel"]?["halfWidth95"] is Double, "four replications: a half-width")
  }

  @Test func outWritesSummaryAndIntervalsWhole() throws {
    let directory = CLI.temporaryDirectory().appendingPathComponent("out/nested")
    let result = CLI.run(
      "run", CLI.scenario("quickstart.json"), "--out", directory.path, "--calls", "--format",
      "json")
    #expect(result.code == 0, "\(result.err)")
    let summary = try String(
      contentsOf: directory.appendingPathComponent("summary.json"), encoding: .utf8)
    #expect(summary == result.out)
    let intervals = try String(
      contentsOf: directory.appendingPathComponent("intervals.csv"), encoding: .utf8)
    let rows = intervals.split(separator: "\n")
    #expect(rows.first?.hasPrefix("level,id,interval,start,offered,answered,abandoned") == true)
    #expect(rows.count == 1 + 40 * (2 + 2), "40 intervals × (2 queues + 2 teams)")
    #expect(rows[1].hasPrefix("queue,gich,0,08:00,"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(
      leftovers.sorted() == [
        ".ccsim-outputs", "agents.csv", "calls.csv", "intervals.csv", "report.html",
        "summary.json",
      ],
      "no temporary files")
  }

  /// intervals.csv's agents are those of the teams serving the queue: a transfer to NC101
  /// (new case, alone in its segment) with GICH as the fallback has the agents of a transfer to
  /// the new case team, not those of every caseworker team as owner-first has.
  @Test func intervalsCountTheAgentsOfTheTeamsServingTheQueue() throws {
    let directory = CLI.temporaryDirectory()
    let result = CLI.run("run", CLI.scenario("cms-day.json"), "--out", directory.path)
    #expect(result.code == 0, "\(result.err)")
    let rows = try String(
      contentsOf: directory.appendingPathComponent("intervals.csv"), encoding: .utf8
    ).split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
    let staffed = try #require(rows.first?.firstIndex(of: "agents_logged_in"))
    func atEight(_ queue: String) throws -> Substring {
      try #require(
        rows.first { $0[0] == "queue" && $0[3] == "08:00" && $0[1] == queue }, "\(queue)")[staffed]
    }
    #expect(try atEight("transfer:NC101→gich") == atEight("transfer:new-case→gich"))
    #expect(try atEight("transfer:NC101→gich") != atEight("owner-first"))
  }

  /// calls.csv: a row per call, the same calls as the summary counts; a caller who failed the
  /// security check three times running has their SCIN on the bogus caller form and in the rows.
  @Test func callsCSVHasOneRowPerCall() throws {
    let scenario = CLI.write(
      """
      {"name": "bogus", "duration": "2h", "seed": 3,
       "segments": [{"id": "maintenance"}],
       "lines": [{"id": "client", "callType": "enquiry", "arrivals": {"perHour": 20},
                  "ivr": {"time": "10s", "branches": [
                    {"branch": "validScin", "share": 0.9, "plan": "owner"},
                    {"branch": "hangUp", "share": 0.1}]}}],
       "callTypes": [{"id": "enquiry", "talk": "3m", "patience": "2m",
                      "security": {"time": "40s", "failShare": 0.5}}],
       "teams": [{"id": "caseworkers", "segment": "maintenance", "agents": 2, "casegroups": 1,
                  "handles": ["enquiry"]}],
       "routing": {"plans": [{"id": "owner", "steps": [
         {"after": "0s", "target": "owner", "skipIfNoneReady": true},
         {"after": "0s", "target": "ownerTeam"}]}]}}
      """)
    let directory = CLI.temporaryDirectory()
    let result = CLI.run(
      "run", scenario, "--out", directory.path, "--calls", "--format", "json")
    #expect(result.code == 0, "\(result.err)")
    let summary = try #require(
      try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    let calls = try #require(summary["calls"] as? [String: Int])
    let security = try #require(summary["security"] as? [String: Any])
    let text = try String(
      contentsOf: directory.appendingPathComponent("calls.csv"), encoding: .utf8)
    let rows = text.split(separator: "\n").dropFirst().map {
      $0.split(separator: ",", omittingEmptySubsequences: false)
    }
    let header = text.prefix { $0 != "\n" }.split(separator: ",")
    let end = try #require(header.firstIndex(of: "end"))
    let outcome = try #require(header.firstIndex(of: "outcome"))
    let scin = try #require(header.firstIndex(of: "scin"))
    func count(_ value: String) -> Int { rows.count { $0[end] == value } }
    #expect(count("handled") == calls["answered"])
    #expect(count("abandoned") == calls["abandoned"])
    #expect(count("unresolved") >= calls["unresolvedAtEnd"] ?? 0, "IVR callers at the end too")
    #expect(count("ivrHangUp") > 0)
    let failed = rows.filter { $0[outcome] == "Failed Security Check" }
    #expect(failed.count == security["failedChecks"] as? Int)
    #expect(failed.count >= 3 && failed.allSatisfy { $0[scin] == "0" }, "one casegroup: SCIN 0")
    let forms = try #require(security["bogusCallerScins"] as? [Int])
    #expect(!forms.isEmpty && forms.allSatisfy { $0 == 0 })
    let form = try #require(header.firstIndex(of: "bogusCallerForm"))
    let formRows = rows.filter { $0[form] == "true" }
    #expect(formRows.count == forms.count, "the call that produced each form is marked")
    #expect(formRows.allSatisfy { $0[scin] == "0" && $0[outcome] == "Failed Security Check" })
  }

  @Test func tableAndCSVFormats() {
    let table = CLI.run("run", CLI.scenario("quickstart.json"))
    #expect(table.code == 0)
    #expect(table.out.contains("Service level (20 s, target 80.0 %)"))
    #expect(table.out.contains("Average speed of answer"))
    let csv = CLI.run("run", CLI.scenario("quickstart.json"), "--format", "csv")
    #expect(csv.out.hasPrefix("scope,metric,mean,halfWidth95\ntotal,serviceLevel,"))
  }

  static let exitCases: [([String], Int32)] = [
    (["run"], 64),
    (["run", "a.json", "b.json"], 64),
    (["run", "x.json", "--replications", "0"], 64),
    (["run", "x.json", "--format", "xml"], 64),
    (["run", "x.json", "--bogus"], 64),
    (["run", "x.json", "--seed", "-1"], 64),
    (["frobnicate"], 64),
    ([], 64),
    (["run", "/no/such/scenario.json"], 66),
    (["run", "/tmp"], 66),
    (["run", "x.json", "--jobs", "0"], 64),
    (["run", "x.json", "--out"], 64),
    (["run", CLI.scenario("quickstart.json"), "--trace", "/no/such/directory/t.jsonl"], 73),
    (["validate", "/no/such/scenario.json"], 66),
  ]

  @Test(arguments: exitCases)
  func exitCodes(arguments: [String], code: Int32) {
    let result = CLI.run(arguments)
    #expect(result.code == code, "\(arguments): \(result.err)")
    #expect(!result.err.isEmpty && result.out.isEmpty)
  }

  @Test func unwritableOutputDirectoryExits73() throws {
    let blocker = CLI.write("not a directory", name: "file")
    let result = CLI.run("run", CLI.scenario("quickstart.json"), "--out", blocker)
    #expect(result.code == 73, "\(result.err)")
    #expect(result.out.isEmpty, "nothing runs when the output cannot be written")
  }

  @Test(arguments: ["run", "validate", "erlang"])
  func everyCommandHasHelp(command: String) {
    let result = CLI.run(command, "--help")
    #expect(result.code == 0)
    #expect(result.out.hasPrefix("Usage: ccsim \(command)"))
  }

  @Test func validateAcceptsEveryExampleScenario() throws {
    let directory = CLI.root.appendingPathComponent("scenarios")
    let enumerator = FileManager.default.enumerator(atPath: directory.path)
    var count = 0
    // Routing tests and sweeps are files of their own kinds, beside the scenarios they name;
    // data/ holds sample history (its params.json is the generator's truth, no scenario).
    let otherKinds = ["routing-tests/", "sweeps/", "data/"]
    while let file = enumerator?.nextObject() as? String {
      guard file.hasSuffix(".json"), !otherKinds.contains(where: file.hasPrefix) else { continue }
      let result = CLI.run("validate", directory.appendingPathComponent(file).path)
      #expect(result.code == 0, "\(file): \(result.err)")
      count += 1
    }
    #expect(count >= 5)
  }

  /// --trace: one JSON object per line, every event of the run and every change of state,
  /// written whole (no temporary file left).
  @Test func traceWritesEveryEventAsJSONLines() throws {
    let directory = CLI.temporaryDirectory()
    let path = directory.appendingPathComponent("trace.jsonl").path
    let result = CLI.run(
      "run", CLI.scenario("cms-day.json"), "--trace", path, "--format", "json")
    #expect(result.code == 0, "\(result.err)")
    let summary = try #require(
      try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    let text = try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)
    let lines = text.split(separator: "\n")
    var events: [String: Int] = [:]
    var previous = -1.0
    for line in lines {
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      let time = try #require(object["t"] as? Double)
      let event = try #require(object["event"] as? String)
      #expect(object["clock"] is String)
      if event != "state" {
        #expect(time >= previous, "events in time order")
        previous = time
      }
      events[event, default: 0] += 1
    }
    #expect(events["state", default: 0] > 1_000 && events["handlingEnd", default: 0] > 1_000)
    // The day raises incidents and works case-closure exceptions: their events are traced too.
    #expect(events["problem", default: 0] > 0 && events["incident", default: 0] > 0)
    #expect(events["backlog", default: 0] > 0)
    let calls = try #require(summary["calls"] as? [String: Int])
    #expect(events["handlingEnd", default: 0] >= calls["handled"]! - calls["transferred"]!)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(leftovers == ["trace.jsonl"], "no temporary file")
  }

  /// intervals.csv: agents by state of the teams serving each queue, averaged over the interval.
  @Test func intervalsCarryAgentsByState() throws {
    let directory = CLI.temporaryDirectory()
    let result = CLI.run("run", CLI.scenario("quickstart.json"), "--out", directory.path)
    #expect(result.code == 0, "\(result.err)")
    let text = try String(
      contentsOf: directory.appendingPathComponent("intervals.csv"), encoding: .utf8)
    let rows = text.split(separator: "\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    let header = rows[0]
    let staffed = try #require(header.firstIndex(of: "agents_logged_in"))
    let scheduled = try #require(header.firstIndex(of: "agents_scheduled"))
    let parts = ["agents_ready", "agents_on_calls", "agents_acw", "agents_not_ready"].compactMap {
      header.firstIndex(of: $0)
    }
    #expect(parts.count == 4)
    let reasons = header.indices.filter { header[$0].hasPrefix("agents_not_ready_") }
    #expect(reasons.count == 10, "a column per NotReady reason of the vocabulary")
    for row in rows.dropFirst() {
      let total = parts.reduce(0.0) { $0 + Double(row[$1])! }
      #expect(abs(Double(row[staffed])! - total) < 1e-6, "the states add up to the staffed agents")
      let notReady = reasons.reduce(0.0) { $0 + Double(row[$1])! }
      #expect(abs(Double(row[parts[3]])! - notReady) < 1e-6, "the reasons add up to NotReady")
      #expect(Double(row[scheduled])! >= Double(row[staffed])! - 1e-9)
    }
  }
}

/// A caller redialling after a transfer to a named caseworker rings about their own casegroup
/// again: its owner is found in the casegroup's team, not in the caseworker's (this scenario,
/// where the caseworker's team owns no casegroups, crashed with a division by zero).
struct RedialAfterNamedTransferTests {
  static let scenario = """
    {"name": "redial of a transfer leg", "seed": 3, "duration": "4h",
     "routing": {"plans": [{"id": "owner-first", "steps": [{"target": "owner"},
       {"after": "20s", "target": "ownerTeam"}, {"after": "1m", "target": {"teams": ["gich"]}}]}]},
     "callTypes": [{"id": "client", "talk": 120, "patience": 600,
       "outcomes": {"Call Resolved": 0.5, "Call Transferred": 0.5},
       "transfer": {"targets": [{"agent": "L1", "share": 1}], "consult": 30}}],
     "lines": [{"id": "client", "callType": "client", "arrivals": {"perHour": 60},
       "ivr": {"branches": [{"branch": "validScin", "share": 1, "plan": "owner-first"}]}}],
     "teams": [
       {"id": "gich", "agents": 3, "handles": ["client"]},
       {"id": "caseworkers", "casegroups": 50, "agents": 4, "handles": []},
       {"id": "leader", "leadersTakeCalls": true, "handles": [], "shifts": [{"start": "00:00",
         "end": "23:00", "agents": [{"staffNumber": "L1", "isTeamLeader": true}]}]}
     ],
     "redials": {"Call Resolved": {"probability": 1, "delay": 60}}}
    """

  @Test func aRedialGoesBackToTheCallersOwnCasegroup() throws {
    let result = CLI.run("run", CLI.write(Self.scenario), "--check", "--format", "json")
    try #require(result.code == 0, "\(result.err)")
    let summary = try #require(
      try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    let redials = try #require(summary["redials"] as? [String: Any])
    #expect((redials["afterOutcome"] as? [String: Int])?["Call Resolved"] ?? 0 > 0)
  }
}

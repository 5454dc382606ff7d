import Foundation
import Testing

/// `ccsim erlang` finding the agents needed, over a range of agents, and with no agents.
struct ErlangSizingCommandTests {
  static func json(_ arguments: String...) -> [String: Any] { ErlangCommandTests.json(arguments) }

  @Test func sizingErlangC() {
    let traffic = ["c", "--calls-per-hour", "360", "--aht", "4m", "--threshold", "20s"]
    for target in ["0.8", "80%"] {
      let result = ErlangCommandTests.json(traffic + ["--target", target])
      #expect(result["agents"] as? Int == 29, "\(target)")
      let goal = result["goal"] as? [String: Any] ?? [:]
      #expect(goal["target"] as? Double == 0.8 && goal["threshold"] as? Double == 20)
      // The figures are those at 29 agents, in full.
      var at29 = ErlangCommandTests.json(traffic + ["--agents", "29"])
      at29["goal"] = goal
      #expect(NSDictionary(dictionary: result).isEqual(to: at29))
    }
    let table = CLI.run(["erlang"] + traffic + ["--target", "80%", "--max-occupancy", "0.8"])
    #expect(table.code == 0)
    #expect(
      table.out == """
        Erlang C: 360 calls/h, AHT 4 m 00 s
        Goal: service level ≥ 80.0 % within 20.0 s, occupancy ≤ 80.0 %
        Agents needed            30
        Offered load (erlangs)   24.00
        Probability of wait      17.3 %
        Average speed of answer  6.91 s
        Service level (20.0 s)   89.5 %
        Occupancy                80.0 %

        """)
  }

  @Test func sizingErlangAWithAnAbandonCap() {
    let traffic = ["a", "--calls-per-hour", "200", "--aht", "3m", "--patience", "5m"]
    let loose = ErlangCommandTests.json(traffic + ["--target", "0.5"])
    let capped = ErlangCommandTests.json(traffic + ["--target", "0.5", "--max-abandon", "0.5%"])
    let agents = capped["agents"] as? Int ?? 0
    #expect((capped["abandonRate"] as? Double ?? 1) <= 0.005)
    #expect(agents > loose["agents"] as? Int ?? .max)
    let fewer = ErlangCommandTests.json(traffic + ["--agents", "\(agents - 1)"])
    #expect((fewer["abandonRate"] as? Double ?? 0) > 0.005)
    #expect((capped["goal"] as? [String: Any])?["maxAbandon"] as? Double == 0.005)
  }

  @Test func sizingErlangB() {
    let result = Self.json("b", "--calls-per-hour", "3600", "--aht", "10s", "--max-blocking", "1%")
    #expect(result["agents"] as? Int == 18)
    #expect(abs((result["blocking"] as? Double ?? 0) - 0.007142438157899779) < 1e-15)
    #expect((result["goal"] as? [String: Any])?["maxBlocking"] as? Double == 0.01)
  }

  @Test(
    "goals that do not fit the formula, or both a goal and agents, are usage errors",
    arguments: [
      ["b", "--target", "0.8"], ["c", "--max-abandon", "0.05", "--target", "0.8"],
      ["c", "--max-blocking", "0.01"], ["c", "--target", "0.8", "--agents", "12"],
      ["c", "--max-occupancy", "0.8", "--agents", "12"], ["c", "--target", "1"],
      ["c", "--target", "80"], ["c", "--target", "0"], ["c", "--target", "x%"],
      ["c", "--max-occupancy", "0.8"], ["b", "--max-blocking", "2"], ["c"],
      ["a", "--patience", "60", "--max-abandon", "0.05"],
    ])
  func badGoal(goal: [String]) {
    let result = CLI.run(
      ["erlang", goal[0], "--calls-per-hour", "200", "--aht", "180"] + goal.dropFirst())
    #expect(result.code == 64, "\(goal)")
    #expect(result.out.isEmpty)
  }

  @Test func range() {
    let traffic = ["a", "--calls-per-hour", "200", "--aht", "3m", "--patience", "5m"]
    let result = ErlangCommandTests.json(traffic + ["--agents", "12-15"])
    let rows = result["rows"] as? [[String: Any]] ?? []
    #expect(rows.map { $0["agents"] as? Int } == [12, 13, 14, 15])
    #expect(result["offeredLoad"] as? Double == 10)
    for row in rows {
      var single = ErlangCommandTests.json(traffic + ["--agents", "\(row["agents"] as? Int ?? 0)"])
      single["offeredLoad"] = nil
      single["model"] = nil
      #expect(NSDictionary(dictionary: row).isEqual(to: single))
    }
    let dots = ErlangCommandTests.json(traffic + ["--agents", "12..15"])
    #expect(NSDictionary(dictionary: dots).isEqual(to: result))
    let table = CLI.run(["erlang"] + traffic + ["--agents", "13-14"])
    #expect(
      table.out == """
        Erlang A: 200 calls/h, AHT 3 m 00 s, mean patience 5 m 00 s
        Offered load: 10.00 erlangs
        Agents  Occupancy  P(wait)     ASA  SL (20.0 s)  Abandon
        ──────  ─────────  ───────  ──────  ───────────  ───────
        13         75.0 %   22.6 %  6.91 s       85.8 %    2.5 %
        14         70.4 %   14.5 %  3.88 s       91.7 %    1.4 %

        """)
  }

  @Test("a range through no agents and an unstable queue says why figures are missing")
  func rangeThroughZero() {
    let table = CLI.run(
      "erlang", "c", "--calls-per-hour", "200", "--aht", "180", "--agents", "0-11")
    #expect(table.code == 0)
    let lines = table.out.split(separator: "\n")
    #expect(lines.count == 4 + 12 + 2)
    #expect(lines[4].hasPrefix("0 ") && lines[4].contains("—"))
    #expect(lines[5].hasPrefix("1 ") && lines[5].contains("∞"))
    #expect(lines[14].hasPrefix("10 ") && lines[14].contains("∞"))
    #expect(lines[15].hasPrefix("11 ") && !lines[15].contains("∞"))
    #expect(table.out.contains("—  no agents: no call answered"))
    #expect(table.out.contains("∞  unstable"))
    let json = Self.json("c", "--calls-per-hour", "200", "--aht", "180", "--agents", "0-11")
    let rows = json["rows"] as? [[String: Any]] ?? []
    #expect(rows[0]["note"] as? String == "no call answered")
    #expect(rows[1]["note"] as? String == "unstable: load ≥ agents")
    #expect(rows[0]["averageSpeedOfAnswer"] is NSNull)
    #expect(rows[11]["note"] == nil)
  }

  @Test("bad ranges are usage errors", arguments: ["15-12", "0-1000", "12-", "-3", "a-b", "1-2-3"])
  func badRange(agents: String) {
    let result = CLI.run(
      "erlang", "c", "--calls-per-hour", "200", "--aht", "180", "--agents", agents)
    #expect(result.code == 64, "\(agents)")
    #expect(result.err.contains("--agents"))
  }

  @Test("with no agents: A answers no call, C says so too, B loses every call")
  func zeroAgents() {
    let erlangA = CLI.run(
      "erlang", "a", "--calls-per-hour", "200", "--aht", "180", "--patience", "300",
      "--agents", "0")
    #expect(erlangA.code == 0)
    #expect(erlangA.out.contains("No call answered: with no agents every caller abandons."))
    #expect(erlangA.out.contains("Abandon rate             100.0 %"))
    #expect(erlangA.out.contains("none (no call answered)"))
    #expect(!erlangA.out.contains("unstable"))
    let json = Self.json(
      "a", "--calls-per-hour", "200", "--aht", "180", "--patience", "300", "--agents", "0")
    #expect(json["note"] as? String == "no call answered")
    #expect(json["averageSpeedOfAnswer"] is NSNull && json["occupancy"] as? Double == 0)
    let erlangC = CLI.run("erlang", "c", "--calls-per-hour", "200", "--aht", "180", "--agents", "0")
    #expect(erlangC.out.contains("No call answered"))
    #expect(erlangC.out.contains("Occupancy                0.0 %"))
    let erlangB = CLI.run("erlang", "b", "--calls-per-hour", "200", "--aht", "180", "--agents", "0")
    #expect(erlangB.out.contains("Blocking probability    100.0 %"))
  }
}

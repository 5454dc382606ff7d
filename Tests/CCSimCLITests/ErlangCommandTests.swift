import Foundation
import Testing

/// `ccsim erlang`: the calculators through the command line.
struct ErlangCommandTests {
  static func json(_ arguments: String...) -> [String: Any] { json(arguments) }

  static func json(_ arguments: [String]) -> [String: Any] {
    let result = CLI.run(["erlang"] + arguments + ["--format", "json"])
    return (try? JSONSerialization.jsonObject(with: Data(result.out.utf8))) as? [String: Any] ?? [:]
  }

  @Test func erlangC() {
    let result = Self.json("c", "--calls-per-hour", "200", "--aht", "180", "--agents", "13")
    #expect(abs((result["probabilityOfWait"] as? Double ?? 0) - 0.2852705) < 5e-8)
    #expect(abs((result["serviceLevel"] as? Double ?? 0) - 0.7955948) < 5e-8)
    #expect(result["note"] == nil)
  }

  @Test func erlangA() {
    let result = Self.json(
      "a", "--calls-per-hour", "200", "--aht", "180", "--agents", "14", "--patience", "300")
    #expect(abs((result["abandonRate"] as? Double ?? 0) - 0.013984) < 5e-7)
    #expect(abs((result["averageSpeedOfAnswer"] as? Double ?? 0) - 3.878) < 5e-4)
  }

  @Test func erlangB() {
    let result = Self.json("b", "--calls-per-hour", "3600", "--aht", "10", "--agents", "15")
    #expect(abs((result["blocking"] as? Double ?? 0) - 0.036497) < 5e-7)
    // Carried load per agent: a(1 − B)/n.
    #expect(abs((result["occupancy"] as? Double ?? 0) - 10 * (1 - 0.0364969454723708) / 15) < 1e-12)
  }

  @Test func tableOutputAndErrors() {
    let table = CLI.run("erlang", "c", "--calls-per-hour", "200", "--aht", "180", "--agents", "13")
    #expect(table.code == 0)
    #expect(
      table.out == """
        Erlang C: 13 agents, 200 calls/h, AHT 3 m 00 s
        Offered load (erlangs)   10.00
        Probability of wait      28.5 %
        Average speed of answer  17.1 s
        Service level (20.0 s)   79.6 %
        Occupancy                76.9 %

        """)
    #expect(
      CLI.run("erlang", "a", "--calls-per-hour", "200", "--aht", "180", "--agents", "13").code == 64
    )
    #expect(
      CLI.run("erlang", "x", "--calls-per-hour", "1", "--aht", "1", "--agents", "1").code == 64)
    #expect(CLI.run("erlang", "c", "--aht", "180", "--agents", "13").code == 64)
  }

  @Test(
    "durations with units read as their seconds",
    arguments: [
      ("--aht", "180", "3m"), ("--aht", "180", "180s"), ("--aht", "180", "0.05h"),
      ("--aht", "90", "1m30s"), ("--aht", "3600", "1h"), ("--aht", "86400", "1d"),
      ("--patience", "300", "5m"), ("--threshold", "20", "20s"), ("--threshold", "0", "0s"),
      ("--threshold", "90", "1.5m"),
    ])
  func durations(option: String, seconds: String, written: String) {
    func run(_ value: String) -> [String: Any] {
      var arguments = [
        "a", "--calls-per-hour", "20", "--aht", "180", "--patience", "300", "--agents", "3",
      ]
      if let index = arguments.firstIndex(of: option) {
        arguments[index + 1] = value
      } else {
        arguments += [option, value]
      }
      return Self.json(arguments)
    }
    let plain = run(seconds)
    #expect(!plain.isEmpty)
    #expect(NSDictionary(dictionary: run(written)).isEqual(to: plain), "\(option) \(written)")
  }

  @Test(
    "a bad duration is a usage error naming the accepted forms",
    arguments: [
      ("--aht", "3x"), ("--aht", "m3"), ("--aht", "1s30m"), ("--aht", "0"), ("--aht", "0s"),
      ("--aht", "-5"), ("--aht", "3 m"), ("--aht", ""), ("--patience", "5mm"),
      ("--threshold", "-1s"), ("--threshold", "inf"), ("--aht", "nan"),
    ])
  func badDuration(option: String, value: String) {
    var arguments = [
      "erlang", "a", "--calls-per-hour", "20", "--aht", "180", "--patience", "300",
      "--agents", "3",
    ]
    if let index = arguments.firstIndex(of: option) {
      arguments[index + 1] = value
    } else {
      arguments += [option, value]
    }
    let result = CLI.run(arguments)
    #expect(result.code == 64, "\(option) '\(value)'")
    #expect(result.err.contains("30s, 3m, 1m30s, 1h") || result.err.contains(option))
  }
}

import Foundation
import Testing

/// `ccsim erlang`: the calculators through the command line.
struct ErlangCommandTests {
  static func json(_ arguments: String...) -> [String: Any] {
    let result = CLI.run(["erlang"] + arguments + ["--format", "json"])
    return (try? JSONSerialization.jsonObject(with: Data(result.out.utf8))) as? [String: Any] ?? [:]
  }

  @Test func erlangC() {
    let result = Self.json("c", "--calls-per-hour", "200", "--aht", "180", "--agents", "13")
    #expect(abs((result["probabilityOfWait"] as? Double ?? 0) - 0.2852705) < 5e-8)
    #expect(abs((result["serviceLevel"] as? Double ?? 0) - 0.7955948) < 5e-8)
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
  }

  @Test func tableOutputAndErrors() {
    let table = CLI.run("erlang", "c", "--calls-per-hour", "200", "--aht", "180", "--agents", "13")
    #expect(table.code == 0 && table.out.contains("Service level (20.0 s)"))
    #expect(
      CLI.run("erlang", "a", "--calls-per-hour", "200", "--aht", "180", "--agents", "13").code == 64
    )
    #expect(
      CLI.run("erlang", "x", "--calls-per-hour", "1", "--aht", "1", "--agents", "1").code == 64)
    #expect(CLI.run("erlang", "c", "--aht", "180", "--agents", "13").code == 64)
  }
}

import SimKernel
import Testing

@testable import Reporting

/// Locale-free number and time formatting for the terminal table and CSV.
struct FormattingTests {
  @Test func percentagesAndSeconds() {
    #expect(Formatting.percent(0.88862) == "88.9 %")
    #expect(Formatting.percent(nil) == "—")
    #expect(Formatting.seconds(6.5082) == "6.51 s")
    #expect(Formatting.seconds(40.445) == "40.4 s")
    #expect(Formatting.seconds(372) == "6 m 12 s")
    #expect(Formatting.fixed(-0.004, decimals: 2) == "0.00")
    #expect(Formatting.fixed(2.5, decimals: 0) == "3")
    #expect(Formatting.count(1_000_924) == "1,000,924")
    #expect(Formatting.count(-1234) == "-1,234")
  }

  @Test func clockLabels() {
    #expect(Formatting.clock(.minutes(8 * 60)) == "08:00")
    #expect(Formatting.clock(.minutes(24 * 60 + 15)) == "d2 00:15")
  }

  @Test func tableColumnsAlign() {
    var table = TextTable(["Name", "Value"])
    table.add(["a", "1"])
    table.add(["longer", "100"])
    let lines = table.rendered().split(separator: "\n")
    #expect(lines.map(\.count).allSatisfy { $0 == lines[0].count })
    #expect(lines[2] == "a           1")
  }
}

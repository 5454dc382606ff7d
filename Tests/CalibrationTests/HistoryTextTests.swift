import Testing

@testable import Calibration

/// The pieces of history files read strictly and written back.
@Suite struct HistoryTextTests {
  static let clocks: [(String, HistoryText.Seconds, Bool, Double?)] = [
    ("8:00:05", .required, false, 28_805), ("08:00:05", .required, false, 28_805),
    ("23:59:59", .required, false, 86_399), ("24:00:00", .required, false, nil),
    ("8:60:00", .required, false, nil), ("8:00:60", .required, false, nil),
    ("8:00", .required, false, nil), ("8:0:00", .required, false, nil),
    ("108:00:00", .required, false, nil), (":00:00", .required, false, nil),
    ("8:00:", .required, false, nil), ("8:00:05.5", .required, false, nil),
    ("8:00:05.5", .optional, true, 28_805.5), ("8:00:05.", .optional, true, nil),
    ("8:00", .optional, false, 28_800), ("08:15", .absent, false, 29_700),
    ("08:15:00", .absent, false, nil), ("08:15.5", .optional, true, nil),
    ("-8:00", .optional, false, nil), ("8:00:00:00", .optional, false, nil),
  ]

  @Test(arguments: 0..<clocks.count)
  func clocksAreReadStrictly(_ index: Int) {
    let (text, seconds, fraction, expected) = Self.clocks[index]
    #expect(HistoryText.clock(Substring(text), seconds: seconds, fraction: fraction) == expected)
  }

  @Test func numbersDurationsAndDatesAreReadStrictly() {
    #expect(HistoryText.decimal("372.5") == 372.5)
    #expect(HistoryText.decimal(".5") == 0.5)
    #expect(HistoryText.decimal("nan") == nil)
    #expect(HistoryText.decimal("0x10") == nil)
    #expect(HistoryText.decimal("1,234") == nil)
    #expect(HistoryText.decimal("1e999") == nil)
    #expect(HistoryText.digits("0042") == 42)
    #expect(HistoryText.digits("4 2") == nil)
    #expect(HistoryText.digits("٤٢") == nil)
    #expect(HistoryText.duration("372") == 372)
    #expect(HistoryText.duration("6:12") == 372)
    #expect(HistoryText.duration("1:02:03.5") == 3723.5)
    #expect(HistoryText.duration("90:00") == 5400)
    #expect(HistoryText.duration("1:60:00") == nil)
    #expect(HistoryText.duration("1:5") == nil)
    #expect(HistoryText.duration("-3") == nil)
    #expect(HistoryText.yymmdd("680101") == .day(LocalTime.days(year: 2068, month: 1, day: 1)))
    #expect(HistoryText.yymmdd("690101") == .day(LocalTime.days(year: 1969, month: 1, day: 1)))
    #expect(HistoryText.yymmdd("230229") == .noSuchDay(year: 2023, month: 2, day: 29))
    #expect(HistoryText.usDate("3/4/2024") == .day(LocalTime.days(year: 2024, month: 3, day: 4)))
    #expect(HistoryText.isoDate("2024-3-04") == .malformed)
  }

  @Test func numbersAndClocksAreWrittenShort() {
    #expect(HistoryText.number(372) == "372")
    #expect(HistoryText.number(372.5) == "372.5")
    #expect(HistoryText.number(-0.25) == "-0.25")
    #expect(HistoryText.number(0.1 + 0.2) == "0.3")
    #expect(HistoryText.number(1e-9) == "0")
    #expect(HistoryText.clock(28_805, padHour: false) == "8:00:05")
    #expect(HistoryText.clock(28_805.25, places: 3) == "08:00:05.25")
    #expect(HistoryText.clock(29_700, withSeconds: false) == "08:15")
  }
}

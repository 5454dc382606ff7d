import Testing

@testable import Calibration

@Suite struct LocalTimeTests {
  @Test func knownDatesHaveTheirDayAndWeekday() {
    #expect(LocalTime.days(year: 1970, month: 1, day: 1) == 0)
    #expect(LocalTime.weekday(ofDay: 0) == 3)  // a Thursday
    let monday = LocalTime(year: 2024, month: 3, day: 4, secondsOfDay: 8 * 3600 + 15 * 60)
    #expect(monday.weekday == 0)
    #expect(monday.secondsOfDay == 29_700)
    #expect(LocalTime.isoDate(ofDay: monday.day) == "2024-03-04")
    #expect(LocalTime(year: 2000, month: 2, day: 29).weekday == 1)  // a Tuesday
    #expect(LocalTime.weekday(ofDay: -1) == 2)  // 1969-12-31, a Wednesday
  }

  @Test func datesRoundTripOverFourCenturies() {
    for day in stride(from: -146_097, through: 146_097, by: 97) {
      let (y, m, d) = LocalTime.date(ofDay: day)
      #expect(LocalTime.isDate(year: y, month: m, day: d))
      #expect(LocalTime.days(year: y, month: m, day: d) == day)
    }
    #expect(!LocalTime.isDate(year: 2023, month: 2, day: 29))
    #expect(LocalTime.isDate(year: 2024, month: 2, day: 29))
    #expect(!LocalTime.isDate(year: 1900, month: 2, day: 29))
    #expect(!LocalTime.isDate(year: 2024, month: 13, day: 1))
  }
}

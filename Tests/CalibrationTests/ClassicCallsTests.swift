import Testing

@testable import Calibration

/// The classic layout: AGENT, HANG and PHANTOM as the research data means them, either
/// separator, and every malformed field at its line and column.
@Suite struct ClassicCallsTests {
  static let header =
    "vru+line,call_id,customer_id,priority,type,date,vru_entry,vru_exit,vru_time,q_start,q_exit,"
    + "q_time,outcome,ser_start,ser_exit,ser_time,server"
  static let rows = [
    "AA0101,1,0,2,client,240304,8:00:05,8:00:20,15,8:00:20,8:01:10,50,AGENT,8:01:10,8:05:00,230,ANNA",
    "AA0102,2,0,1,client,240304,8:02:00,8:02:30,30,8:02:30,8:03:30,60,HANG,0:00:00,0:00:00,0,NO_SERVER",
    "AA0103,3,0,0,employer,240304,8:03:00,8:03:40,40,0:00:00,0:00:00,0,HANG,0:00:00,0:00:00,0,NO_SERVER",
    "AA0104,4,0,0,employer,240304,8:04:00,8:04:00,0,0:00:00,0:00:00,0,PHANTOM,0:00:00,0:00:00,0,NO_SERVER",
    "AA0105,5,0,0,employer,991231,23:05:00,23:05:10,10,0:00:00,0:00:00,0,AGENT,23:05:10,23:09:00,230,BOB",
  ]
  static let text = ([header] + rows).joined(separator: "\n") + "\n"

  static func at(_ day: (Int, Int, Int), _ h: Int, _ m: Int, _ s: Int) -> LocalTime {
    LocalTime(year: day.0, month: day.1, day: day.2, secondsOfDay: Double(h * 3600 + m * 60 + s))
  }

  @Test func outcomesMeanWhatTheResearchDataMeans() throws {
    let calls = try CallLayout.classic.read(Self.text, file: "calls.csv")
    let march = (2024, 3, 4)
    #expect(
      calls == [
        CallRecord(
          queue: "client", arrival: Self.at(march, 8, 0, 5), queued: Self.at(march, 8, 0, 20),
          answered: Self.at(march, 8, 1, 10), outcome: .answered, talk: 230, agent: "ANNA"),
        CallRecord(
          queue: "client", arrival: Self.at(march, 8, 2, 0), queued: Self.at(march, 8, 2, 30),
          abandoned: Self.at(march, 8, 3, 30), outcome: .abandoned),
        CallRecord(queue: "employer", arrival: Self.at(march, 8, 3, 0), outcome: .ivrHangUp),
        // PHANTOM is skipped; 99 is 1999, and a call answered without queueing waited 0 s.
        CallRecord(
          queue: "employer", arrival: Self.at((1999, 12, 31), 23, 5, 0),
          queued: Self.at((1999, 12, 31), 23, 5, 10), answered: Self.at((1999, 12, 31), 23, 5, 10),
          outcome: .answered, talk: 230, agent: "BOB"),
      ])
    #expect(calls[0].wait == 50)
    #expect(calls[3].wait == 0)
  }

  @Test func tabsCRLFAndAByteOrderMarkAreRead() throws {
    let tabbed =
      "\u{FEFF}"
      + ([Self.header] + Self.rows).map { $0.replacing(",", with: "\t") }
      .joined(separator: "\r\n")
    #expect(
      try CallLayout.classic.read(tabbed, file: "t.tsv")
        == CallLayout.classic.read(Self.text, file: "calls.csv"))
  }

  /// Row 1 (line 2) with field `column` (from 1) replaced by `value`.
  static func replacing(row: Int = 0, _ column: Int, with value: String) -> String {
    var fields = rows[row].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    fields[column - 1] = value
    var lines = [header] + rows
    lines[row + 1] = fields.joined(separator: ",")
    return lines.joined(separator: "\n")
  }

  static let malformed: [(String, String)] = [
    (
      replacing(6, with: "240230"),
      #"calls.csv:2:6 (column "date"): "240230" is not a day of the calendar (2024-02-30)"#
    ),
    (
      replacing(6, with: "2024-03-04"),
      #"calls.csv:2:6 (column "date"): "2024-03-04" is not a date yymmdd"#
    ),
    (
      replacing(11, with: "25:61:00"),
      #"calls.csv:2:11 (column "q_exit"): "25:61:00" is not a time H:MM:SS"#
    ),
    (
      replacing(7, with: "8:00"),
      #"calls.csv:2:7 (column "vru_entry"): "8:00" is not a time H:MM:SS"#
    ),
    (replacing(16, with: "-5"), #"calls.csv:2:16 (column "ser_time"): "-5" is negative"#),
    (
      replacing(12, with: "5.5"),
      #"calls.csv:2:12 (column "q_time"): "5.5" is not a whole number of seconds"#
    ),
    (replacing(4, with: "3"), #"calls.csv:2:4 (column "priority"): 3 is not a priority 0, 1 or 2"#),
    (
      replacing(13, with: "AGNT"),
      #"calls.csv:2:13 (column "outcome"): "AGNT" is not an outcome (did you mean "AGENT"?)"#
    ),
    (
      replacing(13, with: String(repeating: "X", count: 60)),
      #"calls.csv:2:13 (column "outcome"): ""# + String(repeating: "X", count: 40)
        + #"…" is not an outcome (one of: AGENT, HANG, PHANTOM)"#
    ),
    (
      replacing(14, with: "7:59:00"),
      #"calls.csv:2:14 (column "ser_start"): answered before arrival (vru_entry)"#
    ),
    (
      replacing(10, with: "7:00:00"),
      #"calls.csv:2:10 (column "q_start"): queued before arrival (vru_entry)"#
    ),
    (
      replacing(row: 1, 11, with: "8:02:00"),
      #"calls.csv:3:11 (column "q_exit"): abandoned before queued (q_start)"#
    ),
    (replacing(5, with: ""), #"calls.csv:2:5 (column "type"): is empty"#),
    (replacing(17, with: "ANNA,X"), "calls.csv:2: 18 fields, but the header has 17"),
    (
      header.replacing("q_exit", with: "q_exti") + "\n" + rows[0],
      #"calls.csv:1: no column "q_exit" (did you mean "q_exti"?)"#
    ),
    ("", "calls.csv: the file is empty"),
    ("\n\n", "calls.csv: the file is empty"),
    (header + "\n", "calls.csv: no data rows after the header"),
    (
      header + "\n" + rows[0] + "\n\n" + rows[1],
      "calls.csv:3: blank line: every line after the header is one record"
    ),
    (
      header.replacing(",", with: ";"),
      "calls.csv:1: fields are separated by semicolons: export the file with commas"
    ),
  ]

  @Test(arguments: 0..<malformed.count)
  func malformedFilesSayWhereAndWhy(_ index: Int) {
    let (text, message) = Self.malformed[index]
    #expect(throws: HistoryError.self) { try CallLayout.classic.read(text, file: "calls.csv") }
    do {
      _ = try CallLayout.classic.read(text, file: "calls.csv")
    } catch {
      #expect(error.description == message)
    }
  }

  @Test func atMostTwentyProblemsAreListed() {
    let rows = (0..<25).map { _ in Self.rows[0].replacing("240304", with: "240231") }
    let text = ([Self.header] + rows).joined(separator: "\n")
    do {
      _ = try CallLayout.classic.read(text, file: "calls.csv")
      Issue.record("read a file of bad dates")
    } catch {
      let lines = error.description.split(separator: "\n")
      #expect(lines.count == 21)
      #expect(lines[0].hasPrefix("calls.csv:2:6 "))
      #expect(lines[19].hasPrefix("calls.csv:21:6 "))
      #expect(lines[20] == "more problems (only the first 20 are listed)")
    }
  }
}

import Testing

@testable import Calibration

/// The interval layouts: Genesys's voice rows shifted from UTC, IEX's comments and
/// `#interval`, Calabrio's headerless rows, and the checks every interval file gets.
@Suite struct IntervalLayoutTests {
  static let monday = LocalTime(year: 2024, month: 3, day: 4)
  static func at(_ h: Int, _ m: Int) -> LocalTime {
    LocalTime(seconds: monday.seconds + Double(h * 3600 + m * 60))
  }

  static func message(_ layout: IntervalLayout, _ text: String) -> String? {
    do {
      _ = try layout.read(text, file: "f.csv")
      return nil
    } catch {
      return error.description
    }
  }

  static let genesys = """
    Interval Start UTC Date,Queue,Media Type,Skill Set,Offered,Interactions Handled,Total Handle Time (Seconds)
    2024-03-04T07:00:00.000Z,client,Voice,,41,39,14527.5
    2024-03-04T07:00:00.000Z,client,chat,,12,12,3000
    2024-03-04T07:15:00Z,client,voice,,0,0,0
    2024-03-04T07:45:00,client,VOICE,,10,8,2400
    """

  @Test func genesysReadsVoiceRowsShiftedToLocalTime() throws {
    let records = try IntervalLayout.genesys(utcOffsetSeconds: 3600).read(
      Self.genesys, file: "g.csv")
    #expect(
      records == [
        IntervalRecord(
          queue: "client", start: Self.at(8, 0), length: 900, offered: 41, handled: 39,
          averageHandleTime: 372.5),
        IntervalRecord(queue: "client", start: Self.at(8, 15), length: 900, offered: 0, handled: 0),
        IntervalRecord(
          queue: "client", start: Self.at(8, 45), length: 900, offered: 10, handled: 8,
          averageHandleTime: 300),
      ])
  }

  @Test func genesysProblemsSayWhere() {
    let bad = Self.genesys.replacing("2024-03-04T07:15:00Z", with: "04/03/2024 07:15")
      .replacing("10,8,2400", with: "10,-8,2400")
    #expect(
      Self.message(.genesys(), bad) == """
        f.csv:4:1 (column "Interval Start UTC Date"): "04/03/2024 07:15" is not a moment yyyy-MM-ddTHH:MM:SS[.fff]Z
        f.csv:5:6 (column "Interactions Handled"): "-8" is negative
        """)
    let missing = Self.genesys.replacing("Media Type", with: "MediaType")
    #expect(
      Self.message(.genesys(), missing)
        == #"f.csv:1: no column "Media Type" (did you mean "MediaType"?)"#)
    let twice = Self.genesys.replacing("07:45:00", with: "07:15:00")
    #expect(
      Self.message(.genesys(), twice)
        == #"f.csv:5:1 (column "Interval Start UTC Date"): 2024-03-04 07:15 again: queue "client" has it on line 4"#
    )
  }

  static let iex = """
    # Exported from IEX
    #fields:Date|Interval|Queue|Calls Offered|Calls Handled|Calls Abandoned|AHT|Agents
    #interval:30
    03/04/2024|08:00|client|41|39|2|372.5|12.0
    # a comment between rows
    03/04/2024|09:00|client|20|||| 
    03042024|08:00|employer|5|5|0|300|2

    """

  @Test func iexReadsCommentsAndItsInterval() throws {
    let records = try IntervalLayout.iex.read(Self.iex, file: "i.txt")
    #expect(
      records == [
        IntervalRecord(
          queue: "client", start: Self.at(8, 0), length: 1800, offered: 41, handled: 39,
          abandoned: 2, averageHandleTime: 372.5, agents: 12),
        IntervalRecord(queue: "client", start: Self.at(9, 0), length: 1800, offered: 20),
        IntervalRecord(
          queue: "employer", start: Self.at(8, 0), length: 1800, offered: 5, handled: 5,
          abandoned: 0, averageHandleTime: 300, agents: 2),
      ])
    // Without #interval the length is the commonest step: here an hour.
    let inferred = try IntervalLayout.iex.read(
      Self.iex.replacing("#interval:30\n", with: ""), file: "i.txt")
    #expect(inferred.map(\.length) == [3600, 3600, 3600])
    // Steps shorter than 15 minutes are not taken for overlaps.
    let short = try IntervalLayout.iex.read(
      Self.iex.replacing("#interval:30\n", with: "").replacing("09:00", with: "08:05"),
      file: "i.txt")
    #expect(short.map(\.length) == [300, 300, 300])
  }

  @Test func iexProblemsSayWhere() {
    #expect(
      Self.message(.iex, "03/04/2024|08:00|client|41\n")
        == "f.csv:1: data before the #fields: line (the file must name its columns first)")
    #expect(
      Self.message(.iex, "# only a comment\n") == "f.csv: no #fields: line naming the columns")
    #expect(
      Self.message(.iex, "#fields:Date|Interval|Queue|Calls Offered\n")
        == "f.csv: no data rows after the #fields: line")
    #expect(
      Self.message(.iex, "#fields:Date|Interval|Queue|Offered\n03/04/2024|08:00|client|41\n")
        == #"f.csv:1: no column "Calls Offered" (columns: Date, Interval, Queue, Offered)"#)
    let bad = Self.iex.replacing("03/04/2024|09:00", with: "02/30/2024|9:0")
      .replacing("#interval:30", with: "#interval:half")
      .replacing("|5|5|0|", with: "|5|5|0")
    #expect(
      Self.message(.iex, bad) == """
        f.csv:3: "#interval:half" is not #interval:MINUTES
        f.csv:6:1 (column "Date"): "02/30/2024" is not a day of the calendar (2024-02-30)
        f.csv:6:2 (column "Interval"): "9:0" is not a time HH:MM
        f.csv:7: 7 fields, but #fields: names 8
        """)
    let offStep = Self.iex.replacing("09:00", with: "09:10")
    #expect(
      Self.message(.iex, offStep)
        == #"f.csv:6:2 (column "Interval"): 2024-03-04 09:10 is not a whole number of 30 min steps after line 4's 2024-03-04 08:00"#
    )
    let overlapping = Self.iex.replacing("09:00", with: "08:15")
    #expect(
      Self.message(.iex, overlapping)
        == #"f.csv:6:2 (column "Interval"): 2024-03-04 08:15 overlaps the interval of line 4 (2024-03-04 08:00, 30 min)"#
    )
    let twice = Self.iex.replacing("09:00", with: "08:00")
    #expect(
      Self.message(.iex, twice)
        == #"f.csv:6:2 (column "Interval"): 2024-03-04 08:00 again: queue "client" has it on line 4"#
    )
  }

  @Test func calabrioReadsHeaderlessRows() throws {
    let text = """
      client,20240304 08:00,20240304 08:15,41.2,310.0,62.0,12.5
      client,20240304 08:15,20240304 08:30,30,300,60,10
      employer,20240304 08:00,20240304 08:15,3,200,20
      """
    let records = try IntervalLayout.calabrio.read(text, file: "c.csv")
    #expect(
      records == [
        IntervalRecord(
          queue: "client", start: Self.at(8, 0), length: 900, offered: 41.2,
          averageHandleTime: 372, averageWrapUp: 62, agents: 12.5),
        IntervalRecord(
          queue: "client", start: Self.at(8, 15), length: 900, offered: 30,
          averageHandleTime: 360, averageWrapUp: 60, agents: 10),
        IntervalRecord(
          queue: "employer", start: Self.at(8, 0), length: 900, offered: 3,
          averageHandleTime: 220, averageWrapUp: 20),
      ])
    let bad = text.replacing("20240304 08:15,20240304 08:30", with: "20240304 08:15,20240304 08:15")
      .replacing("41.2", with: "4l.2").replacing(
        "employer,20240304 08:00", with: "employer,2024-03-04 08:00")
    #expect(
      Self.message(.calabrio, bad) == """
        f.csv:1:4 (column "volume"): "4l.2" is not a number
        f.csv:2:3 (column "end"): "20240304 08:15" is not after the start
        f.csv:3:2 (column "start"): "2024-03-04 08:00" is not a moment yyyyMMdd HH:mm
        """)
    #expect(
      Self.message(.calabrio, "client,20240304 08:00,20240304 08:15\n")
        == "f.csv:1: 3 fields, but a row has 7 (or 6, without agents): skill,start,end,volume,average task time,average ACW,agents"
    )
    #expect(Self.message(.calabrio, "") == "f.csv: the file is empty")
  }
}

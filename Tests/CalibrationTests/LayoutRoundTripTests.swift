import Testing

@testable import Calibration

/// Every layout reads back what its writer wrote, to the layout's precision: whole seconds for
/// the classic layout, milliseconds for a mapped file, microseconds for ccsim's calls.csv,
/// minutes for interval starts.
@Suite struct LayoutRoundTripTests {
  static let mapping = try! ColumnMapping(
    pairs: [
      "queue=Queue", "arrival=Call Start", "queued=Queued", "answered=Answered",
      "abandoned=Abandoned", "outcome=Result", "talk=Talk Time", "hold=Hold", "wrapUp=ACW",
      "agent=Agent", "ringOuts=RONA",
    ], outcomePairs: ["answered=Handled", "ivr=IVR only"])
  static let mappingWithDate = try! ColumnMapping(
    pairs: [
      "queue=Queue", "date=Day", "arrival=Start", "queued=Queued", "answered=Answered",
      "abandoned=Abandoned", "talk=Talk", "agent=Agent",
    ])

  static let callLayouts: [(String, CallLayout, Double, Bool)] = [
    ("classic", .classic, 1, false),
    ("ccsim", .ccsim(), 1e-6, true),
    (
      "ccsim from 07:30", .ccsim(date: LocalTime(year: 2024, month: 3, day: 4), start: 27_000),
      1e-6, true
    ),
    ("mapped", .mapped(mapping), 1e-3, true),
    ("mapped with a date", .mapped(mappingWithDate), 1e-3, false),
  ]

  @Test(arguments: 0..<callLayouts.count)
  func callsReadBackAsWritten(_ index: Int) throws {
    let (name, layout, unit, full) = Self.callLayouts[index]
    let written = HistorySamples.calls(300, unit: unit, full: full)
    let text = layout.write(written)
    let read = try layout.read(text, file: "\(name).csv")
    #expect(read.count == written.count, "\(name)")
    for (a, b) in zip(written, read) {
      let differences = HistorySamples.differences(a, b, unit / 2 + 1e-5)
      #expect(differences.isEmpty, "\(name): \(differences) differ in \(a) and \(b)")
    }
  }

  static let intervalLayouts: [(String, IntervalLayout, Double, Set<String>)] = [
    ("genesys", .genesys(utcOffsetSeconds: 3600), 900, ["handled", "averageHandleTime"]),
    (
      "genesys west", .genesys(utcOffsetSeconds: -5 * 3600), 1800, ["handled", "averageHandleTime"]
    ),
    ("iex", .iex, 900, ["handled", "abandoned", "averageHandleTime", "agents"]),
    ("iex half hours", .iex, 1800, ["handled"]),
    // Intervals shorter than the 15 minutes taken when a file says nothing.
    ("genesys five minutes", .genesys(), 300, ["handled"]),
    ("calabrio", .calabrio, 900, ["averageHandleTime", "averageWrapUp", "agents"]),
  ]

  @Test(arguments: 0..<intervalLayouts.count)
  func intervalsReadBackAsWritten(_ index: Int) throws {
    let (name, layout, length, fields) = Self.intervalLayouts[index]
    let written = HistorySamples.intervals(length: length, fields: fields)
    let text = layout.write(written)
    let read = try layout.read(text, file: "\(name).csv")
    #expect(read.count == written.count, "\(name)")
    for (a, b) in zip(written, read) {
      let differences = HistorySamples.differences(a, b, 1e-6)
      #expect(differences.isEmpty, "\(name): \(differences) differ in \(a) and \(b)")
    }
  }

  @Test func layoutsAreDetectedFromTheirFirstLine() {
    let calls = HistorySamples.calls(3, unit: 1, full: false)
    let first = { (text: String) in String(text.prefix { $0 != "\n" }) }
    #expect(CallLayout.detect(header: first(CallLayout.classic.write(calls))) == .classic)
    #expect(CallLayout.detect(header: first(CallLayout.ccsim().write(calls))) == .ccsim())
    #expect(CallLayout.detect(header: "queue,start,talk") == nil)
    let intervals = HistorySamples.intervals(length: 900, fields: ["handled"])
    for layout in [IntervalLayout.genesys(), .iex, .calabrio] {
      #expect(IntervalLayout.detect(firstLine: first(layout.write(intervals))) == layout)
    }
    #expect(IntervalLayout.detect(firstLine: "Interval,Offered") == nil)
  }

  @Test func utcOffsetsAreRead() {
    #expect(IntervalLayout.utcOffset("+01:00") == 3600)
    #expect(IntervalLayout.utcOffset("-05:30") == -19_800)
    #expect(IntervalLayout.utcOffset("+0100") == 3600)
    #expect(IntervalLayout.utcOffset("Z") == 0)
    #expect(IntervalLayout.utcOffset("01:00") == nil)
    #expect(IntervalLayout.utcOffset("+1:00") == nil)
    #expect(IntervalLayout.utcOffset("+19:00") == nil)
  }
}

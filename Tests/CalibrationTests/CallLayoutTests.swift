import Testing

@testable import Calibration

/// ccsim's own calls.csv read on a date with the run's start found from its clock, and mapped
/// files with moments, clocks, durations and outcome words.
@Suite struct CallLayoutTests {
  static func message(_ layout: CallLayout, _ text: String) -> String? {
    do {
      _ = try layout.read(text, file: "calls.csv")
      return nil
    } catch {
      return error.description
    }
  }

  /// Rows as `ccsim run scenarios/quickstart.json --out DIR --calls` writes them (a run from
  /// 08:00): handled, abandoned, an unresolved call, an outbound call, a transfer leg, an IVR
  /// hang-up on a line whose name ccsim guarded with a quote, and a row of replication 2.
  static let ccsim = """
    replication,call,direction,line,callType,ivrBranch,scin,redial,transferLeg,queue,team,agent,arrivedClock,arrivedSeconds,queuedSeconds,answeredSeconds,endedSeconds,waitSeconds,offeredAtOnce,talkSeconds,holdSeconds,acwSeconds,redirectedOnNoAnswer,outcome,bogusCallerForm,end
    1,1,inbound,client,client-enquiry,,,false,false,gich,gich,gich/1/2,08:01,109.796814,109.796814,109.796814,299.171419,0,true,114.906251,0,74.468354,0,Call Resolved,false,handled
    1,80,inbound,employer,employer-enquiry,,,false,false,employer,,,08:29,1787.81632,1787.81632,,1812.053712,24.237392,false,0,0,0,0,,false,abandoned
    1,2301,inbound,employer,employer-enquiry,,,false,false,employer,employer,employer/1/1,17:59,35970.875317,35970.875317,35970.875317,36000,0,true,29.124683,0,0,0,,false,unresolved
    1,2302,outbound,employer,,,,false,false,,employer,employer/1/1,09:00,3600,,3600,3700,,,100,0,0,0,,false,handled
    1,2303,inbound,client,client-enquiry,,,false,true,gich,gich,gich/1/2,09:00,3601,3601,3602,3700,1,false,98,0,0,0,,false,handled
    1,2304,inbound,'-line,,,,false,false,,,,d2 08:00,86400,,,86430,,,0,0,0,0,,false,ivrHangUp
    2,1,inbound,client,client-enquiry,,,false,false,gich,gich,gich/1/2,08:01,100,100,100,299,0,true,114,0,74,0,Call Resolved,false,handled
    """

  @Test func ccsimCallsAreReadOnTheirDateFromTheRunsStart() throws {
    let date = LocalTime(year: 2024, month: 3, day: 4)
    let records = try CallLayout.ccsim(date: date).read(Self.ccsim, file: "calls.csv")
    let at = { (seconds: Double) in LocalTime(seconds: date.seconds + 28_800 + seconds) }
    #expect(records.count == 3)
    #expect(
      records[0]
        == CallRecord(
          queue: "gich", arrival: at(109.796814), queued: at(109.796814),
          answered: at(109.796814), outcome: .answered, talk: 114.906251, hold: 0,
          wrapUp: 74.468354, agent: "gich/1/2", ringOuts: 0))
    #expect(
      records[1]
        == CallRecord(
          queue: "employer", arrival: at(1787.81632), queued: at(1787.81632),
          abandoned: at(1812.053712), outcome: .abandoned, ringOuts: 0))
    #expect(
      records[2]
        == CallRecord(queue: "-line", arrival: at(86_400), outcome: .ivrHangUp, ringOuts: 0))
    // A start given is taken as it is.
    let early = try CallLayout.ccsim(date: date, start: 0).read(Self.ccsim, file: "calls.csv")
    #expect(early[0].arrival.seconds == date.seconds + 109.796814)
  }

  @Test func ccsimProblemsSayWhere() {
    let wrongClock = Self.ccsim.replacing("08:29,1787.81632", with: "09:29,1787.81632")
    #expect(
      Self.message(.ccsim(), wrongClock)
        == #"calls.csv:3:13 (column "arrivedClock"): "09:29" does not agree with arrivedSeconds 1787.81632 and the rows before: give the run's start clock"#
    )
    let bad = Self.ccsim.replacing(",abandoned\n", with: ",abandonned\n")
      .replacing("08:01,109.796814", with: "8h01,109.796814")
    #expect(
      Self.message(.ccsim(), bad) == """
        calls.csv:2:13 (column "arrivedClock"): "8h01" is not a clock HH:MM or dN HH:MM
        calls.csv:3:26 (column "end"): "abandonned" is not an end (did you mean "abandoned"?)
        """)
    #expect(
      Self.message(.ccsim(), "replication,call,line\n1,1,client\n")?.hasPrefix(
        #"calls.csv:1: no column "direction""#) == true)
  }

  static let mapping = try! ColumnMapping(
    pairs: [
      "queue=Skill", "arrival=\"Call Start\"", "answered=Answer", "talk=Talk", "outcome=Result",
    ],
    outcomePairs: ["answered=Handled", "abandoned=Abandon"])

  @Test func mappedFilesReadMomentsDurationsAndOutcomeWords() throws {
    let text = """
      Call Start,Skill,Answer,Talk,Result,Other
      2024-03-04T08:15:03,client,2024-03-04 08:15:20.5,6:12,Handled,x
      2024-03-04 08:16,client,,,abandon,y
      2024-03-04 08:17:00,"client, VIP",,,IVR,z
      """
    let records = try CallLayout.mapped(Self.mapping).read(text, file: "m.csv")
    let at = { (h: Int, m: Int, s: Double) in
      LocalTime(year: 2024, month: 3, day: 4, secondsOfDay: Double(h * 3600 + m * 60) + s)
    }
    #expect(
      records == [
        CallRecord(
          queue: "client", arrival: at(8, 15, 3), answered: at(8, 15, 20.5), outcome: .answered,
          talk: 372),
        CallRecord(queue: "client", arrival: at(8, 16, 0), outcome: .abandoned),
        CallRecord(queue: "client, VIP", arrival: at(8, 17, 0), outcome: .ivrHangUp),
      ])
    let withDate = try ColumnMapping(pairs: ["queue=q", "date=d", "arrival=a", "abandoned=x"])
    let clocks = "d,q,a,x\n03/04/2024,client,8:15,08:16:30.25\n2024-03-05,client,23:59:59,\n"
    #expect(
      try CallLayout.mapped(withDate).read(clocks, file: "m.csv") == [
        CallRecord(
          queue: "client", arrival: at(8, 15, 0), abandoned: at(8, 16, 30.25), outcome: .abandoned
        ),
        CallRecord(queue: "client", arrival: at(47, 59, 59), outcome: .ivrHangUp),
      ])
  }

  @Test func mappedProblemsSayWhere() {
    let text = """
      Call Start,Skill,Answer,Talk,Result
      2024-03-04T08:15:03,client,2024-03-04 08:10:00,5,Handled
      2024-03-04T08:15:03,client,,-5,Handled
      2024-02-30 08:15,client,,1:75,Hung up
      ,,,,
      """
    #expect(
      Self.message(.mapped(Self.mapping), text) == """
        calls.csv:2:3 (column "Answer"): answered before arrival (Call Start)
        calls.csv:3:4 (column "Talk"): "-5" is negative
        calls.csv:4:1 (column "Call Start"): "2024-02-30 08:15" is not a day of the calendar (2024-02-30)
        calls.csv:4:4 (column "Talk"): "1:75" is not a duration (seconds, H:MM:SS or M:SS)
        calls.csv:4:5 (column "Result"): "Hung up" is not an outcome (one of: abandon, abandoned, answered, handled, ivr)
        calls.csv:5:1 (column "Call Start"): is empty
        calls.csv:5:2 (column "Skill"): is empty
        calls.csv:5:5 (column "Result"): is empty
        """)
  }

  @Test func mappingsRefuseUnknownFieldsAndOutcomes() {
    do {
      _ = try ColumnMapping(
        pairs: ["queue=Skill", "arival=Start", "talk", "queue=Other"],
        outcomePairs: ["handled=Done"])
      Issue.record("accepted a bad mapping")
    } catch {
      #expect(
        error.description == """
          --map: unknown field "arival" (did you mean "arrival"?)
          --map: "talk" is not field=Column
          --map: queue is mapped twice
          --outcome: "handled=Done" is not outcome=Word with an outcome answered, abandoned or ivr
          """)
    }
    #expect(throws: HistoryError.self) { try ColumnMapping(pairs: ["queue=Skill"]) }
  }
}

import ContactCentre
import SimKernel

/// Renders one row per call, replication by replication in the order the calls ended: who rang
/// (line, call type, IVR branch, SCIN as the casegroup number), where it waited and who took it,
/// its times in seconds from the start of the run (and the clock time it rang), wait, whether
/// it was offered to an agent at once on entering the queue, talk, hold
/// (a warm transfer's, by the transferring agent), ACW, RONAs, the outcome it closed with (and
/// whether it produced a bogus caller form, CMSF5550) and how it left: handled, unfinished
/// (answered, its wrap-up not done at the end), abandoned, IVR hang-up or unresolved (times so
/// far). Outbound calls are rows too, with the SCIN of the casegroup they are for.
///
/// A row is written as bytes, call by call as the run goes (`row(_:replication:number:at:)`):
/// the scenario's names are made into fields once, so the file costs no memory and little time
/// however many calls it has.
public struct CallsCSV: Sendable {
  static let header = [
    "replication", "call", "direction", "line", "callType", "ivrBranch", "scin", "redial",
    "transferLeg", "queue", "team", "agent", "arrivedClock", "arrivedSeconds", "queuedSeconds",
    "answeredSeconds", "endedSeconds", "waitSeconds", "offeredAtOnce", "talkSeconds", "holdSeconds",
    "acwSeconds",
    "redirectedOnNoAnswer", "outcome", "bogusCallerForm", "end",
  ]

  /// The header line, with its line break.
  public static let headerLine = header.joined(separator: ",") + "\n"

  /// The fields of the scenario's names, by index, as the file holds them: neutralised (the
  /// scenario's names, never ccsim's own words and numbers) and escaped.
  private let names: FieldTable
  private let startOfDay: Int64
  /// The most bytes a row can take.
  public let maxRowBytes: Int

  /// The rows of `configuration`'s calls.
  public init(_ configuration: CentreConfiguration) {
    let vocabulary = configuration.vocabulary
    let kinds: [[String]] = [
      configuration.lines.map(\.id), configuration.callTypes.map(\.id),
      vocabulary.ivrBranches.map(\.name), configuration.queues.map(\.id),
      configuration.teams.map(\.id), configuration.roster.map(configuration.agentLabel),
      vocabulary.outcomes.map(\.name),
    ]
    let words = Self.words.map { Array($0.utf8) }
    names = FieldTable(kinds.map { $0.map { CSVBytes.field(CSVField.text($0)) } } + [words])
    startOfDay = configuration.startOfDay.microseconds
    // 25 fields of at most 32 bytes (a number, a clock, ccsim's own words), plus the longest
    // of each kind of name, plus what a short name's copy writes past its end.
    maxRowBytes = Self.header.count * 32 + names.longest + CSVBytes.shortField
  }

  /// The kinds of name in `names`, in order.
  private static let line = 0
  private static let callType = 1
  private static let branch = 2
  private static let queue = 3
  private static let team = 4
  private static let agent = 5
  private static let outcome = 6
  /// ccsim's own words, as they are.
  private static let word = 7
  private static let words = [
    CallRecord.Direction.inbound.rawValue, CallRecord.Direction.outbound.rawValue, "false", "true",
    CallRecord.End.handled.rawValue, CallRecord.End.unfinished.rawValue,
    CallRecord.End.abandoned.rawValue, CallRecord.End.ivrHangUp.rawValue,
    CallRecord.End.unresolved.rawValue, CallRecord.End.blocked.rawValue,
    CallRecord.End.queueFull.rawValue,
  ]

  /// Writes the row of `call`, the `number`th (from 1) of replication `replication` (from 0),
  /// with its line break, at `start`, which has room for `maxRowBytes`: returns the bytes
  /// written.
  public func row(
    _ call: CallRecord, replication: Int, number: Int, at start: UnsafeMutablePointer<UInt8>
  ) -> Int {
    var out = CSVBytes(at: start)
    let comma = UInt8(ascii: ",")
    out.append(integer: replication + 1)
    out.append(comma)
    out.append(integer: number)
    out.append(comma)
    names.append(Self.word, call.direction == .inbound ? 0 : 1, to: &out)
    out.append(comma)
    if call.line >= 0 { names.append(Self.line, call.line, to: &out) }
    out.append(comma)
    names.append(Self.callType, call.callType, to: &out)
    out.append(comma)
    if let branch = call.branch { names.append(Self.branch, branch.index, to: &out) }
    out.append(comma)
    if call.scin >= 0 { out.append(integer: call.scin) }
    out.append(comma)
    names.append(Self.word, call.isRedial ? 3 : 2, to: &out)
    out.append(comma)
    names.append(Self.word, call.isTransferLeg ? 3 : 2, to: &out)
    out.append(comma)
    if call.queue >= 0 { names.append(Self.queue, call.queue, to: &out) }
    out.append(comma)
    if call.team >= 0 { names.append(Self.team, call.team, to: &out) }
    out.append(comma)
    if call.agent >= 0 { names.append(Self.agent, call.agent, to: &out) }
    out.append(comma)
    out.append(clockMicroseconds: startOfDay + call.arrived.microseconds)
    var last = LastTime(start: start)
    Self.seconds(call.arrived.microseconds, to: &out, after: &last)
    Self.seconds(call.queued?.microseconds, to: &out, after: &last)
    Self.seconds(call.answered?.microseconds, to: &out, after: &last)
    Self.seconds(call.ended.microseconds, to: &out, after: &last)
    Self.seconds(call.wait?.microseconds, to: &out, after: &last)
    out.append(comma)
    if call.queued != nil { names.append(Self.word, call.offeredAtOnce ? 3 : 2, to: &out) }
    Self.seconds(call.talk.microseconds, to: &out, after: &last)
    Self.seconds(call.hold.microseconds, to: &out, after: &last)
    Self.seconds(call.acw.microseconds, to: &out, after: &last)
    out.append(comma)
    out.append(integer: call.redirectedOnNoAnswer)
    out.append(comma)
    if let outcome = call.outcome { names.append(Self.outcome, outcome.index, to: &out) }
    out.append(comma)
    names.append(Self.word, call.bogusCallerForm ? 3 : 2, to: &out)
    out.append(comma)
    names.append(Self.word, Self.wordOfEnd(call.end), to: &out)
    out.append(UInt8(ascii: "\n"))
    return out.end - start
  }

  /// The time field written last in a row: its value and bytes.
  private struct LastTime {
    var microseconds = Int64.min
    var start: UnsafeMutablePointer<UInt8>
    var count = 0
  }

  /// Writes a comma and `microseconds` (if any) as seconds; a time equal to the one written
  /// before it (queued at arrival, answered on queueing, no wait, no hold) as a copy of its
  /// bytes.
  @inline(__always)
  private static func seconds(
    _ microseconds: Int64?, to out: inout CSVBytes, after last: inout LastTime
  ) {
    out.append(UInt8(ascii: ","))
    guard let microseconds else { return }
    if microseconds == last.microseconds {
      out.append(last.start, count: last.count)
    } else {
      last.start = out.end
      out.append(microseconds: microseconds)
      last.microseconds = microseconds
      last.count = out.end - last.start
    }
  }

  /// Where `end` is in `words`.
  private static func wordOfEnd(_ end: CallRecord.End) -> Int {
    switch end {
    case .handled: 4
    case .unfinished: 5
    case .abandoned: 6
    case .ivrHangUp: 7
    case .unresolved: 8
    case .blocked: 9
    case .queueFull: 10
    }
  }

  /// The rows of every call `summary`'s replications kept (`RunStatistics.calls`), with a
  /// header: the file as `ccsim run --out DIR --calls` writes it.
  public static func render(_ summary: RunSummary) -> String {
    let rows = CallsCSV(summary.configuration)
    var bytes = Array(headerLine.utf8)
    let room = UnsafeMutablePointer<UInt8>.allocate(capacity: rows.maxRowBytes)
    defer { room.deallocate() }
    for run in summary.runs {
      for (index, call) in run.calls.enumerated() {
        let count = rows.row(call, replication: run.replication, number: index + 1, at: room)
        bytes.append(contentsOf: UnsafeBufferPointer(start: room, count: count))
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

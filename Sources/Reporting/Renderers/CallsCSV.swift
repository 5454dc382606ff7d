import ContactCentre
import SimKernel

/// Renders one row per call, replication by replication in the order the calls ended: who rang
/// (line, call type, IVR branch, SCIN as the casegroup number), where it waited and who took it,
/// its times in seconds from the start of the run (and the clock time it rang), wait, talk, hold
/// (a warm transfer's, by the transferring agent), ACW, RONAs, the outcome it closed with (and
/// whether it produced a bogus caller form, CMSF5550) and how it left: handled, unfinished
/// (answered, its wrap-up not done at the end), abandoned, IVR hang-up or unresolved (times so
/// far). Outbound calls are rows too.
///
/// A row is written as bytes, call by call as the run goes (`row(_:replication:number:at:)`):
/// the scenario's names are made into fields once, so the file costs no memory and little time
/// however many calls it has.
public struct CallsCSV: Sendable {
  static let header = [
    "replication", "call", "direction", "line", "callType", "ivrBranch", "scin", "redial",
    "transferLeg", "queue", "team", "agent", "arrivedClock", "arrivedSeconds", "queuedSeconds",
    "answeredSeconds", "endedSeconds", "waitSeconds", "talkSeconds", "holdSeconds", "acwSeconds",
    "redirectedOnNoAnswer", "outcome", "bogusCallerForm", "end",
  ]

  /// The header line, with its line break.
  public static let headerLine = header.joined(separator: ",") + "\n"

  /// The fields of the scenario's names, by index, as the file holds them: neutralised (the
  /// scenario's names, never ccsim's own words and numbers) and escaped.
  private let lines: [[UInt8]]
  private let callTypes: [[UInt8]]
  private let branches: [[UInt8]]
  private let queues: [[UInt8]]
  private let teams: [[UInt8]]
  private let agents: [[UInt8]]
  private let outcomes: [[UInt8]]
  private let startOfDay: Int64
  /// The most bytes a row can take.
  public let maxRowBytes: Int

  /// The rows of `configuration`'s calls.
  public init(_ configuration: CentreConfiguration) {
    let vocabulary = configuration.vocabulary
    func fields(_ names: [String]) -> [[UInt8]] {
      names.map { CSVBytes.field(CSVField.text($0)) }
    }
    lines = fields(configuration.lines.map(\.id))
    callTypes = fields(configuration.callTypes.map(\.id))
    branches = fields(vocabulary.ivrBranches.map(\.name))
    queues = fields(configuration.queues.map(\.id))
    teams = fields(configuration.teams.map(\.id))
    agents = fields(configuration.roster.map(configuration.agentLabel))
    outcomes = fields(vocabulary.outcomes.map(\.name))
    startOfDay = configuration.startOfDay.microseconds
    // 25 fields of at most 32 bytes (a number, a clock, ccsim's own words), plus the longest
    // of each kind of name.
    let names = [lines, callTypes, branches, queues, teams, agents, outcomes].reduce(0) {
      $0 + ($1.map(\.count).max() ?? 0)
    }
    maxRowBytes = Self.header.count * 32 + names
  }

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
    out.next(call.direction == .inbound ? Self.inbound : Self.outbound)
    out.next(call.line >= 0 ? lines[call.line] : [])
    out.next(callTypes[call.callType])
    out.next(call.branch.map { branches[$0.index] } ?? [])
    out.append(comma)
    if call.scin >= 0 { out.append(integer: call.scin) }
    out.next(call.isRedial ? Self.true : Self.false)
    out.next(call.isTransferLeg ? Self.true : Self.false)
    out.next(call.queue >= 0 ? queues[call.queue] : [])
    out.next(call.team >= 0 ? teams[call.team] : [])
    out.next(call.agent >= 0 ? agents[call.agent] : [])
    out.append(comma)
    out.append(clockMicroseconds: startOfDay + call.arrived.microseconds)
    func seconds(_ microseconds: Int64?) {
      out.append(comma)
      if let microseconds { out.append(microseconds: microseconds) }
    }
    seconds(call.arrived.microseconds)
    seconds(call.queued?.microseconds)
    seconds(call.answered?.microseconds)
    seconds(call.ended.microseconds)
    seconds(call.wait?.microseconds)
    seconds(call.talk.microseconds)
    seconds(call.hold.microseconds)
    seconds(call.acw.microseconds)
    out.append(comma)
    out.append(integer: call.redirectedOnNoAnswer)
    out.next(call.outcome.map { outcomes[$0.index] } ?? [])
    out.next(call.bogusCallerForm ? Self.true : Self.false)
    out.next(Self.end(call.end))
    out.append(UInt8(ascii: "\n"))
    return out.end - start
  }

  private static let inbound = Array(CallRecord.Direction.inbound.rawValue.utf8)
  private static let outbound = Array(CallRecord.Direction.outbound.rawValue.utf8)
  private static let `true` = Array("true".utf8)
  private static let `false` = Array("false".utf8)
  private static let handled = Array(CallRecord.End.handled.rawValue.utf8)
  private static let unfinished = Array(CallRecord.End.unfinished.rawValue.utf8)
  private static let abandoned = Array(CallRecord.End.abandoned.rawValue.utf8)
  private static let ivrHangUp = Array(CallRecord.End.ivrHangUp.rawValue.utf8)
  private static let unresolved = Array(CallRecord.End.unresolved.rawValue.utf8)

  private static func end(_ end: CallRecord.End) -> [UInt8] {
    switch end {
    case .handled: handled
    case .unfinished: unfinished
    case .abandoned: abandoned
    case .ivrHangUp: ivrHangUp
    case .unresolved: unresolved
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

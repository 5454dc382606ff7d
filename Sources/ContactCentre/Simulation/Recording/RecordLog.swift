import SimKernel

/// The logs of a replication, each kept only when asked for: every call as it left the centre
/// (`calls.csv`: kept, or handed on as it ends, `callRecords`), the changes of agents' states
/// the report needs, and the trace of every event and change.
///
/// Of the changes of state, only what does not grow with the length of the run is kept: every
/// replication's longest ACW spells and the first replication's CC Pulse counts at each
/// interval end (`digest`), and the first replication's changes in the report's window
/// (`StateChange.keptWindow`, the timeline and the replay's tiles).
///
/// Changes come in time order, one per change: a call that nothing can interrupt announces
/// when its agent will answer and stop talking (`expect`), and those changes are written when
/// the clock reaches them — before anything later is written.
struct RecordLog: ~Copyable {
  /// A change of state known ahead: due at `time`, in the order announced.
  struct Expected: HeapElement {
    var time: Int64
    var sequence: UInt64
    var agent: Int32
    var state: AgentState

    @inline(__always) func precedes(_ other: Expected) -> Bool {
      time < other.time || (time == other.time && sequence < other.sequence)
    }

    static func markEnd(_ slot: UnsafeMutablePointer<Expected>) {
      slot.pointee.time = .max
      slot.pointee.sequence = .max
    }
  }

  let keepsCalls: Bool
  /// Receives every call as it leaves the centre, in that order (`calls.csv` written as the
  /// run goes): nothing is kept for it.
  let callRecords: (any CallRecordSink)?
  /// Whether calls are recorded at all (kept, or handed on).
  let recordsCalls: Bool
  /// Whether incidents raised with AAC are kept (`incidents.csv`): with any log of calls or
  /// states, the detail of `--out`.
  let keepsIncidents: Bool
  let keepsStates: Bool
  /// Whether the changes in the window and the counts at interval ends are kept (the first
  /// replication's, with `keepsStates`).
  let keepsStateList: Bool
  /// Changes after this are not kept in `stateChanges`.
  let keptUntil: SimInstant
  let trace: ((TraceRecord) -> Void)?
  /// Whether changes of state are logged at all (kept, or traced).
  let logsStates: Bool
  /// The limit that cut a call's wrap-up, for its record.
  let acwLimit: SimDuration
  /// The state-time bucket of time off shift (`StateTimes`).
  let offShiftBucket: Int
  var calls: [CallRecord] = []
  /// The changes of state up to `keptUntil`, in time order.
  var stateChanges: [StateChange] = []
  /// The bucket each agent last entered; each agent's longest spell of ACW, with
  /// `keepsStates`; CC Pulse's counts at every interval end, with `keepsStateList`.
  var digest: StateChangeDigest
  private var expected = Heap<Expected>(capacity: 16)
  private var announced: UInt64 = 0

  /// `states` asks for what the report needs of the changes of state, `stateList` (with it)
  /// for the list of changes and the counts at interval ends of `configuration` too.
  init(
    _ configuration: CentreConfiguration, agents: Int, calls: Bool,
    callRecords: (any CallRecordSink)? = nil, states: Bool, stateList: Bool,
    trace: ((TraceRecord) -> Void)?, offShift: Int
  ) {
    keepsCalls = calls
    self.callRecords = callRecords
    recordsCalls = calls || callRecords != nil
    keepsIncidents = recordsCalls || states
    keepsStates = states
    keepsStateList = states && stateList
    keptUntil = SimInstant(since: min(configuration.duration, StateChange.keptWindow))
    self.trace = trace
    logsStates = states || trace != nil
    acwLimit = configuration.rules.acwLimit
    offShiftBucket = offShift
    // Every agent starts off shift.
    digest = StateChangeDigest(
      configuration, agents: logsStates ? agents : 0, offShift: offShift, folds: states,
      pulseCounts: keepsStateList)
  }

  /// Traces `event`, due now (changes due by now first).
  @inline(__always)
  mutating func event(_ event: CentreEvent, at now: SimInstant) {
    guard let trace else { return }
    flush(through: now)
    trace(event.traceRecord(at: now))
  }

  /// Logs the state `agent` shows now in `activity`, unless that is how it was logged last.
  mutating func change(agent: Int, to activity: AgentActivity, at now: SimInstant) {
    flush(through: now)
    let (state, reason) = activity.state(at: now)
    let bucket = activity.isOffShift ? offShiftBucket : StateTimes.bucket(state, reason)
    write(agent: agent, state: state, reason: reason, bucket: bucket, at: now)
  }

  /// Announces that `agent` will be in `state` at `time`, with nothing to happen in between
  /// (a call nothing can interrupt: its answer, the end of its talk).
  mutating func expect(agent: Int, state: AgentState, at time: SimInstant) {
    expected.insert(
      Expected(time: time.microseconds, sequence: announced, agent: Int32(agent), state: state))
    announced &+= 1
  }

  /// Writes the announced changes due by `now`, in time order.
  @inline(__always)
  mutating func flush(through now: SimInstant) {
    if !expected.isEmpty { flushExpected(through: now) }
  }

  private mutating func flushExpected(through now: SimInstant) {
    while let next = expected.first, next.time <= now.microseconds {
      expected.removeFirst()
      write(
        agent: Int(next.agent), state: next.state, reason: nil,
        bucket: StateTimes.bucket(next.state, nil), at: SimInstant(microseconds: next.time))
    }
  }

  private mutating func write(
    agent: Int, state: AgentState, reason: NotReadyReason?, bucket: Int, at time: SimInstant
  ) {
    guard digest.enters(agent: agent, bucket: bucket) else { return }
    let onShift = bucket != offShiftBucket
    if keepsStates {
      digest.fold(agent: agent, state: state, onShift: onShift, at: time)
      if keepsStateList && time <= keptUntil {
        stateChanges.append(
          StateChange(time: time, agent: agent, state: state, reason: reason, onShift: onShift))
      }
    }
    trace?(
      TraceRecord(
        time: time, kind: "state", subject: agent, state: state, reason: reason,
        onShift: onShift))
  }

  /// Records an inbound call as it leaves the centre (or the agent's hands, or as the run ends),
  /// when asked for: `hold` is a warm transfer's hold and consult, `acw` the wrap-up of an
  /// unfinished call so far (a handled call's is its ACW as cut).
  @inline(__always)
  mutating func keepCall(
    _ call: borrowing Call, agent: Int, team: Int, answered: SimInstant?, ended: SimInstant,
    end: CallRecord.End, queued: Bool = true, bogusCallerForm: Bool = false,
    hold: SimDuration = .zero, acw: SimDuration = .zero
  ) {
    guard recordsCalls else { return }
    guard call.counted else { return }
    appendRecord(
      call, agent: agent, team: team, answered: answered, ended: ended, end: end, queued: queued,
      bogusCallerForm: bogusCallerForm, hold: hold, acw: acw)
  }

  private mutating func appendRecord(
    _ call: borrowing Call, agent: Int, team: Int, answered: SimInstant?, ended: SimInstant,
    end: CallRecord.End, queued: Bool, bogusCallerForm: Bool, hold: SimDuration,
    acw: SimDuration
  ) {
    var talk = SimDuration.zero
    var wrapUp = SimDuration.zero
    switch end {
    case .handled:
      talk = call.talk
      wrapUp = min(call.acw, acwLimit)
    case .unfinished:
      talk = call.talk
      wrapUp = acw
    case .unresolved:
      talk = answered.map { ended - $0 } ?? .zero
    case .abandoned, .ivrHangUp, .blocked, .queueFull:
      break
    }
    let closed = end == .handled || end == .unfinished
    record(
      CallRecord(
        direction: .inbound, line: Int(call.line), callType: Int(call.callType),
        branch: call.branch >= 0 ? IVRBranch.Kind(Int(call.branch)) : nil,
        scin: Int(call.casegroup), isRedial: call.isRedial, isTransferLeg: call.isTransferLeg,
        queue: queued ? Int(call.plan) : -1, agent: agent, team: team, arrived: call.arrivedAt,
        queued: queued ? call.queuedAt : nil, answered: answered, ended: ended, talk: talk,
        hold: hold, acw: wrapUp, redirectedOnNoAnswer: Int(call.ronas),
        outcome: closed ? call.outcome : nil, bogusCallerForm: bogusCallerForm, end: end,
        offeredAtOnce: queued ? call.offeredAtOnce : false))
  }

  /// Records an outbound call, when asked for: once its wrap-up is done (`handled`), or as the
  /// run ends with the agent still on it (`unresolved` while dialling or talking, `unfinished`
  /// in the wrap-up; times so far).
  mutating func keepOutboundCall(
    _ item: OutboundItem, connected: Bool, agent: Int, team: Int, ended: SimInstant,
    end: CallRecord.End, bogusCallerForm: Bool = false
  ) {
    guard recordsCalls else { return }
    let talk = min(item.talkEnd, ended) - item.dialledAt
    let acw =
      end == .handled ? min(item.acw, acwLimit) : max(.zero, ended - item.talkEnd)
    record(
      CallRecord(
        direction: .outbound, line: -1, callType: Int(item.callType), branch: nil,
        scin: Int(item.casegroup),
        isRedial: false, isTransferLeg: false, queue: -1, agent: agent, team: team,
        arrived: item.dialledAt, queued: nil,
        answered: connected ? item.dialledAt : nil, ended: ended,
        talk: talk, hold: .zero, acw: acw, redirectedOnNoAnswer: 0,
        outcome: end == .unresolved ? nil : item.outcome, bogusCallerForm: bogusCallerForm,
        end: end))
  }

  /// Keeps `call`, or hands it on, as asked.
  private mutating func record(_ call: CallRecord) {
    if keepsCalls { calls.append(call) }
    callRecords?.record(call)
  }
}

@available(*, unavailable)
extension RecordLog: Sendable {}

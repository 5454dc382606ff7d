import ContactCentre
import SimKernel

/// One agent in the agent view: who, in what state and for how long, and their day so far.
public struct PulseAgentRow: Sendable, Equatable {
  /// The roster slot and the team (indices).
  public var agent: Int
  public var team: Int
  /// The staff number, if the roster gives one.
  public var staffNumber: String?
  /// The name, else the team and the agent's place on its roster ("gich 3").
  public var name: String
  public var state: AgentState
  public var reason: NotReadyReason?
  /// The reason's name in the centre's vocabulary, when NotReady.
  public var reasonName: String?
  /// Now minus the moment the agent entered the state.
  public var timeInState: SimDuration
  /// Inbound calls handled (talk and ACW done) since the start, their mean handle time in
  /// seconds (nil with none), offers let ring out (RONA) and idle logouts.
  public var handled: Int
  public var averageHandleTime: Double?
  public var redirectedOnNoAnswer: Int
  public var autoLogouts: Int
  /// Outbound calls whose work is done.
  public var outboundHandled: Int
  /// The colour of the time in state (ACW or NotReady for too long).
  public var level: PulseLevel

  /// The state as CC Pulse spells it, with the NotReady reason: "NotReady – Lunch".
  public var stateLabel: String {
    switch state {
    case .loggedOut: "LoggedOut"
    case .ready: "Ready"
    case .reserved: "Reserved (ringing)"
    case .talking: "Talking"
    case .afterCallWork: "ACW"
    case .talkingOutbound: "Talking (outbound)"
    case .consulting: "Consulting"
    case .notReady: "NotReady" + (reasonName.map { " – " + $0 } ?? "")
    }
  }

  /// The state in few letters, for a narrow terminal: "NR Lunch", "Reserved", "Talk (out)".
  public var shortStateLabel: String {
    switch state {
    case .notReady: "NR" + (reasonName.map { " " + $0 } ?? "")
    case .reserved: "Reserved"
    case .talkingOutbound: "Talk (out)"
    case .loggedOut, .ready, .talking, .afterCallWork, .consulting: stateLabel
    }
  }

  /// The agent's Pulse column.
  public var group: PulseStateGroup { PulseStateGroup(state) }

  /// The row of `line` at `now`, labelled from the roster.
  init(
    _ line: PulseSnapshot.AgentLine, at now: SimInstant, name: String, staffNumber: String?,
    thresholds: PulseThresholds, vocabulary: Vocabulary
  ) {
    agent = line.agent
    team = line.team
    self.staffNumber = staffNumber
    self.name = name
    state = line.state
    reason = line.state == .notReady ? line.reason : nil
    reasonName = reason.map(vocabulary.name(of:))
    timeInState = max(.zero, now - line.since)
    handled = line.tally.handled
    averageHandleTime = line.tally.averageHandleTime
    redirectedOnNoAnswer = line.tally.redirectedOnNoAnswer
    autoLogouts = line.tally.autoLogouts
    outboundHandled = line.tally.outboundHandled
    level = thresholds.level(
      state: line.state, timeInState: timeInState, reason: reason, vocabulary: vocabulary)
  }
}

import SimKernel

/// Everything a run of the centre needs: the model as the simulation sees it, without JSON.
public struct CentreConfiguration: Sendable, Equatable {
  /// The scenario's name, for reports.
  public var name: String
  /// The master seed.
  public var seed: UInt64
  /// The clock time of t = 0, as time since midnight.
  public var startOfDay: SimDuration
  /// How long the run lasts.
  public var duration: SimDuration
  /// Calls arriving before this are not counted, nor agent time before it.
  public var warmup: SimDuration
  /// The length of a reporting interval.
  public var interval: SimDuration
  /// The service-level threshold: answered within this counts as in service level.
  public var serviceLevelThreshold: SimDuration
  /// The service-level target, for reports (e.g. 0.8).
  public var serviceLevelTarget: Double
  /// Callers who abandon within this are short abandons, outside the service level.
  public var shortAbandon: SimDuration
  /// The centre's timers.
  public var rules: Rules
  /// The numbers callers ring.
  public var lines: [Line]
  /// The kinds of call.
  public var callTypes: [CallType]
  /// The teams of agents.
  public var teams: [Team]
  /// The queues calls wait in, derived from which teams handle which call types.
  public private(set) var queues: [QueueDefinition]

  /// Creates a configuration and derives its queues.
  public init(
    name: String, seed: UInt64 = 1, startOfDay: SimDuration = .zero, duration: SimDuration,
    warmup: SimDuration = .zero, interval: SimDuration = .minutes(15),
    serviceLevelThreshold: SimDuration = .seconds(20), serviceLevelTarget: Double = 0.8,
    shortAbandon: SimDuration = .zero, rules: Rules = .seeds, lines: [Line],
    callTypes: [CallType], teams: [Team]
  ) {
    self.name = name
    self.seed = seed
    self.startOfDay = startOfDay
    self.duration = duration
    self.warmup = warmup
    self.interval = interval
    self.serviceLevelThreshold = serviceLevelThreshold
    self.serviceLevelTarget = serviceLevelTarget
    self.shortAbandon = shortAbandon
    self.rules = rules
    self.lines = lines
    self.callTypes = callTypes
    self.teams = teams
    self.queues = QueueDefinition.derive(callTypes: callTypes, teams: teams)
  }

  /// The number of reporting intervals in the run (the last one may be partial).
  public var intervalCount: Int {
    Int((duration.microseconds + interval.microseconds - 1) / interval.microseconds)
  }

  /// The index of the queue calls of `callType` wait in; nil when no team handles it.
  public func queue(ofCallType callType: Int) -> Int? {
    queues.firstIndex { $0.callTypes.contains(callType) }
  }
}

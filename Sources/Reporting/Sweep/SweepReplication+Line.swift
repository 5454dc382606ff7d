import ContactCentre

/// A replication record as one line of text (`replications.tsv` in a sweep's part), fields
/// separated by tabs:
///
///     point  replication  occupancy  team occupancies  total tally  queue tally…
///
/// An occupancy is the shortest decimal that reads back as the same double, `-` when there is
/// none; team occupancies are separated by commas. A tally is its eighteen counts separated by
/// commas, in the order of `tallyFields`. Every figure reads back exactly, so results rebuilt
/// from the lines are the results of the runs, bit for bit.
extension SweepReplication {
  /// The names of a tally's fields, in the order lines write them (times in microseconds).
  public static let tallyFields =
    counts.map(\.name) + [
      "answeredWaitMicroseconds", "handleTimeMicroseconds", "longestWaitMicroseconds",
    ]

  // Computed: key paths are not Sendable, so they cannot be stored in a static constant.
  private static var counts: [(name: String, field: WritableKeyPath<CallTally, Int>)] {
    [
      ("offered", \.offered), ("answered", \.answered), ("abandoned", \.abandoned),
      ("shortAbandoned", \.shortAbandoned), ("answeredWithinThreshold", \.answeredWithinThreshold),
      ("waited", \.waited), ("notOfferedAtOnce", \.notOfferedAtOnce),
      ("redirectedOnNoAnswer", \.redirectedOnNoAnswer),
      ("transferred", \.transferred), ("redials", \.redials), ("transferLegs", \.transferLegs),
      ("unresolvedAtEnd", \.unresolvedAtEnd), ("handled", \.handled),
      ("abandonedWithinThreshold", \.abandonedWithinThreshold), ("missedAtEnd", \.missedAtEnd),
    ]
  }
  private static var times: [WritableKeyPath<CallTally, Int64>] {
    [\.answeredWait, \.handleTime, \.longestWait]
  }

  /// The record as a line, without the line break.
  public var line: String {
    var fields = [
      String(point), String(replication), Self.text(occupancy),
      teamOccupancy.map(Self.text).joined(separator: ","), Self.text(total),
    ]
    fields += queues.map(Self.text)
    return fields.joined(separator: "\t")
  }

  /// The record a line holds; nil when it is not one.
  public init?(line: Substring) {
    let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
    guard fields.count >= 5, let point = Int(fields[0]), point >= 0,
      let replication = Int(fields[1]), replication >= 0,
      let occupancy = Self.occupancy(fields[2]), let total = Self.tally(fields[4])
    else { return nil }
    var teams: [Double?] = []
    if !fields[3].isEmpty {
      for field in fields[3].split(separator: ",", omittingEmptySubsequences: false) {
        guard let value = Self.occupancy(field) else { return nil }
        teams.append(value)
      }
    }
    var queues: [CallTally] = []
    for field in fields[5...] {
      guard let tally = Self.tally(field) else { return nil }
      queues.append(tally)
    }
    self.init(
      point: point, replication: replication, total: total, occupancy: occupancy,
      queues: queues, teamOccupancy: teams)
  }

  private static func text(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "-" }
    return "\(value)"
  }

  private static func text(_ tally: CallTally) -> String {
    (counts.map { String(tally[keyPath: $0.field]) } + times.map { String(tally[keyPath: $0]) })
      .joined(separator: ",")
  }

  /// An occupancy field: `.some(nil)` for `-`, nil when malformed.
  private static func occupancy(_ field: Substring) -> Double?? {
    if field == "-" { return .some(nil) }
    guard let value = Double(field), value.isFinite else { return nil }
    return .some(value)
  }

  private static func tally(_ field: Substring) -> CallTally? {
    let numbers = field.split(separator: ",", omittingEmptySubsequences: false)
    guard numbers.count == counts.count + times.count else { return nil }
    var tally = CallTally()
    for (index, count) in counts.enumerated() {
      guard let value = Int(numbers[index]), value >= 0 else { return nil }
      tally[keyPath: count.field] = value
    }
    for (index, time) in times.enumerated() {
      guard let value = Int64(numbers[counts.count + index]), value >= 0 else { return nil }
      tally[keyPath: time] = value
    }
    return tally
  }
}

import ContactCentre
import SimKernel

/// Writes the centre at one instant as a snapshot file (docs/snapshot.md, format
/// `ccsim-snapshot` version 1), which `SnapshotLoader` reads back to the same `CentreNow`.
///
/// Keys come in a fixed order; durations are seconds, written as the shortest decimal that
/// reads back as the same double, so that every duration and the instant survive the round trip
/// to the microsecond. Agents, queues and actuals are written in the order `now` holds them.
public enum SnapshotJSON {
  /// The whole document, ending with a newline; `scenario` (the scenario file, for the reader)
  /// is left out when nil.
  public static func document(
    _ now: CentreNow, configuration: CentreConfiguration, scenario: String?
  ) -> String {
    value(now, configuration: configuration, scenario: scenario).rendered() + "\n"
  }

  /// The document as a value, keys in the format's order.
  public static func value(
    _ now: CentreNow, configuration: CentreConfiguration, scenario: String?
  ) -> JSONOutput {
    var members: [(String, JSONOutput)] = [
      ("format", .string("ccsim-snapshot")), ("version", .int(1)),
      ("at", .string(clock(now.time.sinceStart, configuration))),
    ]
    if let scenario { members.append(("scenario", .string(scenario))) }
    members += [
      ("agents", .array(now.agents.map { agent($0, configuration) })),
      ("queues", .array(now.queues.map { queue($0, configuration) })),
      ("actuals", .array(now.actuals.map { actual($0, configuration) })),
    ]
    return .object(members)
  }

  static func agent(_ agent: CentreNow.Agent, _ configuration: CentreConfiguration)
    -> JSONOutput
  {
    var members: [(String, JSONOutput)] = [
      ("agent", .string(configuration.agentName(slot: agent.agent))),
      ("state", .string(agent.state.reportName)),
    ]
    if let reason = agent.reason {
      members.append(("reason", .string(configuration.vocabulary.name(of: reason))))
    }
    if let queue = agent.queue { members.append(("queue", .string(configuration.plans[queue].id))) }
    members.append(("inState", seconds(agent.inState)))
    return .object(members)
  }

  static func queue(_ queue: CentreNow.Queue, _ configuration: CentreConfiguration)
    -> JSONOutput
  {
    .object([
      ("queue", .string(configuration.plans[queue.queue].id)),
      ("waits", .array(queue.waits.map(seconds))),
    ])
  }

  static func actual(_ actual: CentreNow.Actual, _ configuration: CentreConfiguration)
    -> JSONOutput
  {
    var members: [(String, JSONOutput)] = [
      ("queue", .string(configuration.plans[actual.queue].id)),
      ("interval", .string(clock(configuration.interval * Int64(actual.interval), configuration))),
      ("offered", .int(actual.offered)), ("answered", .int(actual.answered)),
      ("abandoned", .int(actual.abandoned)),
      ("answeredWithinThreshold", .int(actual.answeredWithinThreshold)),
      ("handled", .int(actual.handled)),
    ]
    if let handleTime = actual.handleTime { members.append(("handleTime", seconds(handleTime))) }
    if let wait = actual.answeredWait { members.append(("answeredWait", seconds(wait))) }
    return .object(members)
  }

  /// A duration in seconds.
  static func seconds(_ duration: SimDuration) -> JSONOutput { .double(duration.seconds) }

  /// A time since the run's start on the scenario's clock, as the snapshot's reader takes it:
  /// `10:30`, `10:30:15` off the minute, `10:30:15.25` off the second, `d2 08:30` on a later
  /// day.
  static func clock(_ sinceStart: SimDuration, _ configuration: CentreConfiguration) -> String {
    let microseconds = max(0, (configuration.startOfDay + sinceStart).microseconds)
    let seconds = microseconds / 1_000_000
    let fraction = microseconds % 1_000_000
    func pad(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
    var label = pad(seconds % 86_400 / 3600) + ":" + pad(seconds % 3600 / 60)
    if seconds % 60 != 0 || fraction != 0 { label += ":" + pad(seconds % 60) }
    if fraction != 0 {
      var digits = String(fraction)
      digits = String(repeating: "0", count: 6 - digits.count) + digits
      while digits.hasSuffix("0") { digits.removeLast() }
      label += "." + digits
    }
    let day = seconds / 86_400
    return day > 0 ? "d\(day + 1) \(label)" : label
  }
}

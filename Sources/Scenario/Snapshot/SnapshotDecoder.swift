import ContactCentre
import SimKernel

/// Turns a snapshot file's JSON tree into the centre at one instant (`CentreNow`), resolving
/// its names against the scenario and reporting every problem with its JSON path.
struct SnapshotDecoder {
  let diagnostics: Diagnostics
  let configuration: CentreConfiguration

  /// The instant the file is of, as its checks need it.
  struct Instant {
    /// From the start of the run.
    var sinceStart: SimDuration
    /// As messages write it (`10:30`, `d2 08:30`).
    var clock: String
  }

  /// The first place each agent, queue or queue and interval was named, for the error on the
  /// second.
  final class FirstMentions<Key: Hashable> {
    private var paths: [Key: JSONPath] = [:]

    /// Nil the first time `key` is claimed (at `path`), else the path of the first claim.
    func claim(_ key: Key, at path: JSONPath) -> JSONPath? {
      if let first = paths[key] { return first }
      paths[key] = path
      return nil
    }
  }

  /// The snapshot; nil when it has problems (reported).
  func decode(_ root: JSONNode) -> CentreNow? {
    typealias Keys = SnapshotKeys
    guard let reader = ObjectReader(root, at: .root, diagnostics, format: Keys.format) else {
      return nil
    }
    _ = reader.read(Keys.formatKey)
    _ = reader.read(Keys.version)
    _ = reader.read(Keys.scenario)
    // The rest is checked even when `at` has a problem, without the checks that need it.
    let instant = self.instant(reader)
    let agents = reader.read(Keys.agents, with: Parse.array(agent(at: instant, FirstMentions())))
    let queues = reader.read(Keys.queues, with: Parse.array(queue(at: instant, FirstMentions())))
    // Left out, `actuals` is empty (its kind has no parser of its own to read the default).
    let actuals =
      reader.has(Keys.actuals.key)
      ? reader.read(Keys.actuals, with: Parse.array(actual(before: instant, FirstMentions())))
      : []
    guard let instant, let agents, let queues, let actuals else { return nil }
    return CentreNow(
      time: SimInstant(since: instant.sinceStart), agents: agents, queues: queues,
      actuals: actuals)
  }

  /// `at`: after the run's start and before its end.
  func instant(_ reader: ObjectReader) -> Instant? {
    let field = SnapshotKeys.at
    guard let text = reader.read(field), let node = reader.member(field.key) else { return nil }
    let path = reader.path.key(field.key)
    guard let sinceStart = time(text, node, at: path) else { return nil }
    guard sinceStart > .zero, sinceStart < configuration.duration else {
      diagnostics.invalid(
        node, at: path,
        "\(text) is outside the run: a snapshot is taken after its start,"
          + " \(clock(.zero)), and before its end, \(clock(configuration.duration))")
      return nil
    }
    return Instant(sinceStart: sinceStart, clock: clock(sinceStart))
  }

  /// The time from the run's start that the run clock time `text` names (it may be negative:
  /// before the start).
  func time(_ text: String, _ node: JSONNode, at path: JSONPath) -> SimDuration? {
    guard let sinceMidnight = RunClock.sinceMidnight(text) else {
      diagnostics.invalid(
        node, at: path,
        "\"\(VisibleText.prefix(text))\" is not a clock time (\(RunClock.forms))")
      return nil
    }
    return sinceMidnight - configuration.startOfDay
  }

  /// A routing plan (queue) by its id.
  func plan(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics) -> Int? {
    guard let id = Parse.string(node, path, diagnostics) else { return nil }
    let ids = configuration.plans.map(\.id)
    guard let plan = ids.firstIndex(of: id) else {
      diagnostics.report(
        .unknownReference, at: path, node.location,
        "no queue \"\(VisibleText.prefix(id))\" in the scenario"
          + NameHint.reference(for: id, among: ids, diagnostics))
      return nil
    }
    return plan
  }

  /// `duration`, at most the time since the run's start at `instant`: else the error says
  /// `what` is longer than the day has run.
  func check(
    _ duration: SimDuration, _ what: String, ranFor instant: Instant?, _ node: JSONNode,
    at path: JSONPath
  ) -> SimDuration? {
    guard let instant, duration > instant.sinceStart else { return duration }
    diagnostics.invalid(
      node, at: path,
      "\(what)\(Self.seconds(duration)) s is longer than the day has run at \(instant.clock)"
        + " (\(Self.seconds(instant.sinceStart)) s since \(clock(.zero)))")
    return nil
  }

  /// The queues: each once, its waits longest first, none longer than the day has run.
  func queue(at instant: Instant?, _ named: FirstMentions<Int>) -> Parse.Parser<CentreNow.Queue> {
    { node, path, diagnostics in
      typealias Keys = SnapshotQueueKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format) else {
        return nil
      }
      let plan = reader.read(Keys.queue, with: self.plan)
      if let plan, let first = named.claim(plan, at: path) {
        diagnostics.invalid(
          reader.member(Keys.queue.key) ?? node, at: path.key(Keys.queue.key),
          "queue \"\(configuration.plans[plan].id)\" is given twice (also at \(first))")
      }
      let waits = reader.read(
        Keys.waits,
        with: Parse.array { node, path, diagnostics in
          Parse.duration(node, path, diagnostics).flatMap {
            check($0, "a wait of ", ranFor: instant, node, at: path)
          }
        })
      guard let plan, let waits else { return nil }
      return CentreNow.Queue(queue: plan, waits: waits.sorted(by: >))
    }
  }

  /// A time since the run's start on the scenario's clock: `08:00`, `d2 08:00`.
  func clock(_ sinceStart: SimDuration) -> String {
    ForecastTime.clock(Int((configuration.startOfDay + sinceStart).microseconds / 1_000_000))
  }

  /// Seconds as messages write them: `5400`, `252.5`.
  static func seconds(_ duration: SimDuration) -> String {
    let seconds = duration.seconds
    if seconds == seconds.rounded(), abs(seconds) < 1e15 { return String(Int64(seconds)) }
    return "\(seconds)"
  }
}

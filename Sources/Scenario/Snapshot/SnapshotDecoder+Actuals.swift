import ContactCentre
import SimKernel

extension SnapshotDecoder {
  /// The identity of an actuals row: its queue and interval.
  struct ActualKey: Hashable {
    var queue: Int
    var interval: Int
  }

  /// One queue's actuals for one interval: the interval on the scenario's grid and begun
  /// before the instant, the counts consistent, one row per queue and interval.
  func actual(before instant: Instant?, _ named: FirstMentions<ActualKey>)
    -> Parse.Parser<CentreNow.Actual>
  {
    { node, path, diagnostics in
      typealias Keys = SnapshotActualKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format) else {
        return nil
      }
      let queue = reader.read(Keys.queue, with: plan)
      let interval = self.interval(reader, before: instant)
      if let queue, let interval,
        let first = named.claim(ActualKey(queue: queue, interval: interval), at: path)
      {
        diagnostics.invalid(
          node, at: path,
          "a second row for queue \"\(configuration.plans[queue].id)\" and interval"
            + " \(clock(configuration.interval * Int64(interval))) (also at \(first))")
      }
      let offered = reader.read(Keys.offered)
      let answered = reader.read(Keys.answered)
      let abandoned = reader.read(Keys.abandoned)
      let withinThreshold = reader.read(Keys.answeredWithinThreshold)
      let handled = reader.read(Keys.handled)
      let handleTime = reader.read(Keys.handleTime)
      let answeredWait = reader.read(Keys.answeredWait)
      guard let queue, let interval, let offered, let answered, let abandoned,
        let withinThreshold
      else { return nil }
      guard answered + abandoned <= offered else {
        diagnostics.invalid(
          reader.member(Keys.abandoned.key) ?? node, at: path.key(Keys.abandoned.key),
          "answered \(answered) + abandoned \(abandoned) = \(answered + abandoned) is more than"
            + " offered \(offered)")
        return nil
      }
      guard withinThreshold <= answered else {
        diagnostics.invalid(
          reader.member(Keys.answeredWithinThreshold.key) ?? node,
          at: path.key(Keys.answeredWithinThreshold.key),
          "\(withinThreshold) answered within the threshold is more than answered \(answered)")
        return nil
      }
      if reader.has(Keys.handled.key), handled == nil { return nil }
      if reader.has(Keys.handleTime.key), handleTime == nil { return nil }
      if reader.has(Keys.answeredWait.key), answeredWait == nil { return nil }
      return CentreNow.Actual(
        queue: queue, interval: interval, offered: offered, answered: answered,
        abandoned: abandoned, answeredWithinThreshold: withinThreshold,
        handled: handled ?? answered, handleTime: handleTime, answeredWait: answeredWait)
    }
  }

  /// The index of the reporting interval `interval` starts: on the grid, from the run's start
  /// and before `instant`.
  private func interval(_ reader: ObjectReader, before instant: Instant?) -> Int? {
    let field = SnapshotActualKeys.interval
    guard let text = reader.read(field), let node = reader.member(field.key) else { return nil }
    let path = reader.path.key(field.key)
    guard let start = time(text, node, at: path) else { return nil }
    let length = configuration.interval
    guard start >= .zero, start.microseconds % length.microseconds == 0 else {
      diagnostics.invalid(
        node, at: path,
        "\(text) is not the start of a reporting interval: the scenario's intervals are"
          + " \(DurationText.describe(length)) from \(clock(.zero))")
      return nil
    }
    if let instant, start >= instant.sinceStart {
      diagnostics.invalid(
        node, at: path,
        "the interval from \(text) has not begun before the snapshot's instant, \(instant.clock)")
      return nil
    }
    return Int(start.microseconds / length.microseconds)
  }
}

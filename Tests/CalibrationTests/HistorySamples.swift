@testable import Calibration

/// Records drawn at random (a fixed seed) to write and read back, and comparisons to a layout's
/// precision.
enum HistorySamples {
  /// SplitMix64: a small generator of its own, so the samples never change.
  struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    /// A whole number in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
      range.lowerBound + Int(next() % UInt64(range.count))
    }
    /// A number in `range` of `unit`s (1 for whole seconds, 0.001 for milliseconds).
    mutating func seconds(_ range: ClosedRange<Int>, unit: Double) -> Double {
      let steps = Int((Double(range.upperBound - range.lowerBound) / unit).rounded())
      return Double(range.lowerBound) + Double(int(0...steps)) * unit
    }
  }

  /// `count` calls on 4 March 2024 (and the days after), times in `unit`s: answered (queued,
  /// talk, hold, wrap-up, agent, ring-outs), abandoned (queued) and IVR hang-ups; `full` says
  /// whether hold, wrap-up and ring-outs are filled (the classic layout has none).
  static func calls(_ count: Int, unit: Double, full: Bool, seed: UInt64 = 7) -> [CallRecord] {
    var random = Generator(state: seed)
    let queues = ["client", "employer", "R&D desk"]
    return (0..<count).map { index in
      let day = Double(LocalTime.days(year: 2024, month: 3, day: 4 + index % 3)) * 86_400
      let arrival = LocalTime(seconds: day + random.seconds(28_800...64_800, unit: unit))
      let queued = LocalTime(seconds: arrival.seconds + random.seconds(0...90, unit: unit))
      let wait = random.seconds(1...600, unit: unit)
      let queue = queues[random.int(0...2)]
      switch random.int(0...5) {
      case 0:
        return CallRecord(queue: queue, arrival: arrival, outcome: .ivrHangUp)
      case 1:
        return CallRecord(
          queue: queue, arrival: arrival, queued: queued,
          abandoned: LocalTime(seconds: queued.seconds + wait), outcome: .abandoned)
      default:
        return CallRecord(
          queue: queue, arrival: arrival, queued: queued,
          answered: LocalTime(seconds: queued.seconds + (random.int(0...3) == 0 ? 0 : wait)),
          outcome: .answered, talk: random.seconds(10...900, unit: unit),
          hold: full ? random.seconds(0...60, unit: unit) : nil,
          wrapUp: full ? random.seconds(0...120, unit: unit) : nil,
          agent: "agent \(random.int(1...40))", ringOuts: full ? random.int(0...2) : nil)
      }
    }
  }

  /// Intervals of `length` seconds for two queues over a day and a half, the fields named in
  /// `fields` filled (the rest nil), amounts with `places` decimals.
  static func intervals(
    length: Double, fields: Set<String>, places: Int = 1, seed: UInt64 = 3
  ) -> [IntervalRecord] {
    var random = Generator(state: seed)
    let unit = places == 0 ? 1.0 : 0.1
    let start = Double(LocalTime.days(year: 2024, month: 3, day: 4)) * 86_400 + 8 * 3600
    var records: [IntervalRecord] = []
    for index in 0..<Int(129_600 / length) {
      for queue in ["client", "employer"] where !(queue == "employer" && index % 7 == 3) {
        var record = IntervalRecord(
          queue: queue, start: LocalTime(seconds: start + Double(index) * length),
          length: length, offered: random.seconds(0...80, unit: 1))
        let handled = max(0, record.offered - random.seconds(0...5, unit: 1))
        if fields.contains("handled") { record.handled = handled }
        if fields.contains("abandoned") { record.abandoned = record.offered - handled }
        if fields.contains("averageWrapUp") {
          record.averageWrapUp = random.seconds(10...90, unit: unit)
        }
        if fields.contains("averageHandleTime") {
          record.averageHandleTime =
            random.seconds(100...600, unit: unit) + (record.averageWrapUp ?? 0)
          if fields.contains("handled") && handled == 0 { record.averageHandleTime = nil }
        }
        if fields.contains("agents") { record.agents = random.seconds(1...30, unit: unit) }
        records.append(record)
      }
    }
    return records
  }

  /// Whether two optional numbers are equal within `tolerance`.
  static func close(_ a: Double?, _ b: Double?, _ tolerance: Double) -> Bool {
    switch (a, b) {
    case (nil, nil): true
    case (let a?, let b?): abs(a - b) <= tolerance
    default: false
    }
  }

  /// The fields of two calls that differ beyond `tolerance` seconds, by name.
  static func differences(_ a: CallRecord, _ b: CallRecord, _ tolerance: Double) -> [String] {
    var found: [String] = []
    if a.queue != b.queue { found.append("queue") }
    if a.outcome != b.outcome { found.append("outcome") }
    if a.agent != b.agent { found.append("agent") }
    if a.ringOuts != b.ringOuts { found.append("ringOuts") }
    let moments: [(String, KeyPath<CallRecord, LocalTime?>)] = [
      ("arrival", \.arrivalMoment), ("queued", \.queued), ("answered", \.answered),
      ("abandoned", \.abandoned),
    ]
    for (name, path) in moments
    where !close(a[keyPath: path]?.seconds, b[keyPath: path]?.seconds, tolerance) {
      found.append(name)
    }
    let amounts: [(String, KeyPath<CallRecord, Double?>)] = [
      ("talk", \.talk), ("hold", \.hold), ("wrapUp", \.wrapUp),
    ]
    for (name, path) in amounts where !close(a[keyPath: path], b[keyPath: path], tolerance) {
      found.append(name)
    }
    return found
  }

  /// The fields of two intervals that differ beyond `tolerance`, by name.
  static func differences(_ a: IntervalRecord, _ b: IntervalRecord, _ tolerance: Double)
    -> [String]
  {
    var found: [String] = []
    if a.queue != b.queue { found.append("queue") }
    let amounts: [(String, KeyPath<IntervalRecord, Double?>)] = [
      ("start", \.startSeconds), ("length", \.lengthValue), ("offered", \.offeredValue),
      ("handled", \.handled), ("abandoned", \.abandoned),
      ("averageHandleTime", \.averageHandleTime), ("averageWrapUp", \.averageWrapUp),
      ("agents", \.agents),
    ]
    for (name, path) in amounts where !close(a[keyPath: path], b[keyPath: path], tolerance) {
      found.append(name)
    }
    return found
  }
}

extension CallRecord {
  fileprivate var arrivalMoment: LocalTime? { arrival }
}

extension IntervalRecord {
  fileprivate var startSeconds: Double? { start.seconds }
  fileprivate var lengthValue: Double? { length }
  fileprivate var offeredValue: Double? { offered }
}

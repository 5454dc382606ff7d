import ContactCentre

extension CentreConfiguration {
  /// The AAC's area lines: those of kind `aac` and those the desk's areas name.
  public var aacLines: [Int] {
    let named = Set(aac?.areas.map(\.line) ?? [])
    return lines.indices.filter { lines[$0].kind == .aac || named.contains($0) }
  }

  /// The queues (routing plans) the calls of the AAC's area lines wait in: their IVR branches'
  /// plans, or else the line's plan or its call types' default plans.
  public var aacQueues: [Int] {
    var queues = Set<Int>()
    for line in aacLines {
      if let ivr = lines[line].ivr {
        queues.formUnion(ivr.branches.compactMap(\.plan))
      } else {
        queues.formUnion(
          lines[line].callTypes.compactMap { plan(line: line, callType: $0.callType) })
      }
    }
    return queues.sorted()
  }

  /// The teams whose agents may answer the AAC's queues: the AAC desk's agents.
  public var aacTeams: [Int] {
    Set(aacQueues.flatMap { servingTeams(ofPlan: $0) }).sorted()
  }
}

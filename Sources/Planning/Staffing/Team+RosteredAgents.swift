import ContactCentre
import SimKernel

extension Team {
  /// Today's roster in a reporting interval: the mean number of the team's call-taking agents
  /// logged in and not on a scheduled NotReady period (break, lunch, meeting) between `start`
  /// and `end` (times since t = 0) — in the terms of a staffing, whose agents take calls
  /// throughout. A team staffed by counts whose leavers are chosen during the run has its
  /// counts; team leaders who take no calls are left out.
  public func rosteredAgents(from start: SimDuration, to end: SimDuration) -> Double {
    let length = (end - start).seconds
    guard length > 0 else { return 0 }
    func overlap(_ from: SimDuration, _ until: SimDuration) -> Double {
      max(0, (min(until, end) - max(from, start)).seconds)
    }
    var total = 0.0
    if let staffing {
      for (index, change) in staffing.changes.enumerated() {
        let until =
          index + 1 < staffing.changes.count ? staffing.changes[index + 1].time : Self.wholeRun
        total += Double(change.agents) * overlap(change.time, until)
      }
      return total / length
    }
    for shift in shifts {
      let present = overlap(shift.start, shift.end)
      guard present > 0 else { continue }
      for (index, agent) in shift.agents.enumerated() where takesCalls(agent) {
        var seconds = present
        for period in shift.notReady {
          let from = max(shift.start, period.start(ofAgent: index, of: shift.agents.count))
          seconds -= overlap(from, min(shift.end, from + period.duration))
        }
        total += max(0, seconds)
      }
    }
    return total / length
  }
}

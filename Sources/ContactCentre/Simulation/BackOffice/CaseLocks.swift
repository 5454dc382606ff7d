/// Lock-assigned casegroups. Seed 000: "Whenever an incident is raised with AAC, the lock
/// assign flag must be placed on the case. This is to ensure that the case remains within the
/// current segment and any retry can be completed by the original caseworker. … Once the
/// incident has been closed, the lock assign can be removed, unless otherwise directed."
///
/// A casegroup holds one entry per open incident raised on it, in the order they were raised
/// with AAC: the flag stays while any of them is open, so closing one incident does not lift
/// it while a second caseworker's incident on the same case is still open. Its holder is the
/// caseworker of the earliest open incident: retries (calls for the casegroup) go to them.
/// When the holder's incidents are all closed, the case passes to the caseworker of the next
/// open one ("If it is necessary for the case to be actioned by another caseworker, it is the
/// responsibility of the caseworker who raised the incident to forward any retry requests to
/// the new caseworker").
struct CaseLocks {
  /// The open incidents (and their caseworkers) holding one casegroup's flag, earliest first.
  struct Lock {
    var incidents: [(incident: Int32, person: Int32)]
    /// The caseworker the casegroup's retries go to.
    var person: Int32 { incidents[0].person }
  }

  private var locks: [Int32: Lock] = [:]

  /// Whether no casegroup is locked.
  var isEmpty: Bool { locks.isEmpty }

  /// The lock on `casegroup`, if it has one.
  subscript(casegroup: Int32) -> Lock? { locks[casegroup] }

  /// Incident `incident` of `person` is raised with AAC: the flag is placed on `casegroup`
  /// (or the incident joins the flag already there).
  mutating func place(casegroup: Int32, incident: Int32, person: Int32) {
    locks[casegroup, default: Lock(incidents: [])].incidents.append((incident, person))
  }

  /// Incident `incident` is closed: it no longer holds `casegroup`'s flag, which is removed
  /// once no open incident holds it.
  mutating func lift(casegroup: Int32, incident: Int32) {
    guard var lock = locks[casegroup] else { return }
    lock.incidents.removeAll { $0.incident == incident }
    locks[casegroup] = lock.incidents.isEmpty ? nil : lock
  }

  /// Whether open incident `incident` holds `casegroup`'s flag.
  func holds(casegroup: Int32, incident: Int32) -> Bool {
    locks[casegroup]?.incidents.contains { $0.incident == incident } ?? false
  }
}

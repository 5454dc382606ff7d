import SimKernel

/// Who holds each casegroup at a moment of the run. From the start, the team that owns it, its
/// caseworkers owning its casegroups in turn — unless it is one of the background share
/// orphaned before the run (`CasegroupRules.orphanedShare`), orphaned for the whole run. Then
/// the scenario's named events change that, in time order (`CasegroupRules.movements`,
/// `orphanings` and local IT's recoveries):
///
/// - a movement gives the casegroups it moves to its segment: to its team, or shared out among
///   the segment's teams with caseworkers, and there to a caseworker in turn (an orphaned one
///   is owned again: the system assigns the moved case to the new segment);
/// - an orphaning orphans every casegroup the caseworker owns at its time;
/// - the recovery, `recovery` after it, returns those still orphaned to `recoveredTo` (any of
///   its caseworkers in turn), or to the former team's caseworkers other than the one who lost
///   them (to that one again if nobody else is left).
///
/// An event takes effect at its instant: a caller ringing then meets the changed casegroup.
struct CasegroupOwnership {
  /// A casegroup's holder: its team, and its owner (a person), −1 when orphaned.
  struct Holder: Equatable {
    var team: Int
    var person: Int
    /// The orphaning event that orphaned it, −1 if none (or the background share).
    var orphanedBy = -1
    /// A movement has moved it since the start.
    var moved = false

    var isOrphaned: Bool { person < 0 }
  }

  private enum Change {
    case movement(Int)
    case orphaning(Int)
    case recovery(Int)
  }

  private let timeline: [(time: SimInstant, change: Change)]
  /// When the events change who holds casegroups, in time order.
  var changeTimes: [SimInstant] { timeline.map(\.time) }
  private let movements: [CaseMovement]
  /// Per orphaning: the caseworker (a person, −1 if the staff number names nobody who owns
  /// casegroups), and the team local IT returns the casegroups to (−1: the former team).
  private let orphanedPerson: [Int]
  private let recoveredTo: [Int]
  /// Per segment: its teams with caseworkers, who can own casegroups.
  private let segmentOwners: [[Int]]
  /// Per team: its segment, −1 if none.
  private let teamSegment: [Int32]
  private let caseworkers: FlatLists
  private let casegroupStart: [Int]
  private let orphanedShare: Double
  private let seed: UInt64

  /// The ownership of `configuration`'s casegroups; local IT's recovery delays are drawn from
  /// the replication's `streams`, one per orphaning event.
  init(_ configuration: CentreConfiguration, layout: CentreLayout, streams: RandomStreams) {
    let rules = configuration.casegroups
    movements = rules.movements
    caseworkers = layout.caseworkers
    casegroupStart = layout.casegroupStart
    orphanedShare = rules.orphanedShare
    seed = configuration.seed
    teamSegment = layout.teamSegment
    segmentOwners = configuration.segments.indices.map { segment in
      configuration.teams.indices.filter {
        configuration.teams[$0].segment == segment && !layout.caseworkers.range($0).isEmpty
      }
    }
    orphanedPerson = rules.orphanings.map { layout.staffPerson[$0.staffNumber] ?? -1 }
    recoveredTo = rules.orphanings.map { $0.recoveredTo ?? -1 }
    var timeline: [(time: SimInstant, change: Change)] = []
    for (index, movement) in rules.movements.enumerated() {
      timeline.append((SimInstant(since: movement.at), .movement(index)))
    }
    let delays = streams.keyed("casegroups/recovery")
    for (index, orphaning) in rules.orphanings.enumerated() {
      let at = SimInstant(since: orphaning.at)
      timeline.append((at, .orphaning(index)))
      if let recovery = orphaning.recovery {
        var random = delays.stream(hashing: UInt64(index))
        timeline.append((at + recovery.sampleDuration(using: &random), .recovery(index)))
      }
    }
    // In time order; at one instant, movements, orphanings and recoveries as listed.
    self.timeline = timeline.enumerated().sorted {
      ($0.element.time, $0.offset) < ($1.element.time, $1.offset)
    }.map(\.element)
  }

  /// Whether `casegroup` is one of a fixed pseudo-random share of the casegroups: the same
  /// set in every replication of `seed`; `salt` 0 is the background orphans' set.
  static func isInShare(_ casegroup: Int, share: Double, seed: UInt64, salt: UInt64 = 0) -> Bool {
    guard share > 0 else { return false }
    let bits = SplitMix64.mix(seed ^ UInt64(casegroup) &* 0x9E37_79B9_7F4A_7C15 ^ salt)
    return Double(bits >> 11) * 0x1.0p-53 < share
  }

  /// The holder of `casegroup`, first held by `team`, at `now`.
  func holder(of casegroup: Int, team: Int, at now: SimInstant) -> Holder {
    var holder = Holder(team: team, person: -1)
    if !Self.isInShare(casegroup, share: orphanedShare, seed: seed) {
      holder.person = caseworker(in: team, place: casegroup - casegroupStart[team])
    }
    for (time, change) in timeline {
      guard time <= now else { break }
      apply(change, to: &holder, casegroup: casegroup)
    }
    return holder
  }

  /// What the events do to every casegroup before `end`: those each orphaning orphans and
  /// local IT recovers, and those each movement moves, into `tally`.
  func census(into tally: inout CasegroupTally, before end: SimInstant) {
    for team in 0..<(casegroupStart.count - 1) {
      for casegroup in casegroupStart[team]..<casegroupStart[team + 1] {
        var holder = Holder(team: team, person: -1)
        if !Self.isInShare(casegroup, share: orphanedShare, seed: seed) {
          holder.person = caseworker(in: team, place: casegroup - casegroupStart[team])
        }
        for (time, change) in timeline {
          guard time < end else { break }
          let before = holder
          apply(change, to: &holder, casegroup: casegroup)
          switch change {
          case .movement(let index) where holder.moved && holder != before:
            tally.moved[index] += 1
          case .orphaning(let index) where holder.orphanedBy == index && before.orphanedBy != index:
            tally.orphaned[index] += 1
          case .recovery(let index) where before.orphanedBy == index && holder.orphanedBy < 0:
            tally.recovered[index] += 1
          default: break
          }
        }
      }
    }
  }

  private func apply(_ change: Change, to holder: inout Holder, casegroup: Int) {
    switch change {
    case .movement(let index):
      let movement = movements[index]
      guard moves(casegroup, holder: holder, movement: movement, index: index) else { return }
      let teams = movement.team.map { [$0] } ?? segmentOwners[movement.segment]
      guard !teams.isEmpty else { return }
      let team = teams[casegroup % teams.count]
      holder = Holder(
        team: team, person: caseworker(in: team, place: casegroup / teams.count),
        moved: true)
    case .orphaning(let index):
      let person = orphanedPerson[index]
      guard person >= 0, holder.person == person else { return }
      holder.person = -1
      holder.orphanedBy = index
    case .recovery(let index):
      guard holder.orphanedBy == index else { return }
      let former = orphanedPerson[index]
      if recoveredTo[index] >= 0 {
        holder.team = recoveredTo[index]
        holder.person = caseworker(in: holder.team, place: casegroup)
      } else {
        let others = caseworkers.list(holder.team).filter { $0 != former }
        holder.person = others.isEmpty ? former : others[casegroup % others.count]
      }
      holder.orphanedBy = -1
    }
  }

  /// Whether `movement` (the `index`-th) moves `casegroup`, held as `holder` then.
  private func moves(_ casegroup: Int, holder: Holder, movement: CaseMovement, index: Int)
    -> Bool
  {
    switch movement.moved {
    case .casegroup(let number): return number == casegroup
    case .share(let share, let segment):
      guard Int(teamSegment[holder.team]) == segment else { return false }
      return Self.isInShare(
        casegroup, share: share, seed: seed, salt: UInt64(index + 1) &* 0xD1B5_4A32_D192_ED03)
    }
  }

  /// The caseworker of `team` at `place` in turn (a person), −1 if the team has none.
  private func caseworker(in team: Int, place: Int) -> Int {
    let owners = caseworkers.range(team)
    guard !owners.isEmpty else { return -1 }
    return caseworkers.element(owners.lowerBound + place % owners.count)
  }
}

import ContactCentre
import SimKernel

/// The day of every agent slot at work in the first replication's first day, from its log of
/// state changes: one row per slot (at most `rowLimit`), coloured by state, as inline SVG.
struct AgentTimeline {
  /// One agent slot's changes of state, in time order.
  struct Row {
    /// The roster slot.
    var slot: Int
    /// Its team.
    var team: Int
    /// Where its changes are in the run's list (`log`), in time order: the list is not copied.
    fileprivate var places: [Int32]
    fileprivate var log: [StateChange]
    fileprivate var reasons: Int

    /// When each change happened and the state-time bucket it entered (state and reason).
    var changes: [(time: SimInstant, bucket: Int)] { places.indices.map(change) }

    /// The row's change `index`: `changes[index]`, with no list made.
    func change(_ index: Int) -> (time: SimInstant, bucket: Int) {
      let change = log[Int(places[index])]
      return (change.time, change.bucket(reasons: reasons))
    }

    /// The number of changes.
    var count: Int { places.count }
  }

  /// Rows beyond this are left out (with a note), to keep the file readable and small.
  static let rowLimit = 200
  /// The timeline covers the run's first day at most: the changes the first replication keeps.
  static let longestWindow = StateChange.keptWindow

  static let labelWidth = 210.0
  static let plotWidth = 1090.0
  static let rowHeight = 11.0
  static let teamHeight = 17.0
  static let axisHeight = 22.0
  /// Segment ends are rounded to this fraction of a unit, so one path draws many agents.
  static let resolution = 5.0

  /// The rows shown, in roster order.
  var rows: [Row]
  /// The agent slots at work in the window (logged in at some point): the rows shown are
  /// `rowLimit` of them at most (`shown`).
  var slots: Int
  /// The span shown, from t = 0.
  var window: SimDuration

  /// The timeline of `summary`'s first replication (no rows if it kept no state changes).
  init(_ summary: RunSummary) {
    let configuration = summary.configuration
    let reasons = configuration.vocabulary.notReadyReasons.count
    window = min(configuration.duration, Self.longestWindow)
    let changes = summary.runs.first?.stateChanges ?? []
    let end = SimInstant(since: window)
    var atWork = Array(repeating: false, count: configuration.roster.count)
    for change in changes
    where change.time < end && change.state != .loggedOut && change.agent < atWork.count {
      atWork[change.agent] = true
    }
    let working = atWork.indices.filter { atWork[$0] }
    slots = working.count
    let shown = Self.shown(working, teams: configuration.roster.map(\.team))
    var rowOfSlot = Array(repeating: -1, count: atWork.count)
    for (row, slot) in shown.enumerated() { rowOfSlot[slot] = row }
    // Each row's places with their room from the start (grown by doubling, they would hold
    // up to twice it).
    var sizes = Array(repeating: 0, count: shown.count)
    for change in changes where change.agent < rowOfSlot.count && rowOfSlot[change.agent] >= 0 {
      sizes[rowOfSlot[change.agent]] += 1
    }
    var places = sizes.map { size in
      var list = [Int32]()
      list.reserveCapacity(size)
      return list
    }
    for (place, change) in changes.enumerated()
    where change.agent < rowOfSlot.count && rowOfSlot[change.agent] >= 0 {
      places[rowOfSlot[change.agent]].append(Int32(place))
    }
    rows = zip(shown, places).map {
      Row(
        slot: $0, team: configuration.roster[$0].team, places: $1, log: changes,
        reasons: reasons)
    }
  }

  /// The slots shown: all when they fit `rowLimit`, else the first of each team, as many of
  /// each as fit (so a team leader switching the report to their team finds some of theirs).
  static func shown(_ working: [Int], teams: [Int]) -> [Int] {
    guard working.count > rowLimit else { return working }
    let teamCount = Set(working.map { teams[$0] }).count
    let quota = max(rowLimit / max(teamCount, 1), 1)
    var taken = [Int: Int]()
    return working.filter { slot in
      taken[teams[slot], default: 0] += 1
      return taken[teams[slot]]! <= quota
    }
  }

  /// Each roster slot's label: staff number and name, else the team and place.
  static func labels(_ configuration: CentreConfiguration) -> [String] {
    var places = Array(repeating: 0, count: configuration.teams.count)
    return configuration.roster.map { slot in
      places[slot.team] += 1
      let parts = [slot.profile.staffNumber, slot.profile.name].compactMap { $0 }
      guard parts.isEmpty else { return parts.joined(separator: " ") }
      return "\(configuration.teams[slot.team].id) #\(places[slot.team])"
    }
  }

  /// The SVG, or nothing without rows.
  func render(_ configuration: CentreConfiguration) -> String {
    var svg = ""
    render(configuration, to: &svg)
    return svg
  }

  /// Writes the SVG to `output` (nothing without rows) a team at a time, so that no more than
  /// one team's paths are held: a day of a hundred agents draws megabytes of them.
  func render(_ configuration: CentreConfiguration, to output: inout some TextOutputStream) {
    guard !rows.isEmpty, window > .zero else { return }
    let labels = Self.labels(configuration)
    let reasons = configuration.vocabulary.notReadyReasons.count
    let offShift = StateTimes.offShiftBucket(reasons: reasons)
    let scale = Self.plotWidth / window.seconds
    func x(_ time: SimInstant) -> Double {
      let clipped = min(max(time.seconds, 0), window.seconds)
      return ((Self.left + clipped * scale) * Self.resolution).rounded() / Self.resolution
    }
    // A group per run of rows of one team, which the report's script hides and moves up when
    // the page shows other teams: its agents' paths (one per state), then their labels.
    var groups: [(team: Int, rows: Range<Int>)] = []
    for index in rows.indices {
      if let last = groups.last, last.team == rows[index].team {
        groups[groups.count - 1].rows = last.rows.lowerBound..<index + 1
      } else {
        groups.append((rows[index].team, index..<index + 1))
      }
    }
    let height =
      Self.axisHeight + Double(groups.count) * Self.teamHeight + Double(rows.count) * Self.rowHeight
      + 6
    output.write(
      """
      <svg class="timeline" viewBox="0 0 \(c(Self.left + Self.plotWidth + 24)) \(c(height))" \
      role="img" aria-label="Agent states through the day" data-x0="\(c(Self.left))" \
      data-scale="\(HTML.coordinate(scale, decimals: 6))" data-window="\(c(window.seconds))" \
      data-top="\(c(Self.axisHeight))">\n
      """)
    output.write(axis(configuration, scale: scale, height: height))
    // The bar's height and way back, the same for every segment.
    let barHeight = Array(("v" + c(Self.rowHeight - 2) + "h-").utf8)
    var top = Self.axisHeight
    for group in groups {
      let groupHeight = Self.teamHeight + Double(group.rows.count) * Self.rowHeight
      output.write("<g class=\"team-rows\" data-team=\"\(group.team)\" data-top=\"\(c(top))\" ")
      output.write("data-height=\"\(c(groupHeight))\">\n")
      // One path per state, its agents' bars row after row, in one pass over the changes.
      var paths = Array(repeating: TextBytes(), count: AgentState.allCases.count)
      for (place, row) in rows[group.rows].enumerated() {
        // The row's top, the same for each of its segments.
        let rowTop = Array(
          (" " + c(top + Self.teamHeight + Double(place) * Self.rowHeight + 1) + "h").utf8)
        for index in 0..<row.count {
          let change = row.change(index)
          guard change.bucket != offShift else { continue }
          let end =
            index + 1 < row.count ? row.change(index + 1).time : SimInstant(since: window)
          let from = x(change.time)
          let to = x(end)
          guard to > from else { continue }
          paths[AgentState.ofBucket(change.bucket, reasons: reasons).rawValue].appendBar(
            from: from, width: to - from, top: rowTop, height: barHeight)
        }
      }
      for state in AgentState.reportOrder where !paths[state.rawValue].isEmpty {
        output.write("<path class=\"\(state.cssClass)\" d=\"")
        output.write(paths[state.rawValue].string)
        output.write("\"/>\n")
      }
      output.write("<text class=\"team\" x=\"4\" y=\"\(c(top + 12))\">")
      output.write("\(HTML.escape(configuration.teams[group.team].id))</text>")
      output.write("<line class=\"team-rule\" x1=\"0\" y1=\"\(c(top + 15.5))\" ")
      output.write("x2=\"\(c(Self.left + Self.plotWidth))\" y2=\"\(c(top + 15.5))\"/>\n")
      for (place, row) in rows[group.rows].enumerated() {
        let y = top + Self.teamHeight + Double(place) * Self.rowHeight
        output.write("<text class=\"agent\" x=\"10\" y=\"\(c(y + 8.5))\">")
        output.write("\(HTML.escape(labels[row.slot]))</text>")
      }
      output.write("</g>\n")
      top += groupHeight
    }
    output.write(
      "<line class=\"cursor-line\" x1=\"\(c(Self.left))\" y1=\"\(c(Self.axisHeight - 4))\" ")
    output.write("x2=\"\(c(Self.left))\" y2=\"\(c(height))\" visibility=\"hidden\"/>\n</svg>")
  }

  /// Hour marks along the top, with gridlines down the rows.
  private func axis(_ configuration: CentreConfiguration, scale: Double, height: Double) -> String {
    let hour: Int64 = 3_600_000_000
    let every = window > .hours(12) ? 2 * hour : hour
    let start = configuration.startOfDay.microseconds
    var mark = (start + every - 1) / every * every - start
    var svg = ""
    while mark <= window.microseconds {
      let at = c(Self.left + Double(mark) / 1e6 * scale)
      svg += "<line class=\"grid\" x1=\"\(at)\" y1=\"\(c(Self.axisHeight - 4))\" x2=\"\(at)\" "
      svg += "y2=\"\(c(height))\"/><text class=\"tick\" x=\"\(at)\" y=\"12\" "
      svg += "text-anchor=\"middle\">"
      svg += "\(Formatting.clock(SimDuration(microseconds: start + mark)))</text>\n"
      mark += every
    }
    return svg
  }

  private static var left: Double { labelWidth }

  private func c(_ value: Double) -> String { HTML.coordinate(value, decimals: 1) }
}

extension TextBytes {
  /// A bar from `from` across `width`, its top given (`top`: " y h") and its height and way
  /// back (`height`: "v… h-"): "M from y h width v… h- width z".
  fileprivate mutating func appendBar(
    from: Double, width: Double, top: [UInt8], height: [UInt8]
  ) {
    append(UInt8(ascii: "M"))
    append(coordinate: from)
    append(top)
    let start = bytes.count
    append(coordinate: width)
    let end = bytes.count
    append(height)
    repeatBytes(start..<end)
    append(UInt8(ascii: "z"))
  }
}

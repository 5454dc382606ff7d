import ContactCentre
import SimKernel

extension ScenarioDecoder {
  /// `scheduling`: the shift templates, the most agents and part-timers per team and the week's
  /// rules, each template checked on its own (its starts on the run's intervals, its breaks
  /// inside the shift and fitting one after the other).
  func schedulingSection(_ context: ScenarioContext) -> Parse.Parser<Scheduling> {
    { node, path, diagnostics in
      typealias Keys = SchedulingKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
      else { return nil }
      let templates = reader.read(
        Keys.templates, with: Parse.array(nonEmpty: true, shiftTemplate(context)))
      let maxAgents = reader.read(Keys.maxAgents, with: Self.teamLimits(context, 1...100_000))
      let maxPartTime = reader.read(
        Keys.maxPartTime, with: Self.teamLimits(context, 0...100_000))
      let week = reader.read(Keys.week, with: Self.weekRules)
      if let templates, case .array(let nodes)? = reader.member(Keys.templates.key)?.value {
        var seen: [String: Int] = [:]
        for (index, template) in templates.enumerated() {
          if let first = seen[template.id] {
            diagnostics.invalid(
              Self.member("id", of: nodes[index]) ?? nodes[index],
              at: path.key(Keys.templates.key).index(index).key("id"),
              "duplicate template id \"\(template.id)\" (also templates[\(first)])")
          } else {
            seen[template.id] = index
          }
        }
      }
      guard let templates, maxAgents != nil || !reader.has(Keys.maxAgents.key),
        maxPartTime != nil || !reader.has(Keys.maxPartTime.key),
        week != nil || !reader.has(Keys.week.key)
      else { return nil }
      return Scheduling(
        templates: templates, maxAgents: maxAgents ?? [:], maxPartTime: maxPartTime ?? [:],
        week: week)
    }
  }

  /// A shift template, with its rules: starts between `earliestStart` and `latestStart` on the
  /// run's reporting intervals, no shift past midnight, breaks inside their windows and the
  /// shift, fitting one after another.
  func shiftTemplate(_ context: ScenarioContext) -> Parse.Parser<ShiftTemplate> {
    { node, path, diagnostics in
      typealias Keys = ShiftTemplateKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
      else { return nil }
      let id = reader.read(Keys.id)
      let teams = reader.read(
        Keys.teams, with: Parse.array(Self.reference(to: context.teamIds, kind: "team")))
      let length = reader.read(Keys.length)
      let earliest = reader.read(Keys.earliestStart)
      let latest = reader.read(Keys.latestStart)
      let step = reader.read(Keys.startStep)
      let breaks = reader.read(Keys.breaks, with: Parse.array(Self.breakRule)) ?? []
      let partTime = reader.read(Keys.partTime)
      let maxAgents = reader.read(Keys.maxAgents)
      guard let id, let length, let earliest, let partTime,
        teams != nil || !reader.has(Keys.teams.key),
        latest != nil || !reader.has(Keys.latestStart.key),
        step != nil || !reader.has(Keys.startStep.key),
        maxAgents != nil || !reader.has(Keys.maxAgents.key),
        breaks.count == Self.count(reader.member(Keys.breaks.key))
      else { return nil }
      var valid = true
      func reject(_ key: String, _ message: String) {
        diagnostics.invalid(reader.member(key) ?? node, at: path.key(key), message)
        valid = false
      }
      let interval = context.interval.microseconds
      if (earliest - context.start).microseconds % interval != 0 {
        reject(
          Keys.earliestStart.key,
          "starts between reporting intervals: the run's intervals of"
            + " \(DurationText.describe(context.interval)) start at"
            + " \(Self.clockText(context.start)) and every interval after")
      }
      if let latest, latest < earliest {
        reject(Keys.latestStart.key, "is before earliestStart (\(Self.clockText(earliest)))")
      }
      if let step, step.microseconds % interval != 0 {
        reject(
          Keys.startStep.key,
          "is not a whole number of reporting intervals"
            + " (\(DurationText.describe(context.interval)))")
      }
      let last = max(latest ?? earliest, earliest)
      if last + length > .hours(24) {
        reject(
          Keys.length.key,
          "a shift starting at \(Self.clockText(last)) would end after midnight (24:00): a"
            + " shift cannot cross it")
      }
      for (index, rule) in breaks.enumerated() {
        let window = path.key(Keys.breaks.key).index(index).key("window")
        let windowNode = Self.member("window", of: Self.element(index, of: reader.member("breaks")))
        let describe = DurationText.describe
        if rule.windowEnd > length {
          diagnostics.invalid(
            windowNode ?? node, at: window,
            "the window ends at \(describe(rule.windowEnd)), after the shift"
              + " (\(describe(length)) long)")
          valid = false
        } else if rule.windowEnd - rule.windowStart < rule.length {
          diagnostics.invalid(
            windowNode ?? node, at: window,
            "the window (\(describe(rule.windowStart)) to \(describe(rule.windowEnd))) is"
              + " shorter than the break (\(describe(rule.length)))")
          valid = false
        }
      }
      if valid, let unfit = Self.firstUnfitBreak(breaks) {
        diagnostics.invalid(
          reader.member(Keys.breaks.key) ?? node, at: path.key(Keys.breaks.key).index(unfit),
          "the breaks cannot all fit: taken one after the other, each as early as its window"
            + " allows, this one would end after its window")
        valid = false
      }
      guard valid else { return nil }
      return ShiftTemplate(
        id: id, teams: teams ?? [], length: length, earliestStart: earliest,
        latestStart: latest ?? earliest, startStep: step ?? context.interval, breaks: breaks,
        partTime: partTime, maxAgents: maxAgents)
    }
  }

  /// The first break that cannot be placed when each is taken as early as its window allows,
  /// after the one before has ended; nil when they all fit.
  static func firstUnfitBreak(_ breaks: [BreakRule]) -> Int? {
    var free = SimDuration.zero
    for (index, rule) in breaks.enumerated() {
      let start = max(free, rule.windowStart)
      if start + rule.length > rule.windowEnd { return index }
      free = start + rule.length
    }
    return nil
  }

  /// A break of a template.
  static func breakRule(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> BreakRule?
  {
    typealias Keys = BreakRuleKeys
    guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
    else { return nil }
    let reason = reader.read(Keys.reason)
    let length = reader.read(Keys.length)
    let paid = reader.read(Keys.paid)
    let window = reader.read(Keys.window)
    guard let reason, let length, let paid, let window else { return nil }
    return BreakRule(
      reason: reason, length: length, paid: paid, windowStart: window[0], windowEnd: window[1])
  }

  /// `[from, to]`: two durations, the second after the first.
  static func breakWindow(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> [SimDuration]?
  {
    guard case .array(let elements) = node.value else {
      diagnostics.wrongType(node, at: path, expected: "a list of two durations")
      return nil
    }
    guard elements.count == 2 else {
      diagnostics.invalid(
        node, at: path, "must list two durations, from and to, not \(elements.count)")
      return nil
    }
    guard let from = Parse.duration(elements[0], path.index(0), diagnostics),
      let to = Parse.duration(elements[1], path.index(1), diagnostics)
    else { return nil }
    guard to > from else {
      diagnostics.invalid(elements[1], at: path.index(1), "the window ends before it starts")
      return nil
    }
    return [from, to]
  }

  /// `{TEAM: agents, …}`: team ids the scenario declares, each with a whole number in `range`.
  static func teamLimits(_ context: ScenarioContext, _ range: ClosedRange<Int>)
    -> Parse.Parser<[Int: Int]>
  {
    { node, path, diagnostics in
      guard case .object(let members) = node.value else {
        diagnostics.wrongType(node, at: path, expected: "an object")
        return nil
      }
      var limits: [Int: Int] = [:]
      var valid = true
      for member in members {
        let memberPath = path.key(member.key)
        let count = Parse.integer(in: range)(member.value, memberPath, diagnostics)
        guard let team = context.teamIds.firstIndex(of: member.key) else {
          diagnostics.report(
            .unknownReference, at: memberPath, member.keyLocation,
            "no team \"\(VisibleText.prefix(member.key))\""
              + NameHint.reference(for: member.key, among: context.teamIds, diagnostics))
          valid = false
          continue
        }
        guard let count else {
          valid = false
          continue
        }
        limits[team] = count
      }
      return valid ? limits : nil
    }
  }

  /// `week`.
  static func weekRules(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> WeekRules?
  {
    typealias Keys = WeekRulesKeys
    guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
    else { return nil }
    let restDays = reader.read(Keys.restDays)
    let consecutive = reader.read(Keys.consecutiveRestDays)
    let sameStart = reader.read(Keys.sameStartTime)
    let hours = reader.read(Keys.maxHoursPerWeek)
    guard let restDays, let consecutive, let sameStart,
      hours != nil || !reader.has(Keys.maxHoursPerWeek.key)
    else { return nil }
    return WeekRules(
      restDays: restDays, consecutiveRestDays: consecutive, sameStartTime: sameStart,
      maxHoursPerWeek: hours)
  }

  /// The elements of an array node (0 when not an array or absent).
  private static func count(_ node: JSONNode?) -> Int {
    guard case .array(let elements)? = node?.value else { return 0 }
    return elements.count
  }

  private static func element(_ index: Int, of node: JSONNode?) -> JSONNode {
    guard case .array(let elements)? = node?.value, elements.indices.contains(index) else {
      return node ?? JSONNode(value: .null, location: SourceLocation(line: 0, column: 0))
    }
    return elements[index]
  }

  /// A time since midnight as "HH:MM".
  static func clockText(_ time: SimDuration) -> String {
    let minutes = Int(time.microseconds / 60_000_000) % 1440
    let pad = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
    return pad(minutes / 60) + ":" + pad(minutes % 60)
  }
}

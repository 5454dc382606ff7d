/// The limits on how many agents a week's roster may put to work: each template's most agents
/// per day, the team's most agents on part-time templates, and its most agents on shift at
/// once.
public struct WeekLimits: Sendable, Equatable {
  /// Template index → the most agents working it per day.
  public var templateMaxima: [Int: Int]
  /// The part-time templates (indices).
  public var partTimeTemplates: Set<Int>
  /// The most agents on part-time templates: per day when each day is covered on its own;
  /// with tours (the same start all week), per week — the part-time people; nil: no limit.
  public var maxPartTime: Int?
  /// The most agents logged in (working or on a break) at once; nil: no limit.
  public var maxOnShift: Int?

  /// Creates the limits; none by default.
  public init(
    templateMaxima: [Int: Int] = [:], partTimeTemplates: Set<Int> = [], maxPartTime: Int? = nil,
    maxOnShift: Int? = nil
  ) {
    self.templateMaxima = templateMaxima
    self.partTimeTemplates = partTimeTemplates
    self.maxPartTime = maxPartTime
    self.maxOnShift = maxOnShift
  }

  /// The limits of one day's covering problem whose columns are the options `usable`: each
  /// template's most, the part-time templates' most together, and per interval of the day the
  /// most agents on shift (one limit per distinct set of options).
  func day(week: Week, usable: [Int]) -> [CoveringProblem.Limit] {
    var limits: [CoveringProblem.Limit] = templateMaxima.sorted { $0.key < $1.key }.compactMap {
      template, maximum in
      let of = usable.indices.filter { week.options[usable[$0]].template == template }
      return of.isEmpty ? nil : CoveringProblem.Limit(columns: of, maximum: maximum)
    }
    if let maxPartTime {
      let of = usable.indices.filter { isPartTime(usable[$0], week) }
      if !of.isEmpty { limits.append(CoveringProblem.Limit(columns: of, maximum: maxPartTime)) }
    }
    if let maxOnShift {
      limits += ShiftColumns.onShiftLimits(
        usable.map { week.options[$0].onShift }, periods: week.perDay, maximum: maxOnShift)
    }
    return limits
  }

  /// The limits of the tours' covering problem (`tours`: each an option worked on the days of
  /// one of `patterns`): each template's most per day over the tours working it that day; the
  /// part-time templates' most over the tours working them, each tour counted once — the
  /// week's part-time people; and per day and interval the most agents on shift (one limit per
  /// distinct set of tours).
  func tours(week: Week, tours: [(option: Int, pattern: Int)], patterns: [[Bool]])
    -> [CoveringProblem.Limit]
  {
    var limits: [CoveringProblem.Limit] = []
    for (template, maximum) in templateMaxima.sorted(by: { $0.key < $1.key }) {
      for day in 0..<week.days {
        let of = tours.indices.filter { tour in
          week.options[tours[tour].option].template == template
            && patterns[tours[tour].pattern][day]
        }
        if !of.isEmpty { limits.append(CoveringProblem.Limit(columns: of, maximum: maximum)) }
      }
    }
    if let maxPartTime {
      let of = tours.indices.filter { isPartTime(tours[$0].option, week) }
      if !of.isEmpty { limits.append(CoveringProblem.Limit(columns: of, maximum: maxPartTime)) }
    }
    if let maxOnShift {
      let onShift = tours.map { tour in
        patterns[tour.pattern].indices.filter { patterns[tour.pattern][$0] }.flatMap { day in
          week.options[tour.option].onShift.filter { $0 >= 0 && $0 < week.perDay }.map {
            day * week.perDay + $0
          }
        }
      }
      limits += ShiftColumns.onShiftLimits(
        onShift, periods: week.days * week.perDay, maximum: maxOnShift)
    }
    return limits
  }

  /// The most agents who can work a day on `templates` within the limits; nil when some
  /// template has no most (alone or, part-time, with the others).
  func agentsPerDay(templates: Set<Int>) -> Int? {
    let full = templates.filter { !partTimeTemplates.contains($0) }
    let part = templates.filter { partTimeTemplates.contains($0) }
    guard full.allSatisfy({ templateMaxima[$0] != nil }) else { return nil }
    let fullCap = full.reduce(0) { $0 + templateMaxima[$1]! }
    let partSum =
      part.allSatisfy { templateMaxima[$0] != nil }
      ? part.reduce(0) { $0 + templateMaxima[$1]! } : nil
    switch (partSum, part.isEmpty ? nil : maxPartTime) {
    case (let sum?, let most?): return fullCap + min(sum, most)
    case (let sum?, nil): return fullCap + sum
    case (nil, let most?): return fullCap + most
    case (nil, nil): return nil
    }
  }

  /// Whether one more agent on `option` keeps a day within the limits, with `used` agents per
  /// template, `partTime` agents on part-time templates and `loggedIn` agents per interval of
  /// the day so far.
  func admits(_ option: Int, week: Week, used: [Int: Int], partTime: Int, loggedIn: [Int])
    -> Bool
  {
    let template = week.options[option].template
    if let most = templateMaxima[template], used[template, default: 0] >= most { return false }
    if let most = maxPartTime, isPartTime(option, week), partTime >= most { return false }
    if let most = maxOnShift {
      for period in week.options[option].onShift where period >= 0 && period < week.perDay {
        if loggedIn[period] >= most { return false }
      }
    }
    return true
  }

  private func isPartTime(_ option: Int, _ week: Week) -> Bool {
    partTimeTemplates.contains(week.options[option].template)
  }
}

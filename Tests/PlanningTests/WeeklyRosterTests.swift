import ContactCentre
import SimKernel
import Testing

@testable import Planning

/// Weekly rosters keep their rules — exactly the rest days, consecutive (Sunday → Monday
/// counting) when asked, the same start all week when asked, at most the hours per week — and
/// cover the requirement in every interval or report it unmet.
struct WeeklyRosterTests {
  typealias Option = WeeklyRoster.Option

  /// Hourly intervals: a full-time shift of 8 h (a paid hour's break in its 5th hour: 7 h
  /// worked and paid) starting on the hour from 06:00 to 14:00, and a 4-hour part-time shift
  /// from 07:00 to 16:00.
  static let options: [Option] =
    (6...14).map { start in
      Option(
        template: 0, start: .hours(start),
        covers: Array(start..<start + 4) + Array(start + 5..<start + 8), paidHours: 7)
    }
    + (7...16).map { start in
      Option(template: 1, start: .hours(start), covers: Array(start..<start + 4), paidHours: 4)
    }

  /// Agents per hour: open 07:00–20:00, a Monday peak, a quiet weekend.
  static let requirement: [[Int]] = [6, 4, 4, 4, 5, 2, 1].map { level in
    (0..<24).map { hour in
      switch hour {
      case 7..<9: level - level / 3
      case 9..<17: level
      case 17..<20: max(1, level / 2)
      default: 0
      }
    }
  }

  /// Checks every rule of `rules` on `roster`, and that coverage and unmet agree with the
  /// agents' shifts.
  static func checkRules(_ roster: WeeklyRoster, _ rules: WeekRules, options: [Option]) {
    let days = roster.coverage.count
    for agent in roster.agents {
      #expect(agent.days.count == days)
      let rest = agent.restDays
      #expect(rest.count == rules.restDays)
      if rules.consecutiveRestDays, let first = rest.first {
        // Consecutive on the cycle of the week: some rest day starts a block of all of them.
        let blocks = rest.filter { start in
          (0..<rules.restDays).allSatisfy { rest.contains((start + $0) % days) }
        }
        #expect(!blocks.isEmpty, "rest days \(rest) (first \(first)) are not consecutive")
      }
      let starts = Set(agent.days.compactMap { $0.map { options[$0].start } })
      if rules.sameStartTime { #expect(starts.count <= 1) }
      let hours = agent.days.compactMap { $0.map { options[$0].paidHours } }.reduce(0, +)
      if let maximum = rules.maxHoursPerWeek { #expect(hours <= maximum) }
    }
    var coverage = roster.coverage.map { $0.map { _ in 0 } }
    for agent in roster.agents {
      for (day, option) in agent.days.enumerated() {
        for period in options[option ?? 0].covers where option != nil { coverage[day][period] += 1 }
      }
    }
    #expect(coverage == roster.coverage)
    for (day, needs) in requirement.enumerated() {
      for (hour, need) in needs.enumerated() {
        let short = roster.unmet[.init(day: day, interval: hour)] ?? 0
        #expect(coverage[day][hour] + short >= need)
        #expect(short == max(0, need - coverage[day][hour]))
      }
    }
  }

  @Test(
    "Every combination of the rules holds on a week with a Monday peak",
    arguments: [false, true], [false, true])
  func rulesHold(consecutive: Bool, sameStart: Bool) throws {
    let rules = WeekRules(
      restDays: 2, consecutiveRestDays: consecutive, sameStartTime: sameStart,
      maxHoursPerWeek: 37.5)
    let roster = try WeeklyRoster.build(
      requirement: Self.requirement, options: Self.options, rules: rules)
    #expect(roster.method == (sameStart ? .tours : .shiftsThenDaysOff))
    #expect(!roster.agents.isEmpty)
    Self.checkRules(roster, rules, options: Self.options)
    #expect(roster.unmet.isEmpty)
    let paid = roster.agents.flatMap(\.days).compactMap { $0.map { Self.options[$0].paidHours } }
    #expect(roster.paidHours == paid.reduce(0, +))
  }

  /// Too many tours: only the options of each day's own solution make tours — the rules still
  /// hold and the week is covered. At the edge: 19 options × 7 patterns = 133 tours are all
  /// kept with a cap of 133, cut with 132.
  @Test("Tours cut to each day's own shifts past maxTours, the rules still kept")
  func restrictedTours() throws {
    let rules = WeekRules(restDays: 2, consecutiveRestDays: true, sameStartTime: true)
    #expect(Self.options.count == 19)
    for (maxTours, restricted) in [(133, false), (132, true)] {
      let roster = try WeeklyRoster.build(
        requirement: Self.requirement, options: Self.options, rules: rules, maxTours: maxTours)
      #expect(roster.restrictedTours == restricted)
      Self.checkRules(roster, rules, options: Self.options)
      #expect(roster.unmet.isEmpty)
    }
  }

  /// The maximum hours per week at its edge: 5 × 7 h = 35 h fits a maximum of 35, not of 34.9;
  /// then only the part-time shifts (5 × 4 = 20 h) remain, and they still cover.
  @Test("A maximum of hours per week at exactly five full-time shifts, and just under")
  func maximumHoursEdge() throws {
    for (maximum, excluded) in [(35.0, 0), (34.9, 9)] {
      let rules = WeekRules(restDays: 2, sameStartTime: true, maxHoursPerWeek: maximum)
      let roster = try WeeklyRoster.build(
        requirement: Self.requirement, options: Self.options, rules: rules)
      #expect(roster.excludedOptions == excluded)
      Self.checkRules(roster, rules, options: Self.options)
      #expect(roster.unmet.isEmpty)
      let templates = Set(
        roster.agents.flatMap(\.days).compactMap { $0 }.map {
          Self.options[$0].template
        })
      if excluded > 0 { #expect(templates == [1]) } else { #expect(templates.contains(0)) }
    }
  }

  /// A maximum no shift fits: nothing can be rostered, and every interval needing agents is
  /// reported unmet with its whole requirement.
  @Test("A maximum below every shift's week leaves the whole requirement unmet, reported")
  func nothingFits() throws {
    let rules = WeekRules(restDays: 2, maxHoursPerWeek: 19.9)
    let roster = try WeeklyRoster.build(
      requirement: Self.requirement, options: Self.options, rules: rules)
    #expect(roster.agents.isEmpty)
    let needed = Self.requirement.flatMap { $0 }.filter { $0 > 0 }
    #expect(roster.unmet.count == needed.count)
    #expect(roster.unmet.values.reduce(0, +) == needed.reduce(0, +))
  }

  /// A template's most agents per day binds: one agent on the only shift, three needed.
  @Test("A template's most agents per day leaves the rest of the requirement unmet")
  func templateMaximumUnmet() throws {
    let options = [Option(template: 0, start: .zero, covers: [0], paidHours: 8)]
    let requirement = Array(repeating: [3], count: 7)
    for sameStart in [false, true] {
      let roster = try WeeklyRoster.build(
        requirement: requirement, options: options,
        rules: WeekRules(restDays: 2, sameStartTime: sameStart),
        limits: WeekLimits(templateMaxima: [0: 1]))
      // At most one a day, and whatever is short of three reported.
      #expect(roster.coverage.allSatisfy { $0[0] <= 1 })
      #expect(roster.coverage.map { $0[0] }.reduce(0, +) >= 5)
      for day in 0..<7 {
        #expect(roster.unmet[.init(day: day, interval: 0)] == 3 - roster.coverage[day][0])
      }
      #expect(roster.agents.allSatisfy { $0.restDays.count == 2 })
    }
  }

  /// An agent at work beyond the day's shifts takes another template when the cheaper one is
  /// at its most for the day: one agent is needed each day, so two five-day agents work ten
  /// days, three of them on the dearer template.
  @Test("Agents at work beyond the day's shifts keep each template within its most per day")
  func fillerKeepsTemplateMaxima() throws {
    let options = [
      Option(template: 0, start: .zero, covers: [0], paidHours: 4),
      Option(template: 1, start: .zero, covers: [0], paidHours: 8),
    ]
    let roster = try WeeklyRoster.build(
      requirement: Array(repeating: [1], count: 7), options: options,
      rules: WeekRules(restDays: 2), limits: WeekLimits(templateMaxima: [0: 1]))
    #expect(roster.agents.count == 2 && roster.unmet.isEmpty)
    for day in 0..<7 {
      #expect(roster.agents.filter { $0.days[day] == 0 }.count <= 1, "day \(day)")
    }
    #expect(roster.agents.flatMap(\.days).filter { $0 == 1 }.count == 3)
  }

  @Test("As many rest days as days is refused")
  func restDaysRefused() {
    #expect(throws: WeeklyRoster.RuleError.restDays(7, days: 7)) {
      try WeeklyRoster.build(
        requirement: Array(repeating: [1], count: 7), options: [], rules: WeekRules(restDays: 7))
    }
  }

  /// The patterns: C(7, 2) = 21 ways to rest two days, 7 when they are consecutive — Sunday
  /// and Monday included, as the roster repeats every week.
  @Test("Rest patterns: 21 for any two days, 7 consecutive with Sunday–Monday")
  func patterns() {
    let any = RestPatterns.all(days: 7, restDays: 2, consecutive: false)
    let consecutive = RestPatterns.all(days: 7, restDays: 2, consecutive: true)
    #expect(any.count == 21 && Set(any).count == 21)
    #expect(consecutive.count == 7)
    #expect(consecutive.contains([false, true, true, true, true, true, false]))
    #expect(any.allSatisfy { $0.filter { !$0 }.count == 2 })
  }

  /// The least agents of a cyclic five-on, two-off roster with one shift a day, by trying
  /// every split of `agents` over the rest patterns.
  static func fewestAgents(_ demand: [Int], consecutive: Bool) -> Int {
    let patterns = RestPatterns.all(days: 7, restDays: 2, consecutive: consecutive)
    func feasible(_ agents: Int) -> Bool {
      var counts = Array(repeating: 0, count: patterns.count)
      func place(_ index: Int, _ left: Int) -> Bool {
        if index == patterns.count - 1 {
          counts[index] = left
          return (0..<7).allSatisfy { day in
            patterns.indices.reduce(0) { $0 + (patterns[$1][day] ? counts[$1] : 0) } >= demand[day]
          }
        }
        for count in 0...left {
          counts[index] = count
          if place(index + 1, left - count) { return true }
        }
        return false
      }
      return place(0, agents)
    }
    return (0...).first(where: feasible)!
  }

  /// The edge where consecutive rest days cost an agent: three needed on Monday, Wednesday,
  /// Friday and Sunday, none otherwise. Any two rest days: 3 agents (Baker's max(busiest day,
  /// ⌈12 ÷ 5⌉) = 3), each resting two of the empty days. Consecutive: every pair of days in a
  /// row (Sunday–Monday too) holds a busy day, so 4 (Baker's three-day bound: ⌈(3+3+3+3)/3⌉).
  @Test("Consecutive rest days force a fourth agent where any two days need three (Baker)")
  func consecutiveCostsAnAgent() throws {
    let demand = [3, 0, 3, 0, 3, 0, 3]
    #expect(RestPatterns.bakerBound(demand: demand, consecutive: false) == 3)
    #expect(RestPatterns.bakerBound(demand: demand, consecutive: true) == 4)
    #expect(Self.fewestAgents(demand, consecutive: false) == 3)
    #expect(Self.fewestAgents(demand, consecutive: true) == 4)
    let options = [Option(template: 0, start: .hours(9), covers: [0], paidHours: 8)]
    for sameStart in [false, true] {
      var counts: [Bool: Int] = [:]
      for consecutive in [false, true] {
        let rules = WeekRules(
          restDays: 2, consecutiveRestDays: consecutive, sameStartTime: sameStart)
        let roster = try WeeklyRoster.build(
          requirement: demand.map { [$0] }, options: options, rules: rules)
        #expect(roster.unmet.isEmpty)
        #expect(
          roster.agents.count >= RestPatterns.bakerBound(demand: demand, consecutive: consecutive))
        counts[consecutive] = roster.agents.count
      }
      // The least: 3 and 4, Baker's bounds.
      #expect(counts[false] == 3)
      #expect(counts[true]! > counts[false]!)
      #expect(counts[true] == 4)
    }
  }

  /// Baker's bound is a lower bound, and here the least: over several weeks of demand, the
  /// exhaustive least roster equals it, consecutive or not.
  @Test("Baker's bound equals the least cyclic roster on small weeks")
  func bakerBoundIsTight() {
    for demand in [
      [1, 2, 3, 2, 1, 0, 0], [2, 2, 2, 2, 2, 1, 1], [3, 1, 3, 1, 3, 1, 3], [0, 4, 0, 0, 4, 0, 0],
    ] {
      for consecutive in [false, true] {
        #expect(
          Self.fewestAgents(demand, consecutive: consecutive)
            == RestPatterns.bakerBound(demand: demand, consecutive: consecutive),
          "\(demand) consecutive \(consecutive)")
      }
    }
  }

  /// One shift a day, five days on: the roster has exactly Baker's least number of agents,
  /// by either method, consecutive rest days or not.
  @Test(
    "One shift a day: the roster has Baker's least number of agents",
    arguments: [
      [1, 2, 3, 2, 1, 0, 0], [2, 2, 2, 2, 2, 1, 1], [3, 1, 3, 1, 3, 1, 3], [5, 4, 4, 4, 4, 2, 1],
    ])
  func rosterMeetsBakersBound(demand: [Int]) throws {
    let options = [Option(template: 0, start: .hours(9), covers: [0], paidHours: 8)]
    for consecutive in [false, true] {
      for sameStart in [false, true] {
        let rules = WeekRules(
          restDays: 2, consecutiveRestDays: consecutive, sameStartTime: sameStart)
        let roster = try WeeklyRoster.build(
          requirement: demand.map { [$0] }, options: options, rules: rules)
        #expect(roster.unmet.isEmpty)
        #expect(
          roster.agents.count == RestPatterns.bakerBound(demand: demand, consecutive: consecutive),
          "\(demand) consecutive \(consecutive) same start \(sameStart)")
      }
    }
  }
}

import SimKernel

extension Centre {
  /// The first nightly batch: at its time of day on the first day, or at the start if that
  /// time is before the run starts (the batch ran overnight).
  mutating func startExceptionBatches(in simulation: inout Simulation<CentreEvent>) {
    guard let rules = configuration.exceptions else { return }
    let day = SimDuration.hours(24).microseconds
    var first = (rules.at - configuration.startOfDay).microseconds % day
    if first < 0 { first += day }
    // A batch time before the start of the run: that night's batch, already run.
    if rules.at < configuration.startOfDay || first >= day { first = 0 }
    let time = SimInstant(microseconds: first)
    if time < end { simulation.schedule(.exceptionBatch(night: 0), at: time) }
  }

  /// The nightly batch: a Poisson number of failure reports, each with a reason, triaged to a
  /// technical skip, the AMS team, or a caseworker (after the hand-over through the incident
  /// team); the next batch a day later.
  mutating func runExceptionBatch(night: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    let rules = configuration.exceptions!
    let next = now + .hours(24)
    if next < end { simulation.schedule(.exceptionBatch(night: Int32(night + 1)), at: next) }
    let counted = now >= countFrom
    var reports = 0
    var sum = backOffice.exceptionRandom.nextUnitExponential()
    while sum < rules.reportsPerBatch {
      reports += 1
      sum += backOffice.exceptionRandom.nextUnitExponential()
    }
    for _ in 0..<reports {
      let reason = position(
        drawnBy: backOffice.exceptionRandom.nextUnitInterval(), among: rules.reasons.map(\.share))
      let triage = backOffice.exceptionRandom.nextUnitInterval()
      let fixed = backOffice.exceptionRandom.nextUnitInterval() < rules.amsFixed
      let team = rules.teams[
        min(
          Int(backOffice.exceptionRandom.nextUnitInterval() * Double(rules.teams.count)),
          rules.teams.count - 1)]
      let handOver = rules.handOver.sampleDuration(using: &backOffice.exceptionRandom)
      if counted { recorder.statistics.exceptions.reports[reason] += 1 }
      if triage < rules.technicalSkip {
        if counted { recorder.statistics.exceptions.technicalSkips += 1 }
      } else if triage < rules.technicalSkip + rules.ams {
        if counted {
          if fixed {
            recorder.statistics.exceptions.amsFixed += 1
          } else {
            recorder.statistics.exceptions.amsClerical += 1
          }
        }
      } else {
        if counted { recorder.statistics.exceptions.toCaseworker += 1 }
        backOffice.exceptionsInTransit += 1
        if now + handOver < end {
          simulation.schedule(.exceptionItem(team: Int32(team)), at: now + handOver)
        }
      }
    }
  }

  /// A work item reaches the team: a Ready caseworker takes it at once (no call is waiting
  /// for them, or they would not be Ready).
  mutating func receiveExceptionItem(team: Int, in simulation: inout Simulation<CentreEvent>) {
    backOffice.exceptionsInTransit -= 1
    backOffice.exceptionQueue[team] += 1
    if let agent = agents.takeReady(team: team) {
      startExceptionWork(agent: agent, in: &simulation)
    }
  }

  /// Whether the agent, now free, takes an exception item: first in the team's reserved
  /// hours while fewer than the reserve are on them (`reserved`), else only when no call
  /// waits for them.
  func takesExceptionItem(agent: Int, reserved: Bool, now: SimInstant) -> Bool {
    let team = Int(agents[agent].team)
    guard backOffice.exceptionQueue[team] > 0 else { return false }
    if !agents[agent].takesCalls { return false }
    guard reserved else { return true }
    var kept = 0
    for reserve in configuration.exceptions!.reserves
    where reserve.team == team && SimInstant(since: reserve.from) <= now
      && now < SimInstant(since: reserve.to)
    {
      kept += reserve.agents
    }
    return backOffice.exceptionBusy[team] < kept
  }

  /// The caseworker works an item: NotReady in the vocabulary's clerical reason (Customer
  /// Related Clerical Work) for its time.
  mutating func startExceptionWork(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    let team = Int(agents[agent].team)
    backOffice.exceptionQueue[team] -= 1
    backOffice.exceptionBusy[team] += 1
    let time = configuration.exceptions!.work.sampleDuration(using: &backOffice.exceptionRandom)
    if simulation.now >= countFrom {
      recorder.statistics.exceptions.worked += 1
      recorder.statistics.exceptions.caseworkerTime += time.microseconds
    }
    goNotReady(
      agent: agent, reason: vocabulary.clerical, cause: .exception, for: time, in: &simulation)
  }

  /// The end of a reporting interval: the backlogs of open incidents and exception items.
  mutating func sampleBacklog(interval: Int, in simulation: inout Simulation<CentreEvent>) {
    if interval < recorder.statistics.incidentBacklog.count {
      recorder.statistics.incidentBacklog[interval] = backOffice.openIncidents
    }
    if interval < recorder.statistics.exceptionBacklog.count {
      recorder.statistics.exceptionBacklog[interval] =
        backOffice.exceptionQueue.reduce(0, +) + backOffice.exceptionsInTransit
    }
    sampleServiceRequests(interval: interval, at: simulation.now, atEnd: false)
    let next = SimInstant(microseconds: Int64(interval + 2) * intervalLength)
    if interval + 1 < configuration.intervalCount {
      simulation.schedule(.backlog(interval: Int32(interval + 1)), at: min(next, end))
    }
  }
}

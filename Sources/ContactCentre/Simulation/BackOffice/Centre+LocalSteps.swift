import SimKernel

extension Centre {
  /// The caseworker works on a problem locally (Incident Management – Manage Incident
  /// Locally): the local steps in order from where it is, each taking NotReady time and
  /// solving it with its probability, until one does, A&G parks it (if the problem is one to
  /// refer to A&G), or none is left and the problem is documented and referred to the team
  /// leader. Returns the NotReady time.
  mutating func workLocally(
    index: Int, at now: SimInstant, in simulation: inout Simulation<CentreEvent>
  ) -> SimDuration {
    let rules = configuration.incidents!
    let counted = backOffice.open[index].counted
    var random = backOffice.random(index)
    var time = SimDuration.zero
    var solvedBy: Incidents.LocalStep?
    var position = Int(backOffice.open[index].localStep)
    if backOffice.open[index].stage == .adviceAnswered {
      // Back to the problem with A&G's answer, which solves it or not.
      let step = rules.local[position]
      time = step.answer!.review.sampleDuration(using: &random)
      if random.nextUnitInterval() < step.solves { solvedBy = step.step }
      position += 1
    }
    while solvedBy == nil && position < rules.local.count {
      let step = rules.local[position]
      if let answer = step.answer, random.nextUnitInterval() >= answer.referred {
        position += 1  // a problem A&G is not appropriate for goes on to AAC
        continue
      }
      time = time + step.time.sampleDuration(using: &random)
      if let answer = step.answer {
        backOffice.open[index].localStep = UInt8(position)
        askAdvice(index: index, answer, after: now + time, using: &random, in: &simulation)
        if counted { recorder.statistics.incidents.caseworkerTime += time.microseconds }
        return time
      }
      if random.nextUnitInterval() < step.solves {
        solvedBy = step.step
        break
      }
      position += 1
    }
    if let solvedBy {
      backOffice.open[index].stage = .closed
      if counted { recorder.statistics.incidents.solvedLocally[solvedBy.rawValue] += 1 }
    } else {
      time = time + rules.document.sampleDuration(using: &random)
      backOffice.open[index].stage = .awaitingApproval
      let approved = now + time + rules.approval.sampleDuration(using: &random)
      if approved < end { simulation.schedule(.incident(index: Int32(index)), at: approved) }
    }
    if counted { recorder.statistics.incidents.caseworkerTime += time.microseconds }
    return time
  }

  /// The caseworker has raised an SR with Advice and Guidance (done at `raised`) and parks the
  /// problem until the answer comes. Seed 000: "Advice and Guidance aim to provide a response
  /// to case specific enquiries within five working days … urgent enquiries have a 24 hour
  /// turnaround." An answer due after the end of the run is outstanding then.
  mutating func askAdvice(
    index: Int, _ answer: AdviceAndGuidance, after raised: SimInstant,
    using random: inout SplitMix64, in simulation: inout Simulation<CentreEvent>
  ) {
    backOffice.open[index].stage = .awaitingAdvice
    let urgent = random.nextUnitInterval() < answer.urgentShare
    let response = (urgent ? answer.urgentResponse : answer.response)
      .sampleDuration(using: &random)
    if backOffice.open[index].counted {
      recorder.statistics.incidents.adviceRequested += 1
      if urgent { recorder.statistics.incidents.adviceUrgent += 1 }
    }
    let due = raised + response
    if due < end { simulation.schedule(.incident(index: Int32(index)), at: due) }
  }

  /// A&G's answer arrives: the caseworker returns to the problem when next free.
  mutating func adviceArrives(index: Int, in simulation: inout Simulation<CentreEvent>) {
    backOffice.open[index].stage = .adviceAnswered
    if backOffice.open[index].counted { recorder.statistics.incidents.adviceAnswered += 1 }
    giveWork(index, in: &simulation)
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Exact steady-state Erlang B, Erlang C (M/M/n) and Erlang A (M/M/n+M) staffing formulas.
///
/// Erlang C uses the closed forms on top of the stable Erlang B recursion. Erlang A is not an
/// approximation: it solves the birth–death chain of the M/M/n+M queue (truncated where the
/// remaining probability mass is below ``tailMass``) and follows a tagged arriving caller
/// through the queue to get P(abandon), the mean wait of answered calls and the service level.
public enum Erlang {
  /// Which queueing model ``agentsRequired(_:serviceLevel:maxAbandon:maxOccupancy:model:)``
  /// staffs for.
  public enum Model: Sendable, Equatable {
    /// Erlang A when the input has a patience, Erlang C otherwise.
    case automatic
    /// Erlang C (M/M/n): the input's patience is ignored.
    case erlangC
    /// Erlang A (M/M/n+M); falls back to Erlang C when the input has no patience.
    case erlangA
  }

  /// The probability mass the truncated Erlang A chain may leave out beyond its last state.
  static let tailMass = 1e-18

  /// The most queue states (positions n, n+1, …) the Erlang A chain is ever truncated at.
  ///
  /// Only reached when patience is enormous compared with a heavy overload, where the queue
  /// settles around (λ − nμ)/θ callers; the result then describes the chain cut at this length.
  static let maxQueueStates = 4_000_000

  /// The Erlang B blocking probability of `agents` servers offered `offeredLoad` erlangs.
  ///
  /// Uses the numerically stable recursion B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)), which
  /// never overflows and keeps full relative precision for thousands of agents.
  public static func b(agents: Int, offeredLoad: Double) -> Double {
    precondition(agents >= 0 && offeredLoad >= 0, "Erlang B needs agents ≥ 0 and load ≥ 0")
    var blocking = 1.0
    for k in stride(from: 1, through: agents, by: 1) {
      let carried = offeredLoad * blocking
      blocking = carried / (Double(k) + carried)
    }
    return blocking
  }

  /// The Erlang C (M/M/n, no abandonment) figures for `input`, from the closed forms.
  ///
  /// With a = λ·AHT, B = Erlang B and μ = 1/AHT: P(wait) = n·B / (n − a(1 − B)),
  /// ASA = P(wait) / (nμ − λ) and SL = 1 − P(wait)·exp(−(nμ − λ)·T). `input.patience` is ignored.
  ///
  /// When a ≥ n the queue is unstable (it grows without bound); the result is then the limit:
  /// probabilityOfWait 1, averageSpeedOfAnswer +∞, serviceLevel 0, abandonRate 0, occupancy 1
  /// (0 with no agents at all: nothing is carried).
  public static func c(_ input: ErlangInput) -> ErlangResult {
    validate(input)
    let load = input.offeredLoad
    let agents = Double(input.agents)
    if input.callsPerHour == 0 { return idle(input) }
    if load >= agents {
      return ErlangResult(
        offeredLoad: load, probabilityOfWait: 1, averageSpeedOfAnswer: .infinity,
        serviceLevel: 0, abandonRate: 0, occupancy: input.agents > 0 ? 1 : 0)
    }
    let blocking = b(agents: input.agents, offeredLoad: load)
    let probabilityOfWait = agents * blocking / (agents - load * (1 - blocking))
    let drain = (agents - load) / input.averageHandleTime  // nμ − λ
    return ErlangResult(
      offeredLoad: load,
      probabilityOfWait: probabilityOfWait,
      averageSpeedOfAnswer: probabilityOfWait / drain,
      serviceLevel: 1 - probabilityOfWait * exp(-drain * input.threshold),
      abandonRate: 0,
      occupancy: load / agents)
  }

  /// The exact Erlang A (M/M/n+M, exponential patience) figures for `input`.
  ///
  /// Solves the birth–death chain of the number of callers in the system (death rate
  /// min(k, n)·μ + max(k − n, 0)·θ, θ = 1/patience) in log space, truncated adaptively once
  /// the remaining mass is below ``tailMass``. By PASTA an arrival finds k callers queued with
  /// probability π(n + k); P(wait) = P(N ≥ n). The tagged caller with k ahead needs k + 1
  /// advances, the j-th (counting down) at rate nμ + jθ, while its own Exp(θ) patience runs:
  /// it is answered with probability nμ / (nμ + (k + 1)θ) after a mean wait of
  /// Σ_{j=1…k+1} 1/(nμ + jθ). The service level P(answered within T) over all arrivals comes
  /// from uniformizing that killed chain. P(abandon) agrees with the flow balance θ·E[Lq]/λ.
  ///
  /// Falls back to ``c(_:)`` when `input.patience` is `nil` (or infinite), and to ``loss(_:)``
  /// when it is 0. Unlike Erlang C the chain is stable for any load, so a ≥ n is fine.
  public static func a(_ input: ErlangInput) -> ErlangResult {
    validate(input)
    guard let patience = input.patience, patience.isFinite else { return c(input) }
    if patience == 0 { return loss(input) }
    return chain(input, abandonmentRate: 1 / patience).result
  }

  /// The figures of callers with no patience at all (M/M/n/n, Erlang's loss system): the
  /// limit of Erlang A as the abandonment rate grows without bound. A caller is answered at
  /// once or leaves at once, so with B = Erlang B: P(wait) = P(abandon) = B, ASA = 0,
  /// SL = 1 − B (an abandon counts against it, as in Erlang A), occupancy = a(1 − B)/n.
  public static func loss(_ input: ErlangInput) -> ErlangResult {
    validate(input)
    if input.callsPerHour == 0 { return idle(input) }
    let load = input.offeredLoad
    let blocking = b(agents: input.agents, offeredLoad: load)
    return ErlangResult(
      offeredLoad: load, probabilityOfWait: blocking, averageSpeedOfAnswer: 0,
      serviceLevel: 1 - blocking, abandonRate: blocking,
      occupancy: input.agents > 0 ? load * (1 - blocking) / Double(input.agents) : 0)
  }

  /// The fewest agents meeting a service-level target (and optionally abandonment and
  /// occupancy caps).
  ///
  /// Evaluates Erlang C, or Erlang A when the model (by default: the input having a patience)
  /// calls for it, for n = start, start + 1, … and returns the first n whose service level is
  /// ≥ `target`, whose abandon rate is ≤ `maxAbandon` and whose occupancy is ≤ `maxOccupancy`
  /// (each cap when given), with its result. `input.agents` is ignored. Erlang C starts at the
  /// smallest stable n (> a, at least 1); Erlang A starts at max(1, ⌊target·a⌋), a safe lower
  /// bound since SL ≤ P(answered) ≤ n/a. The service level rises and the abandon rate and the
  /// occupancy fall with n, so the search gallops from the start (n, n + 1, n + 3, n + 7, …) to
  /// a staffing that meets the goal, then halves the gap to the last that did not: the first n
  /// of the linear scan, in a logarithmic number of evaluations (each an Erlang A chain solve
  /// for hundreds of agents).
  public static func agentsRequired(
    _ input: ErlangInput, serviceLevel target: Double, maxAbandon: Double? = nil,
    maxOccupancy: Double? = nil, model: Model = .automatic
  ) -> (agents: Int, result: ErlangResult) {
    precondition(target <= 1, "a service level above 1 can never be met")
    precondition((maxAbandon ?? 0) >= 0, "the abandonment cap must be ≥ 0")
    precondition((maxOccupancy ?? 1) > 0, "an occupancy cap must be above 0")
    let useErlangA = model != .erlangC && input.patience != nil
    let load = input.offeredLoad
    var agents: Int
    if useErlangA {
      agents = max(1, Int((max(target, 0) * load).rounded(.down)))
    } else {
      agents = max(1, Int(load.rounded(.down)) + 1)
    }
    func meets(_ agents: Int) -> ErlangResult? {
      var trial = input
      trial.agents = agents
      let result = useErlangA ? a(trial) : c(trial)
      let met =
        result.serviceLevel >= target && result.abandonRate <= (maxAbandon ?? .infinity)
        && result.occupancy <= (maxOccupancy ?? .infinity)
      return met ? result : nil
    }
    if let result = meets(agents) { return (agents, result) }
    var short = agents  // the most agents known to fall short
    var step = 1
    var found: (agents: Int, result: ErlangResult)
    while true {
      agents = short + step
      if let result = meets(agents) {
        found = (agents, result)
        break
      }
      short = agents
      step *= 2
    }
    while found.agents - short > 1 {
      let middle = short + (found.agents - short) / 2
      if let result = meets(middle) { found = (middle, result) } else { short = middle }
    }
    return found
  }

  // MARK: - The birth–death chain

  /// The Erlang A chain's result together with the figures used to cross-check it.
  struct ChainSolution: Sendable {
    /// The performance figures.
    var result: ErlangResult
    /// E[Lq], the mean number of callers waiting.
    var meanQueueLength: Double
    /// P(abandon) by flow balance, θ·E[Lq]/λ (the result's figure is per tagged caller).
    var abandonRateByFlowBalance: Double
    /// How many queue states (positions n, n+1, …) the truncated chain kept.
    var queueStates: Int
  }

  /// Solves the M/M/n+M chain for `input` with abandonment rate `theta` (1/patience).
  ///
  /// `theta` may be 0 (then the chain is M/M/n and reproduces Erlang C) only if a < n.
  static func chain(_ input: ErlangInput, abandonmentRate theta: Double) -> ChainSolution {
    validate(input)
    precondition(theta >= 0 && theta.isFinite, "the abandonment rate must be finite and ≥ 0")
    precondition(
      theta > 0 || input.offeredLoad < Double(input.agents),
      "without abandonment the chain is only stable for a < n")
    if input.callsPerHour == 0 {
      return ChainSolution(
        result: idle(input), meanQueueLength: 0, abandonRateByFlowBalance: 0, queueStates: 0)
    }
    let lambda = input.arrivalRate
    let serviceRate = 1 / input.averageHandleTime
    let agents = input.agents
    let drainAll = Double(agents) * serviceRate  // nμ

    let (below, queue) = stationaryDistribution(
      lambda: lambda, serviceRate: serviceRate, agents: agents, theta: theta)

    var probabilityOfWait = CompensatedSum()
    var queueLength = CompensatedSum()
    var abandoned = CompensatedSum()
    var answeredAfterWait = CompensatedSum()
    var waitOfAnswered = CompensatedSum()
    var meanWaitGivenAnswered = CompensatedSum()  // Σ_{j=1…k+1} 1/(nμ + jθ)
    for (ahead, mass) in queue.enumerated() {
      let position = Double(ahead + 1)  // the tagged caller's place in the queue
      let exitRate = drainAll + position * theta
      let answered = mass * drainAll / exitRate
      meanWaitGivenAnswered.add(1 / exitRate)
      probabilityOfWait.add(mass)
      queueLength.add(Double(ahead) * mass)
      abandoned.add(mass * position * theta / exitRate)
      answeredAfterWait.add(answered)
      waitOfAnswered.add(answered * meanWaitGivenAnswered.value)
    }
    let probabilityAnswered = below + answeredAfterWait.value
    let answeredWithinThreshold =
      below
      + answeredAfterWaitWithin(
        input.threshold, queue: queue, drainAll: drainAll, theta: theta)
    let result = ErlangResult(
      offeredLoad: input.offeredLoad,
      probabilityOfWait: probabilityOfWait.value,
      averageSpeedOfAnswer: probabilityAnswered > 0
        ? waitOfAnswered.value / probabilityAnswered : .infinity,
      serviceLevel: min(1, answeredWithinThreshold),
      abandonRate: abandoned.value,
      occupancy: agents > 0
        ? min(1, input.offeredLoad * probabilityAnswered / Double(agents)) : 0)
    return ChainSolution(
      result: result,
      meanQueueLength: queueLength.value,
      abandonRateByFlowBalance: theta * queueLength.value / lambda,
      queueStates: queue.count)
  }

  /// The normalized stationary distribution: P(N < n) and the masses π(n + k), k = 0, 1, ….
  ///
  /// Log-probabilities are accumulated with compensated summation of log(λ / death rate); the
  /// chain stops at the first state past the mode whose geometric tail bound
  /// π(i)·r/(1 − r), r = λ / death(i + 1), is below ``tailMass`` times the largest term.
  private static func stationaryDistribution(
    lambda: Double, serviceRate: Double, agents: Int, theta: Double
  ) -> (below: Double, queue: [Double]) {
    var logTerms: [Double] = [0]
    var logSum = CompensatedSum()
    var largest = 0.0
    let logTail = log(tailMass)
    var state = 0
    func deathRate(_ state: Int) -> Double {
      Double(min(state, agents)) * serviceRate + Double(max(state - agents, 0)) * theta
    }
    while true {
      state += 1
      logSum.add(log(lambda / deathRate(state)))
      let logTerm = logSum.value
      logTerms.append(logTerm)
      largest = max(largest, logTerm)
      guard state >= agents else { continue }
      let ratio = lambda / deathRate(state + 1)
      if ratio < 1 && logTerm - largest + log(ratio / (1 - ratio)) < logTail { break }
      if state - agents + 1 >= maxQueueStates { break }
    }
    var total = CompensatedSum()
    var below = CompensatedSum()
    let terms = logTerms.map { exp($0 - largest) }
    for (index, term) in terms.enumerated() {
      total.add(term)
      if index < agents { below.add(term) }
    }
    let norm = total.value
    return (below.value / norm, terms[agents...].map { $0 / norm })
  }

  /// P(a caller queues, then is answered within `threshold` seconds), by uniformization.
  ///
  /// `queue[k]` is the probability of arriving with k callers ahead. From k ahead the tagged
  /// caller advances at rate nμ + kθ (from 0 ahead that means being answered) and abandons at
  /// rate θ; the chain is uniformized at Λ = nμ + Kθ (K = queue.count, the largest exit rate)
  /// and the answered mass after m jumps is weighted by Poisson(m; ΛT), summed to
  /// m = ΛT + 12√(ΛT) + 50, beyond which the Poisson tail is negligible.
  private static func answeredAfterWaitWithin(
    _ threshold: Double, queue: [Double], drainAll: Double, theta: Double
  ) -> Double {
    let count = queue.count
    guard threshold > 0, count > 0, drainAll > 0 else { return 0 }
    let uniformRate = drainAll + Double(count) * theta
    let move = (0..<count).map { (drainAll + Double($0) * theta) / uniformRate }
    let stay = (0..<count).map { Double(count - 1 - $0) * theta / uniformRate }
    let meanJumps = uniformRate * threshold
    let logMeanJumps = log(meanJumps)
    let maxJumps = Int(meanJumps + 12 * meanJumps.squareRoot() + 50)
    var mass = queue
    var answered = CompensatedSum()
    var within = CompensatedSum()
    for jump in 1...maxJumps {
      answered.add(mass[0] * move[0])
      for ahead in 0..<count {
        let fromBehind = ahead + 1 < count ? mass[ahead + 1] * move[ahead + 1] : 0
        mass[ahead] = mass[ahead] * stay[ahead] + fromBehind
      }
      let jumps = Double(jump)
      let logPoisson = jumps * logMeanJumps - meanJumps - lgamma(jumps + 1)
      within.add(exp(logPoisson) * answered.value)
    }
    return within.value
  }

  // MARK: - Helpers

  /// Checks the input's ranges.
  private static func validate(_ input: ErlangInput) {
    precondition(input.callsPerHour >= 0 && input.callsPerHour.isFinite, "calls/hour must be ≥ 0")
    precondition(input.averageHandleTime > 0 && input.averageHandleTime.isFinite, "AHT must be > 0")
    precondition(input.agents >= 0, "agents must be ≥ 0")
    precondition(input.threshold >= 0, "the service-level threshold must be ≥ 0")
    precondition((input.patience ?? 1) >= 0, "patience must be ≥ 0")
  }

  /// The result with no calls at all: nobody waits, everything is in service level.
  private static func idle(_ input: ErlangInput) -> ErlangResult {
    ErlangResult(
      offeredLoad: input.offeredLoad, probabilityOfWait: 0, averageSpeedOfAnswer: 0,
      serviceLevel: 1, abandonRate: 0, occupancy: 0)
  }

  /// Neumaier's compensated sum: the rounding error of each addition is carried separately.
  private struct CompensatedSum {
    private var sum = 0.0
    private var compensation = 0.0

    /// The compensated total so far.
    var value: Double { sum + compensation }

    /// Adds `term`, keeping the low-order bits the addition loses.
    mutating func add(_ term: Double) {
      let next = sum + term
      if abs(sum) >= abs(term) {
        compensation += (sum - next) + term
      } else {
        compensation += (term - next) + sum
      }
      sum = next
    }
  }
}

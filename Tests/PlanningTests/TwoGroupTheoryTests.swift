import ContactCentre
import SimKernel
import Testing

@testable import Planning

/// Handle time by who serves against theory (issue 18 part 2): one queue, two teams whose
/// agents talk exponentially at different rates, the preferred team first (`teamOrder`), no
/// ACW, no abandonment. The system is a continuous-time Markov chain on (busy in team 1, busy
/// in team 2, waiting), solved exactly here (the queue truncated far out); the simulation must
/// agree within the 99.9 % Student-t interval of its replications.
struct TwoGroupTheoryTests {
  struct Model {
    var perHour: Double
    /// Agents and mean talk (seconds) of the preferred team, then of the overflow team.
    var agents: (Int, Int)
    var meanTalk: (Double, Double)
    /// The call type's own talk, which neither team uses.
    var callTypeTalk = 300.0

    var configuration: CentreConfiguration {
      var step = RoutingStep(after: .zero, target: .teams([0, 1]))
      step.select = .teamOrder
      var preferred = Team(id: "specialists", agents: agents.0, handles: [])
      preferred.handleTimes = [TeamHandleTime(callType: 0, talk: .exponential(mean: meanTalk.0))]
      var overflow = Team(id: "generalists", agents: agents.1, handles: [])
      overflow.handleTimes = [TeamHandleTime(callType: 0, talk: .exponential(mean: meanTalk.1))]
      return CentreConfiguration(
        name: "two groups", seed: 20_261_206, duration: .hours(205), warmup: .hours(5),
        lines: [
          Line(
            id: "main", callTypes: [Line.CallTypeShare(callType: 0, share: 1)],
            arrivals: .perHour(perHour), plan: 0)
        ],
        callTypes: [
          CallType(id: "enquiry", talk: .exponential(mean: callTypeTalk), patience: nil)
        ],
        teams: [preferred, overflow],
        plans: [RoutingPlan(id: "queue", steps: [step])])
    }

    /// The stationary P(wait), mean wait (seconds) and each team's utilisation.
    func theory(queueLimit: Int = 400) -> (
      probabilityOfWait: Double, meanWait: Double, utilisation: (Double, Double)
    ) {
      let (n1, n2) = agents
      let lambda = perHour / 3600
      let (mu1, mu2) = (1 / meanTalk.0, 1 / meanTalk.1)
      // States: (i, j, 0) for i ≤ n1, j ≤ n2; then (n1, n2, q) for q = 1 … queueLimit.
      var states: [(Int, Int, Int)] = []
      for i in 0...n1 { for j in 0...n2 { states.append((i, j, 0)) } }
      for q in 1...queueLimit { states.append((n1, n2, q)) }
      let index = Dictionary(
        uniqueKeysWithValues: states.enumerated().map { ("\($1.0),\($1.1),\($1.2)", $0) })
      func at(_ i: Int, _ j: Int, _ q: Int) -> Int { index["\(i),\(j),\(q)"]! }
      let count = states.count
      // Balance equations πQ = 0: column s of Qᵀ row by row.
      var matrix = Array(repeating: Array(repeating: 0.0, count: count), count: count)
      func rate(_ from: Int, _ to: Int, _ value: Double) {
        matrix[to][from] += value
        matrix[from][from] -= value
      }
      for (s, (i, j, q)) in states.enumerated() {
        // An arrival: the preferred team first, then the overflow team, then the queue.
        if i < n1 {
          rate(s, at(i + 1, j, 0), lambda)
        } else if j < n2 {
          rate(s, at(i, j + 1, 0), lambda)
        } else if q < queueLimit {
          rate(s, at(i, j, q + 1), lambda)
        }
        // An end of talk: the freed agent takes the first waiting call, else goes Ready.
        if i > 0 { rate(s, q > 0 ? at(i, j, q - 1) : at(i - 1, j, 0), Double(i) * mu1) }
        if j > 0 { rate(s, q > 0 ? at(i, j, q - 1) : at(i, j - 1, 0), Double(j) * mu2) }
      }
      // One equation replaced by Σπ = 1; Gaussian elimination with partial pivoting.
      var right = Array(repeating: 0.0, count: count)
      matrix[0] = Array(repeating: 1.0, count: count)
      right[0] = 1
      for column in 0..<count {
        let pivot = (column..<count).max { abs(matrix[$0][column]) < abs(matrix[$1][column]) }!
        matrix.swapAt(column, pivot)
        right.swapAt(column, pivot)
        for row in (column + 1)..<count where matrix[row][column] != 0 {
          let factor = matrix[row][column] / matrix[column][column]
          for k in column..<count { matrix[row][k] -= factor * matrix[column][k] }
          right[row] -= factor * right[column]
        }
      }
      var pi = Array(repeating: 0.0, count: count)
      for row in stride(from: count - 1, through: 0, by: -1) {
        var sum = right[row]
        for k in (row + 1)..<count { sum -= matrix[row][k] * pi[k] }
        pi[row] = sum / matrix[row][row]
      }
      var wait = 0.0
      var queue = 0.0
      var busy = (0.0, 0.0)
      for (s, (i, j, q)) in states.enumerated() {
        if i == n1 && j == n2 { wait += pi[s] }
        queue += Double(q) * pi[s]
        busy.0 += Double(i) * pi[s]
        busy.1 += Double(j) * pi[s]
      }
      // PASTA: an arrival waits when it finds everyone busy; Little: mean wait = E[queue]/λ.
      return (wait, queue / lambda, (busy.0 / Double(n1), busy.1 / Double(n2)))
    }
  }

  static let replications = 12

  @Test func preferredFastTeamAndSlowOverflowAgreeWithTheMarkovChain() {
    let model = Model(perHour: 45, agents: (3, 2), meanTalk: (240, 480))
    let theory = model.theory()
    let runs = Replications.run(
      model.configuration, count: Self.replications, jobs: 2, intervals: false)
    let checks: [(String, [Double], Double)] = [
      ("P(wait)", runs.map { $0.total.probabilityOfWait! }, theory.probabilityOfWait),
      ("mean wait", runs.map { $0.total.averageSpeedOfAnswer! }, theory.meanWait),
      ("utilisation of the specialists", runs.map { $0.teams[0].occupancy! }, theory.utilisation.0),
      ("utilisation of the generalists", runs.map { $0.teams[1].occupancy! }, theory.utilisation.1),
    ]
    for (name, values, expected) in checks {
      let (ok, detail) = SimulationVersusTheoryTests.agrees(values, with: expected)
      #expect(ok, "\(name): \(detail)")
    }
    // The teams' own times matter: with the call type's 300 s for everyone the specialists'
    // utilisation is not what the chain says.
    var slower = model
    slower.meanTalk = (300, 300)
    #expect(
      !SimulationVersusTheoryTests.agrees(
        runs.map { $0.teams[0].occupancy! }, with: slower.theory().utilisation.0
      ).0)
  }
}

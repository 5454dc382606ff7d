/// Nelder and Mead's simplex minimiser, restarted from its best point until a restart gains
/// nothing: slow but robust for the two-parameter likelihoods here, which need no derivatives.
enum NelderMead {
  /// The point of least `objective` found from `start`, the simplex's first edges `steps` long.
  ///
  /// An objective that is NaN somewhere is treated as +∞ there, so a parameter may wander
  /// outside its domain without harm.
  static func minimize(
    _ objective: ([Double]) -> Double, from start: [Double], steps: [Double],
    tolerance: Double = 1e-10, maximumEvaluations: Int = 4_000
  ) -> (point: [Double], value: Double) {
    func f(_ x: [Double]) -> Double {
      let value = objective(x)
      return value.isNaN ? .infinity : value
    }
    var best = (point: start, value: f(start))
    var evaluations = 1
    var scale = steps
    for _ in 0..<5 {
      let (point, value, used) = run(
        f, from: best.point, steps: scale, tolerance: tolerance,
        budget: maximumEvaluations - evaluations)
      evaluations += used
      let gain = best.value - value
      if value <= best.value { best = (point, value) }
      if gain <= tolerance * (abs(value) + 1) || evaluations >= maximumEvaluations { break }
      scale = scale.map { $0 / 4 }
    }
    return best
  }

  /// One descent: the simplex until its values agree within `tolerance` or the budget ends.
  private static func run(
    _ f: ([Double]) -> Double, from start: [Double], steps: [Double], tolerance: Double,
    budget: Int
  ) -> (point: [Double], value: Double, evaluations: Int) {
    let dimension = start.count
    var simplex = [start]
    for i in 0..<dimension {
      var vertex = start
      vertex[i] += steps[i]
      simplex.append(vertex)
    }
    var values = simplex.map(f)
    var evaluations = simplex.count
    func combine(_ a: [Double], _ b: [Double], _ t: Double) -> [Double] {
      // a + t·(b − a)
      zip(a, b).map { $0 + t * ($1 - $0) }
    }
    while evaluations < budget {
      let order = values.indices.sorted { values[$0] < values[$1] }
      simplex = order.map { simplex[$0] }
      values = order.map { values[$0] }
      if abs(values[dimension] - values[0]) <= tolerance * (abs(values[0]) + 1) { break }
      var centroid = Array(repeating: 0.0, count: dimension)
      for vertex in simplex.dropLast() {
        for i in 0..<dimension { centroid[i] += vertex[i] / Double(dimension) }
      }
      let worst = simplex[dimension]
      let reflected = combine(centroid, worst, -1)
      let reflectedValue = f(reflected)
      evaluations += 1
      if reflectedValue < values[0] {
        let expanded = combine(centroid, worst, -2)
        let expandedValue = f(expanded)
        evaluations += 1
        if expandedValue < reflectedValue {
          (simplex[dimension], values[dimension]) = (expanded, expandedValue)
        } else {
          (simplex[dimension], values[dimension]) = (reflected, reflectedValue)
        }
        continue
      }
      if reflectedValue < values[dimension - 1] {
        (simplex[dimension], values[dimension]) = (reflected, reflectedValue)
        continue
      }
      let outside = reflectedValue < values[dimension]
      let contracted = combine(centroid, outside ? reflected : worst, 0.5)
      let contractedValue = f(contracted)
      evaluations += 1
      if contractedValue < min(reflectedValue, values[dimension]) {
        (simplex[dimension], values[dimension]) = (contracted, contractedValue)
        continue
      }
      for i in 1...dimension {
        simplex[i] = combine(simplex[0], simplex[i], 0.5)
        values[i] = f(simplex[i])
      }
      evaluations += dimension
    }
    let index = values.indices.min { values[$0] < values[$1] }!
    return (simplex[index], values[index], evaluations)
  }
}

/// Standard errors from the observed information: the inverse of the negative log-likelihood's
/// Hessian at its minimum, by central differences, carried to derived quantities by the delta
/// method with a numerical gradient.
struct ObservedInformation {
  /// The covariance of the two parameters (the inverse Hessian); nil when the Hessian is not
  /// positive definite (a flat or degenerate likelihood).
  let covariance: [[Double]]?
  let point: [Double]

  /// The information of `negativeLogLikelihood` at its minimum `point`, in two parameters
  /// scaled near 1 (logarithms of positive parameters), with steps `step`.
  init(
    _ negativeLogLikelihood: ([Double]) -> Double, at point: [Double], step: Double = 1e-3
  ) {
    self.point = point
    func f(_ dx: Double, _ dy: Double) -> Double {
      negativeLogLikelihood([point[0] + dx * step, point[1] + dy * step])
    }
    let center = f(0, 0)
    let hxx = (f(1, 0) - 2 * center + f(-1, 0)) / (step * step)
    let hyy = (f(0, 1) - 2 * center + f(0, -1)) / (step * step)
    let hxy = (f(1, 1) - f(1, -1) - f(-1, 1) + f(-1, -1)) / (4 * step * step)
    let determinant = hxx * hyy - hxy * hxy
    if hxx > 0 && determinant > 0 && determinant.isFinite {
      covariance = [
        [hyy / determinant, -hxy / determinant], [-hxy / determinant, hxx / determinant],
      ]
    } else {
      covariance = nil
    }
  }

  /// The standard error of g(parameters) by the delta method; infinite without a covariance.
  func standardError(of g: ([Double]) -> Double) -> Double {
    guard let covariance else { return .infinity }
    let gradient = (0..<2).map { i -> Double in
      let h = 1e-6 * max(1, abs(point[i]))
      var up = point
      var down = point
      up[i] += h
      down[i] -= h
      return (g(up) - g(down)) / (2 * h)
    }
    var variance = 0.0
    for i in 0..<2 {
      for j in 0..<2 { variance += gradient[i] * covariance[i][j] * gradient[j] }
    }
    return max(0, variance).squareRoot()
  }
}

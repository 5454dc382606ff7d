import Testing

@testable import Calibration

@Suite struct NelderMeadTests {
  /// Rosenbrock's valley, the classic hard case for a simplex: the minimum 0 at (1, 1).
  @Test func findsTheBottomOfRosenbrocksValley() {
    let rosenbrock = { (x: [Double]) -> Double in
      let a = 1 - x[0]
      let b = x[1] - x[0] * x[0]
      return a * a + 100 * b * b
    }
    let result = NelderMead.minimize(rosenbrock, from: [-1.2, 1], steps: [0.5, 0.5])
    #expect(abs(result.point[0] - 1) < 1e-4)
    #expect(abs(result.point[1] - 1) < 1e-4)
    #expect(result.value < 1e-8)
  }

  /// NaN where a parameter leaves its domain is treated as +∞, so the search stays inside.
  @Test func stepsAroundWhereTheObjectiveIsUndefined() {
    let result = NelderMead.minimize(
      { x in x[0] <= 0 ? .nan : (x[0] - 0.01) * (x[0] - 0.01) + x[1] * x[1] }, from: [2, 1],
      steps: [1, 1])
    #expect(abs(result.point[0] - 0.01) < 1e-4)
  }

  /// For f = ½ xᵀ A x the covariance is A⁻¹ exactly; the delta method of g = x₀ + 2x₁ gives
  /// √(gᵀ A⁻¹ g).
  @Test func observedInformationInvertsAQuadratic() throws {
    let (a, b, c) = (4.0, 1.0, 2.0)
    let information = ObservedInformation(
      { x in 0.5 * (a * x[0] * x[0] + 2 * b * x[0] * x[1] + c * x[1] * x[1]) }, at: [0, 0])
    let covariance = try #require(information.covariance)
    let determinant = a * c - b * b
    #expect(abs(covariance[0][0] - c / determinant) < 1e-6)
    #expect(abs(covariance[0][1] + b / determinant) < 1e-6)
    #expect(abs(covariance[1][1] - a / determinant) < 1e-6)
    let variance = (c - 4 * b + 4 * a) / determinant
    #expect(abs(information.standardError { $0[0] + 2 * $0[1] } - variance.squareRoot()) < 1e-6)
    let flat = ObservedInformation({ x in x[0] * x[0] }, at: [0, 0])
    #expect(flat.covariance == nil)
    #expect(flat.standardError { $0[0] } == .infinity)
  }
}

/// The steady-state performance figures of one Erlang C or Erlang A calculation.
///
/// All probabilities are per arriving call (PASTA), times are in seconds.
public struct ErlangResult: Sendable, Equatable {
  /// The offered load a = λ · AHT in erlangs.
  public var offeredLoad: Double
  /// P(an arriving call finds all agents busy and has to queue).
  public var probabilityOfWait: Double
  /// Mean wait in queue of the calls that are answered (immediately answered calls count as 0).
  public var averageSpeedOfAnswer: Double
  /// Calls answered within the threshold divided by all arriving calls.
  public var serviceLevel: Double
  /// P(an arriving call abandons before being answered); 0 for Erlang C.
  public var abandonRate: Double
  /// Carried load per agent, λ · P(answered) · AHT / n.
  public var occupancy: Double

  /// Creates a result from its figures.
  public init(
    offeredLoad: Double, probabilityOfWait: Double, averageSpeedOfAnswer: Double,
    serviceLevel: Double, abandonRate: Double, occupancy: Double
  ) {
    self.offeredLoad = offeredLoad
    self.probabilityOfWait = probabilityOfWait
    self.averageSpeedOfAnswer = averageSpeedOfAnswer
    self.serviceLevel = serviceLevel
    self.abandonRate = abandonRate
    self.occupancy = occupancy
  }
}

/// A day-level busyness factor shared by several lines: one gamma draw of mean 1 per day
/// multiplies every arrival rate of all its lines, so that their calls move together, as
/// ContactCenters' busyness factor B does for every call type (`SimpleMSK`: "the busyness is
/// not specific to a contact type").
///
/// A line with its own `overdispersion` too has both factors: their product scales its rates.
public struct SharedBusyness: Sendable, Equatable {
  /// The scenario's identifier: it keys the factor's random stream.
  public var id: String
  /// The coefficient of variation of the daily factor; 0 = none.
  public var cv: Double

  /// Creates a shared busyness factor.
  public init(id: String, cv: Double) {
    self.id = id
    self.cv = cv
  }
}

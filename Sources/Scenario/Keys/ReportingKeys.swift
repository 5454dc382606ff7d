import ContactCentre

/// The keys of `reporting`: the ACD conventions the figures are counted by
/// (docs/scenario-format.md, section 18).
enum ReportingKeys {
  static let serviceLevelThreshold = Field<ReportingConventions.Threshold>(
    "serviceLevelThreshold", .choice,
    .defaulted(#""inclusive""#),
    "`\"inclusive\"`: a call answered after exactly `serviceLevel.threshold` is within it (wait"
      + " ≤ threshold, as Avaya CMS and Cisco Unified CCE count); `\"exclusive\"`: it is not"
      + " (wait < threshold, as Genesys time ranges count). Abandons within the threshold are"
      + " judged the same way")
  static let abandonsInServiceLevel = Field<ReportingConventions.AbandonsInServiceLevel>(
    "abandonsInServiceLevel", .choice,
    .defaulted(#""counted""#),
    "what calls abandoned within the threshold (short abandons aside) do to the service level,"
      + " Cisco Unified CCE's service-level types: `\"counted\"` against it (type 2, abandons"
      + " have a negative impact), `\"ignored\"` (type 1, left out of it) or `\"met\"` (type 3,"
      + " counted as answered within the threshold). Abandons after the threshold always count"
      + " against it")
  static let shortAbandonsInAbandonRate = Field<ReportingConventions.ShortAbandonsInAbandonRate>(
    "shortAbandonsInAbandonRate", .choice,
    .defaulted(#""counted""#),
    "`\"counted\"`: short abandons are abandons in the abandon rate; `\"removed\"`: they are left"
      + " out of both its counts, as Cisco Unified CCE's short-call timer (abandon wait time)"
      + " removes them. They are left out of the service level either way")
  static let answeredCounted = Field<ReportingConventions.AnsweredCounted>(
    "answeredCounted", .choice,
    .defaulted(#""atEndOfTalk""#),
    "`\"atEndOfTalk\"`: a call counts as answered once its talk is over, in the interval it"
      + " queued in, and a call still talking at the end is unresolved; `\"atAnswer\"`: it"
      + " counts at the moment of answer, in the interval it was answered (an abandon in the"
      + " interval the caller hung up), as an ACD counts, and a call still waiting at the end"
      + " after the threshold counts as missed in the service level of the last interval")

  static let format = ObjectFormat(
    "reporting",
    summary:
      "How calls are counted in the service level, the abandon rate and the intervals: the"
      + " conventions of the ACD the simulation is compared with. Every key left out keeps"
      + " ccsim's own convention.",
    fields: [
      serviceLevelThreshold, abandonsInServiceLevel, shortAbandonsInAbandonRate, answeredCounted,
    ])
}

extension ValueKind
where Value: CaseIterable & RawRepresentable & Sendable, Value.RawValue == String {
  /// One of the raw values of a string enum, e.g. `"inclusive"` or `"exclusive"`.
  static var choice: ValueKind {
    .oneOf(Value.allCases.map { ($0.rawValue, $0) }, typeName: "string")
  }
}

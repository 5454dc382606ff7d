import ContactCentre
import SimKernel

/// The keys of a routing plan's `virtualHold`: callback in queue.
enum VirtualHoldKeys {
  static let offerAfter = Field(
    "offerAfter", .duration, .required,
    "how long the caller has been in the queue when, still waiting, they are offered a"
      + " call-back (a caller whose patience ends at that very moment hangs up first)")
  static let acceptShare = Field(
    "acceptShare", .probability, .required,
    "the share of callers offered who accept: they hang up, keep their place in the queue and"
      + " no longer abandon")
  static let reachShare = Field(
    "reachShare", .probability, .defaulted("1"),
    "the share of call-backs that reach the caller; one not reached closes (it is not retried)"
      + " and counts as abandoned")
  static let dialTime = Field(
    "dialTime", .distribution, .defaulted("0"),
    "dialling and ringing from the moment an agent takes the call to the caller's answer (or"
      + " to giving up when not reached); the agent shows as Reserved meanwhile")

  static let format = ObjectFormat(
    "virtualHold",
    summary:
      "Callback in queue: a caller still waiting after offerAfter is offered a call-back and,"
      + " accepting, is called back by the agent who takes the call at their place in the queue.",
    fields: [offerAfter, acceptShare, reachShare, dialTime])
}

extension ScenarioDecoder {
  /// `"virtualHold": {"offerAfter", "acceptShare", "reachShare", "dialTime"}`.
  static func virtualHold(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> VirtualHold?
  {
    typealias Keys = VirtualHoldKeys
    guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
    else { return nil }
    let offerAfter = reader.read(Keys.offerAfter)
    let acceptShare = reader.read(Keys.acceptShare)
    let reachShare = reader.read(Keys.reachShare)
    let dialTime = reader.read(Keys.dialTime)
    guard let offerAfter, let acceptShare, let reachShare, let dialTime else { return nil }
    return VirtualHold(
      offerAfter: offerAfter, acceptShare: acceptShare, reachShare: reachShare,
      dialTime: dialTime)
  }
}

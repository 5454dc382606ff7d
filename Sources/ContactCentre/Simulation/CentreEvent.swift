/// A reference to a call slot that stays valid only while the slot holds the same call.
struct CallReference: Equatable {
  /// The slot in the centre's call table.
  var slot: UInt32
  /// The slot's generation when the reference was taken.
  var generation: UInt32
}

/// The closed set of events of the contact-centre model.
public enum CentreEvent: Sendable, Equatable, BitwiseCopyable {
  /// The next caller rings the line with this index.
  case arrival(line: Int32)
  /// A waiting caller's patience runs out in this call slot (ignored unless the call in the
  /// slot is still waiting and its patience ends now).
  case abandon(call: Int32)
  /// The agent with this index finishes talking.
  case talkEnd(agent: Int32)
  /// The agent with this index finishes After Call Work.
  case wrapUpEnd(agent: Int32)
}

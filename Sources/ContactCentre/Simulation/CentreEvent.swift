/// A reference to a call slot that stays valid only while the slot holds the same call.
public struct CallReference: Sendable, Equatable {
  /// The slot in the centre's call table.
  var slot: UInt32
  /// The slot's generation when the reference was taken.
  var generation: UInt32
}

/// The closed set of events of the contact-centre model.
public enum CentreEvent: Sendable, Equatable {
  /// The next caller rings the line with this index.
  case arrival(line: Int32)
  /// A waiting caller's patience runs out (ignored if the call was answered meanwhile).
  case abandon(CallReference)
  /// The agent with this index finishes talking.
  case talkEnd(agent: Int32)
  /// The agent with this index finishes After Call Work.
  case wrapUpEnd(agent: Int32)
}

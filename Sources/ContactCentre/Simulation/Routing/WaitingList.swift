import SimKernel

/// A waiting call in one of its waiting lists: valid while the call is still waiting with the
/// same ticket (entries of calls answered or abandoned meanwhile are stale).
struct WaitEntry: HeapElement {
  var queuedAt: Int64
  var caller: UInt64
  var slot: UInt32
  var ticket: UInt32

  /// Queue order: longest waiting first, then the order callers arrived.
  @inline(__always) func precedes(_ other: WaitEntry) -> Bool {
    queuedAt < other.queuedAt || (queuedAt == other.queuedAt && caller < other.caller)
  }

  @inline(__always) static func markEnd(_ slot: UnsafeMutablePointer<WaitEntry>) {
    slot.pointee.queuedAt = .max
    slot.pointee.caller = .max
  }
}

/// The calls waiting for one routing target at one step of one plan, longest waiting first: a
/// heap, so that a call that rang out (RONA) goes back in at its old place.
///
/// A call answered elsewhere or abandoned leaves a stale entry behind. Stale entries at the
/// front are dropped as they are met, the others when the list is full
/// (`Heap.insert(_:droppingWhenFull:)`): a list nobody takes calls from holds about the calls
/// waiting in it, not every call that ever waited. Calls come out as they would if every
/// stale entry waited for the front: only two entries that tie — queued in the same
/// microsecond by callers with the same number, of different call types — could swap.
typealias WaitingList = Heap<WaitEntry>

import SimKernel

/// The calls in flight, each in a reusable slot, with its one timer (the next routing step or
/// the end of the caller's patience, whichever comes first).
///
/// Owns: the call table, the free slots, the calls' timer tokens.
struct CallSlots: ~Copyable {
  private var table = Table<Call>()
  private var free = Table<UInt32>()
  var timers = TimerTokens()

  /// The call in `slot`.
  @inline(__always) subscript(slot: Int) -> Call {
    unsafeAddress { UnsafePointer(table.address(slot)) }
    unsafeMutableAddress { table.address(slot) }
  }

  /// Every slot.
  var indices: Range<Int> { table.indices }

  /// Puts `call` in a free slot and returns the slot; the slot's ticket moves on, so that
  /// entries of the slot's previous call are stale.
  mutating func allocate(_ call: Call) -> Int {
    if let slot = free.popLast() {
      let ticket = table[Int(slot)].ticket &+ 1
      table[Int(slot)] = call
      table[Int(slot)].ticket = ticket
      return Int(slot)
    }
    table.append(call)
    timers.append()
    return table.count - 1
  }

  /// Frees `slot`: its call has left the centre; its timer, if pending, is stale.
  mutating func release(_ slot: Int) {
    table[slot].phase = .free
    table[slot].ticket &+= 1
    timers.cancel(slot)
    free.append(UInt32(slot))
  }
}

@available(*, unavailable)
extension CallSlots: Sendable {}

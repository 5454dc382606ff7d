/// Fields of text made once and copied into many rows (`calls.csv`'s names of lines, queues,
/// agents…): kinds of field, each a list by index, held as bytes in one block of memory that
/// is never changed, so that copying one costs no reference counting.
final class FieldTable: @unchecked Sendable {
  private struct Span {
    var start: Int
    var count: Int
  }

  private let bytes: UnsafeMutablePointer<UInt8>
  /// Per kind, where its first field's span is in `spans`.
  private let firstSpan: UnsafeMutablePointer<Int>
  private let spans: UnsafeMutablePointer<Span>
  /// The longest field of each kind, summed.
  let longest: Int

  /// The fields of each kind (`kinds[kind][index]`), as bytes.
  init(_ kinds: [[[UInt8]]]) {
    let total = kinds.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } }
    // Room past the last field for `CSVBytes.appendShort`'s whole 16 bytes.
    bytes = .allocate(capacity: total + CSVBytes.shortField)
    bytes.initialize(repeating: 0, count: total + CSVBytes.shortField)
    spans = .allocate(capacity: max(kinds.reduce(0) { $0 + $1.count }, 1))
    var starts: [Int] = []
    var offset = 0
    var span = 0
    for fields in kinds {
      starts.append(span)
      for field in fields {
        (bytes + offset).initialize(from: field, count: field.count)
        (spans + span).initialize(to: Span(start: offset, count: field.count))
        offset += field.count
        span += 1
      }
    }
    firstSpan = .allocate(capacity: max(starts.count, 1))
    firstSpan.initialize(from: starts, count: starts.count)
    longest = kinds.reduce(0) { $0 + ($1.map(\.count).max() ?? 0) }
  }

  deinit {
    bytes.deallocate()
    spans.deallocate()
    firstSpan.deallocate()
  }

  /// Copies field `index` of `kind` into `out`.
  @inline(__always)
  func append(_ kind: Int, _ index: Int, to out: inout CSVBytes) {
    let span = spans[firstSpan[kind] + index]
    if span.count <= CSVBytes.shortField {
      out.appendShort(bytes + span.start, count: span.count)
    } else {
      out.append(bytes + span.start, count: span.count)
    }
  }
}

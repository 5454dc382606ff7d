/// The position drawn by `u` (uniform in [0, 1)) among `shares` summing to 1 — or by `u`
/// scaled to their total: the first whose running total exceeds `u`, else the last (against
/// rounding).
func position(drawnBy u: Double, among shares: some Collection<Double>) -> Int {
  var rest = u
  for (index, share) in shares.enumerated() {
    if rest < share { return index }
    rest -= share
  }
  return shares.count - 1
}

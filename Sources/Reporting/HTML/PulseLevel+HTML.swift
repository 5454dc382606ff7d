import ContactCentre
import SimKernel

extension PulseLevel {
  /// The CSS class of a figure at this level: green within the thresholds, amber or red past
  /// them.
  var cssClass: String {
    switch self {
    case .normal: "lv-good"
    case .amber: "lv-amber"
    case .red: "lv-red"
    }
  }

  /// ` class="…"` for a cell at `level`; nothing for a figure no threshold applies to (nil),
  /// which stays uncoloured.
  static func classAttribute(_ level: PulseLevel?) -> String {
    level.map { " class=\"\($0.cssClass)\"" } ?? ""
  }
}

extension PulseThresholds {
  /// The level of a spell of After Call Work of `seconds`; nil without one.
  func level(afterCallWorkSeconds seconds: Double?) -> PulseLevel? {
    seconds.map { level(state: .afterCallWork, timeInState: .seconds($0)) }
  }
}

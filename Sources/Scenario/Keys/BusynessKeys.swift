import ContactCentre
import SimKernel

/// The keys of an entry of `busyness` (docs/scenario-format.md, section 7): a day-level
/// busyness factor shared by several lines.
enum BusynessKeys {
  /// A shared factor and the lines (indices) it scales.
  typealias Group = (busyness: SharedBusyness, lines: [Int])

  static let id = Field(
    "id", .name, .required, "unique among `busyness` entries; names the factor's random stream")
  static let cv = Field(
    "cv", .coefficientOfVariation, .required,
    "the coefficient of variation of the daily factor, from 0 (none: as if the entry were not"
      + " there) to 10")
  static let lines = Field<[Int]>(
    "lines", .array(of: .reference(to: "line"), nonEmpty: true).called("list of line ids"),
    .required,
    "the lines whose rates the factor multiplies, each once; a line is in at most one entry")

  static let format = ObjectFormat(
    "busyness",
    summary:
      "A day-level busyness factor shared by lines: one gamma draw of mean 1 per day multiplies"
      + " the arrival rates of all of them.",
    fields: [id, cv, lines])
}

import ContactCentre
import SimKernel

/// The keys of a team's `staffing`: agents by counts (docs/scenario-format.md, section 9).
enum StaffingKeys {
  static let perInterval = Field<[Int]>(
    "perInterval",
    .array(of: .integer(in: 0...100_000), nonEmpty: true).called(
      "non-empty list of whole numbers, 0 to 100,000"),
    .optional("instead of `blocks`"),
    "the agents logged in during each reporting interval of the run, from t = 0; after the"
      + " list's last interval, none")
  static let blocks = Field<[StaffingBlock]>(
    "blocks",
    .array(of: .object(StaffingBlockKeys.format), nonEmpty: true).called(
      "non-empty list of blocks"),
    .optional("instead of `perInterval`"),
    "the agents logged in from one clock time to another, in time order, not overlapping;"
      + " between and after the blocks, none")
  static let leaving = Field(
    "leaving",
    .oneOf(TeamStaffing.Leaving.allCases.map { ($0.rawValue, $0) }, typeName: "string"),
    .defaulted("\"named\""),
    "who leaves when the count drops: `named`, the agents whose stretch ends as in a roster of"
      + " shifts (agent *k* works while the count is above *k*), after their call; `idleFirst`,"
      + " Ready agents, then NotReady ones, then busy ones after their call and ACW — in each,"
      + " the one logged in longest ([section 9](#staffing-by-counts))")

  static let format = ObjectFormat(
    "staffing", typeName: "staffing",
    summary:
      "A team's agents by counts, per reporting interval or per block of clock time, and who"
      + " leaves when the count drops; give perInterval or blocks, not both.",
    fields: [perInterval, blocks, leaving],
    constraints: [
      ("oneOf", .schema(#"[{"required": ["perInterval"]}, {"required": ["blocks"]}]"#))
    ])
}

/// A block of a team's `staffing`: so many agents from one clock time to another.
struct StaffingBlock {
  var day: Int
  var from: SimDuration
  var to: SimDuration
  var agents: Int
}

/// The keys of a block of a team's `staffing.blocks`.
enum StaffingBlockKeys {
  static let day = Field(
    "day", .integer(in: 1...3660), .defaulted("1"),
    "the day of the run the clock times are on, as a shift's `day`")
  static let from = Field("from", .clockTime, .required, "when the block starts, on its day")
  static let to = Field(
    "to", .shiftTime, .required,
    "when the block ends, on its day; after `from` (`the block ends before it starts`)")
  static let agents = Field(
    "agents", .integer(in: 0...100_000), .required, "the agents logged in during the block")

  static let format = ObjectFormat(
    "staffingBlock", typeName: "block",
    summary: "A block of a team's staffing: so many agents from one clock time to another.",
    fields: [day, from, to, agents])
}

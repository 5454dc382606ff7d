import ContactCentre
import SimKernel

/// The keys of a line (docs/scenario-format.md, section 7).
enum LineKeys {
  static let id = Field("id", .name, .required, "the line's id, unique among lines")
  static let kind = Field(
    "kind", .lineKind, .defaulted(#""client""#),
    "which kind of number: one of the client numbers, the employer number, a team leader's"
      + " direct-dial number, or an AAC area's line ([section 15](#lines-of-kind-aac)). Spelt"
      + " exactly so (case matters). It decides which IVR branches the line may have; a"
      + " direct-dial or AAC line has no IVR. It changes nothing else, except that an AAC line"
      + " needs no `arrivals` and must be an area's line, and only a direct-dial line may ring a"
      + " team leader (`teamLeader`)")
  static let callType = Field<Int>(
    "callType", .reference(to: "call type"), .optional("**required**, or `callTypes`"),
    "every call on this line is of this type")
  static let callTypes = Field(
    "callTypes", .callTypeMix, .optional("instead of `callType`"),
    "a mix: each call is of one of these types, drawn with these probabilities. Non-empty;"
      + " every key a declared call type; the shares are probabilities that sum to 1. Give"
      + " `callType` or `callTypes`, not both")
  static let arrivals = Field<ArrivalProfile>(
    "arrivals", .object(ArrivalKeys.format),
    .optional(#"**required**; on an `aac` line `{"perHour": 0}`"#),
    "when calls arrive (see [Arrivals](#arrivals)); required on every line but an `aac` one")
  static let ivr = Field<IVR>(
    "ivr", .object(IVRKeys.format), .optional("none: calls queue the moment they arrive"),
    "the IVR callers pass through, and the routing plan each branch sends them to"
      + " (see [IVR](#ivr)); not on a `directDial` or `aac` line")
  static let plan = Field<Int>(
    "plan", .reference(to: "routing plan"), .optional("none"),
    "for a line without an `ivr`: the plan every call of the line waits in, whatever its call"
      + " type. Not allowed together with `ivr` (`a line with an ivr routes by its branches'"
      + " plans`)")

  static let trunks = Field(
    "trunks", .integer(in: 1...1_000_000), .optional("as many as ring: nobody is blocked"),
    "the line's trunks: how many of its callers it carries at once. A caller holds one from"
      + " ringing until they hang up — IVR, queue, ringing, talk, a transfer's hold and new leg,"
      + " not the agent's ACW; a caller who finds all busy hears engaged: counted `blocked`,"
      + " never queued, not abandoned, and does not ring again"
      + " ([Trunks and queue limits](#trunks-and-queue-limits))")

  static let teamLeader = Field(
    "teamLeader", ValueKind<String>.name.called("staff number"),
    .optional("none: the line's calls wait in its plan like any other's"),
    "on a `directDial` line only: the staff number of the team leader whose phone its calls"
      + " ring, whatever their NotReady – Team Leader status; a team leader on some team's"
      + " roster ([Team leaders' direct-dial numbers](#team-leaders-direct-dial-numbers))")
  static let ringTime = Field(
    "ringTime", .duration(atLeast: .ringTime), .defaulted(#""30s""#),
    "with `teamLeader`: how long the team leader's phone rings before an unanswered call goes"
      + " on, as `whenUnanswered` says")
  static let whenUnanswered = Field(
    "whenUnanswered",
    .oneOf(DirectDial.WhenUnanswered.allCases.map { ($0.rawValue, $0) }, typeName: "string")
      .called(#"`"voicemail"` or `"plan"`"#),
    .defaulted(#""voicemail""#),
    "with `teamLeader`: where a call the team leader does not answer goes: to voicemail, or"
      + " into the line's `plan` (which it then needs) to wait like any call")

  static let format = ObjectFormat(
    "line", typeName: "lines",
    summary:
      "A telephone number callers ring: its calls' types, arrivals, IVR and routing; give"
      + " callType or callTypes, not both.",
    fields: [
      id, kind, callType, callTypes, arrivals, ivr, plan, trunks, teamLeader, ringTime,
      whenUnanswered,
    ],
    constraints: [
      ("oneOf", .schema(#"[{"required": ["callType"]}, {"required": ["callTypes"]}]"#)),
      (
        "allOf",
        .array([
          .schema(#"{"not": {"required": ["ivr", "plan"]}}"#),
          .schema(
            #"{"if": {"properties": {"kind": {"const": "aac"}}, "required": ["kind"]}, "#
              + #""then": {"not": {"required": ["ivr"]}}, "else": {"required": ["arrivals"]}}"#),
          .schema(
            #"{"if": {"properties": {"kind": {"const": "directDial"}}, "required": ["kind"]}, "#
              + #""then": {"not": {"required": ["ivr"]}}, "#
              + #""else": {"not": {"anyOf": [{"required": ["teamLeader"]}, "#
              + #"{"required": ["ringTime"]}, {"required": ["whenUnanswered"]}]}}}"#),
          .schema(
            #"{"if": {"properties": {"whenUnanswered": {"const": "plan"}}, "#
              + #""required": ["whenUnanswered"]}, "then": {"required": ["plan"]}}"#),
          .schema(
            #"{"anyOf": [{"required": ["teamLeader"]}, {"not": {"anyOf": ["#
              + #"{"required": ["ringTime"]}, {"required": ["whenUnanswered"]}]}}]}"#),
          // The branches of each kind of line are the vocabulary's: `ChildMaintenanceNames`
          // states the CMG's.
        ])
      ),
    ])
}

/// The keys of a line's `arrivals`: exactly one of `perHour`, `perInterval` and `csv`.
enum ArrivalKeys {
  static let perHour = Field(
    "perHour", .callCount, .optional("one of `perHour`, `perInterval` and `csv`"),
    "calls arrive at random (a Poisson process) at this average rate per hour, the same all"
      + #" run, e.g. `{"perHour": 120}`; decimals allowed; `0` means no calls"#)
  static let perInterval = Field(
    "perInterval",
    .array(of: .callCount, nonEmpty: true).called("non-empty list of numbers of calls"),
    .optional("one of `perHour`, `perInterval` and `csv`"),
    "the **expected** number of calls in each reporting interval, in order from the start of"
      + #" the run, e.g. `{"perInterval": [30, 42, 55]}`; none arrive after the last entry"#
      + " (see [`perInterval`](#perinterval))")
  static let csv = Field(
    "csv", .forecastFile, .optional("one of `perHour`, `perInterval` and `csv`"),
    "a forecast exported by a WFM tool, relative to the scenario's directory: the expected"
      + " calls of each interval, placed on the run by the intervals' start times, e.g."
      + #" `{"csv": "forecast.csv", "column": "client"}`"#
      + " (see [Forecast CSV](#forecast-csv))")
  static let column = Field(
    "column", .name, .optional("**required** with `csv`"),
    "the header of the forecast's column holding this line's expected calls per interval;"
      + " required with `csv`, and with `csv` only")
  static let timeColumn = Field(
    "timeColumn", .name,
    .optional(
      "the column headed `Interval`, `Interval Start`, `Start`, `Start Time`, `Time`, `Period`,"
        + " `Period Start` or `Date/Time` (case, spaces, `_`, `-` and `/` ignored; the first"
        + " such)"),
    "the header of the forecast's column holding each interval's start; with `csv` only")
  static let overdispersion = Field(
    "overdispersion",
    .object(OverdispersionKeys.format).reading(with: ScenarioDecoder.overdispersion),
    .defaulted(#"{"cv": 0}"#),
    #"day-to-day busyness, with any of the three, e.g. `{"cv": 0.1}`: every rate"#
      + " of the line is multiplied each"
      + " day by a factor of mean 1 (see [`overdispersion`](#overdispersion))")

  static let format = ObjectFormat(
    "arrivals",
    summary:
      "When calls arrive on the line: exactly one of perHour, perInterval or csv (with column),"
      + " optionally with overdispersion.",
    fields: [perHour, perInterval, csv, column, timeColumn, overdispersion],
    constraints: [
      (
        "oneOf",
        .schema(
          #"[{"required": ["perHour"]}, {"required": ["perInterval"]}, {"required": ["csv"]}]"#)
      ),
      (
        "dependentRequired",
        .schema(#"{"csv": ["column"], "column": ["csv"], "timeColumn": ["csv"]}"#)
      ),
    ])
}

/// The keys of `overdispersion`: the day-to-day busyness of a line.
enum OverdispersionKeys {
  static let cv = Field(
    "cv", .coefficientOfVariation, .required,
    "the coefficient of variation of the daily busyness factor, from 0 (none) to 10")

  static let format = ObjectFormat(
    "overdispersion",
    summary:
      "Day-to-day busyness: every rate of the line is multiplied each day by a gamma factor of"
      + " mean 1.",
    fields: [cv])
}

extension ValueKind where Value == Line.Kind {
  /// A line's kind, spelt exactly as `Line.Kind` names it.
  static var lineKind: ValueKind {
    let names = Line.Kind.allCases.map(\.rawValue)
    return ValueKind(
      schema: .object([("enum", .array(names.map(JSONNode.string)))]),
      typeName: names.map { "`\"\($0)\"`" }.dropLast().joined(separator: ", ")
        + " or `\"\(names.last ?? "")\"`",
      parse: ScenarioDecoder.lineKind)
  }
}

extension ValueKind where Value == [Line.CallTypeShare] {
  /// `{call type id: share, …}`, the shares summing to 1; read by the decoder.
  static var callTypeMix: ValueKind {
    ValueKind(
      schema: .object([
        ("type", .string("object")), ("minProperties", .number(1)),
        ("additionalProperties", .reference("probability")),
      ]),
      typeName: "object: call type id → share",
      definitions: ValueKind<Double>.probability.definitions, parse: nil)
  }
}

extension ValueKind where Value == Double {
  /// An expected number of calls: 0 to 1,000,000 (`ScenarioDecoder.callCount`).
  static var callCount: ValueKind {
    .defined(
      "callCount",
      .schema(
        #"{"description": "An expected number of calls: a number from 0 to 1,000,000, decimals"#
          + #" allowed.", "type": "number", "minimum": 0, "maximum": 1000000}"#),
      typeName: "number of calls, 0 to 1,000,000", parse: ScenarioDecoder.callCount)
  }

  /// The coefficient of variation of a busyness factor: 0 to 10 (the decoder checks the
  /// maximum, reporting it at the `overdispersion` object).
  static var coefficientOfVariation: ValueKind {
    ValueKind(
      schema: .object([
        ("type", .string("number")), ("minimum", .number(0)), ("maximum", .number(10)),
      ]),
      typeName: "number, 0 to 10", parse: Parse.nonNegative)
  }
}

extension ValueKind where Value == String {
  /// The path of a forecast CSV, inside the scenario's directory.
  static var forecastFile: ValueKind {
    .defined(
      "forecastFile",
      .object([
        (
          "description",
          .string(
            "A forecast CSV file exported by a WFM tool, relative to the scenario's directory and"
              + " inside it: a header row, then one row per interval (15 or 30 minutes, or any"
              + " length that divides the day) with its start time, in time order with no gaps or"
              + " overlaps. No control characters (NUL, ESC, line breaks, bidirectional"
              + " overrides).")
        ),
        ("type", .string("string")), ("minLength", .number(1)),
        (
          "pattern",
          .string(
            #"^(?!/)(?!(.*/)?\.\.(/|$))[^\\\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F"#
              + #"\u2028-\u202E\u2066-\u2069]*$"#)
        ),
      ]), typeName: "path", parse: Parse.path)
  }
}

extension MalformedScenarioTests {
  /// The timers and episodes that could loop have a least value (docs/scenario-format.md,
  /// "Least values"): each key below it is refused with its path, its line and column, the
  /// value and the reason. The values are the runaways and their near relations.
  static let leastValueCases: [Case] = [
    Case(
      name: "RONA timeout of a microsecond",
      document: topLevel("\"rules\": {\"ronaTimeout\": 0.000001}"),
      expected: [
        ":3:28: rules.ronaTimeout: 0.000001s is shorter than 1s, the least RONA timeout the"
          + " format allows: a phone rings a second at least before a call can ring out"
      ]),
    Case(
      name: "RONA timeout of half a second, as text",
      document: topLevel("\"rules\": {\"ronaTimeout\": \"0.5s\"}"),
      expected: ["rules.ronaTimeout: 0.5s is shorter than 1s, the least RONA timeout"]),
    Case(
      name: "ACW limit of a tenth of a second",
      document: topLevel("\"rules\": {\"acwLimit\": 0.1}"),
      expected: ["rules.acwLimit: 0.1s is shorter than 1s, the least ACW limit the format allows"]),
    Case(
      name: "idle logout of a microsecond",
      document: topLevel("\"rules\": {\"idleLogout\": 0.000001}"),
      expected: [
        ":3:27: rules.idleLogout: 0.000001s is shorter than 1m, the least idle logout the format"
          + " allows: agents are logged out after minutes idle, not between two calls"
      ]),
    Case(
      name: "idle logout of 59 seconds",
      document: topLevel("\"rules\": {\"idleLogout\": \"59s\"}"),
      expected: ["rules.idleLogout: 59s is shorter than 1m, the least idle logout"]),
    Case(
      name: "shrinkage episodes of a microsecond",
      document: topLevel(
        "\"agentBehaviour\": {\"shrinkage\": [{\"reason\": \"Break\", \"share\": 0.1, \"meanLength\": 0.000001}]}"
      ),
      expected: [
        "agentBehaviour.shrinkage[0].meanLength: 0.000001s is shorter than 1m, the least mean"
          + " length of an unscheduled NotReady episode the format allows"
      ]),
    Case(
      name: "a team's shrinkage episodes of half a minute",
      document: team(
        "\"agents\": 5, \"handles\": [\"general\"], \"behaviour\": {\"shrinkage\": [{\"reason\": \"Break\", \"share\": 0.1, \"meanLength\": \"30s\"}]}"
      ),
      expected: ["teams[0].behaviour.shrinkage[0].meanLength: 30s is shorter than 1m"]),
    Case(
      name: "shrinkage of nearly the whole day",
      document: topLevel(
        "\"agentBehaviour\": {\"shrinkage\": [{\"reason\": \"Break\", \"share\": 0.999999, \"meanLength\": \"10m\"}]}"
      ),
      expected: [
        "agentBehaviour.shrinkage: the shares sum to 0.999999, more than 0.5: a team away"
          + " unplanned for more than half its time is not at the phone"
      ]),
    Case(
      name: "shrinkage just over half the day",
      document: topLevel(
        "\"agentBehaviour\": {\"shrinkage\": [{\"reason\": \"Break\", \"share\": 0.3, \"meanLength\": \"10m\"}, {\"reason\": \"Lunch\", \"share\": 0.21, \"meanLength\": \"10m\"}]}"
      ),
      expected: ["agentBehaviour.shrinkage: the shares sum to 0.51, more than 0.5"]),
    Case(
      name: "abandoned callers ringing again at once, nearly always",
      document: topLevel(
        "\"redials\": {\"abandoned\": {\"probability\": 0.9999999999999, \"delay\": 0}}"),
      expected: [
        ":3:70: redials.abandoned.delay: the mean, 0s, is shorter than 1s, the least mean delay"
          + " before a redial the format allows: a caller takes a second or more to ring again"
      ]),
    Case(
      name: "callers ringing again after a lost connection within half a second",
      document: topLevel(
        "\"redials\": {\"Lost Connection\": {\"probability\": 0.5, \"delay\": {\"exponential\": {\"mean\": 0.5}}}}"
      ),
      expected: [
        "redials[\"Lost Connection\"].delay: the mean, 0.5s, is shorter than 1s, the least mean"
          + " delay before a redial"
      ]),
    Case(
      name: "a retry at once",
      document: topLevel(
        "\"outbound\": {\"retry\": {\"No Answer\": {\"after\": 0, \"maxAttempts\": 3}}}"),
      expected: [
        "outbound.retry[\"No Answer\"].after: 0s is shorter than 1s, the least time before a retry"
          + " the format allows"
      ]),
    Case(
      name: "a hold of half a second",
      document: transfer(
        "\"targets\": [{\"team\": \"gich\", \"share\": 1}], \"consult\": \"1m\", \"hold\": 0.5"),
      expected: [
        "callTypes[0].transfer.hold: 0.5s is shorter than 1s, the least hold the format allows"
      ]),
  ]
}

// The libFuzzer target of scripts/fuzz.sh: feeds each input to the scenario loader, and a
// scenario it accepts, when small, to one replication with the model's rules checked. Any
// trap (a crash), a broken rule or a hang is a finding. Built outside SwiftPM with
// `swiftc -sanitize=fuzzer` against the SimKernel, ContactCentre and Scenario sources.
import ContactCentre
import Scenario
import SimKernel

/// The directory forecast CSVs are read from (set by the first argument after `--`, else the
/// example forecast's).
nonisolated(unsafe) var forecastDirectory = "scenarios/forecast"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenarioLoader(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: count))
  guard
    let configuration = try? ScenarioLoader.decode(
      bytes, file: "fuzz.json", directory: forecastDirectory)
  else { return 0 }
  guard isSmall(configuration) else { return 0 }
  let statistics = CentreRun.run(configuration, replication: 0, checks: true)
  if let violation = statistics.violation {
    fatalError("a rule of the model was broken: \(violation)")
  }
  return 0
}

/// Whether a replication of `configuration` takes milliseconds: few calls, agents and
/// intervals.
func isSmall(_ configuration: CentreConfiguration) -> Bool {
  let duration = configuration.duration.seconds
  var calls = 0.0
  for line in configuration.lines {
    let arrivals = line.arrivals
    calls +=
      arrivals.isConstant
      ? (arrivals.ratePerSecond.first ?? 0) * duration
      : arrivals.ratePerSecond.reduce(0, +) * arrivals.period.seconds
  }
  for plan in configuration.outbound?.activityPlans ?? [] {
    calls += plan.perHour * (plan.to - plan.from).seconds / 3600
  }
  let agents = configuration.teams.reduce(0) { total, team in
    team.shifts.reduce(total) { $0 + $1.agents.count }
  }
  return calls.isFinite && calls < 5000 && agents < 500 && configuration.intervalCount < 20_000
    && configuration.plans.count < 200
}

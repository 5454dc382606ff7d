/// The families a scenario's durations can be written in, with their fitting names.
public enum DistributionFamily: String, Sendable, Equatable, CaseIterable {
  case exponential
  case lognormal
  case gamma
  case erlang
}

import ContactCentre
import Scenario

enum WhatIfOptions {
  static func apply(
    _ changes: [String], file: String?, to configuration: CentreConfiguration,
    now: CentreNow, command: String
  ) throws(CLIError) -> (CentreConfiguration, CentreNow, [String]) {
    (configuration, now, changes)
  }
}

// swift-tools-version:6.0
import PackageDescription

let checks: [SwiftSetting] = [.define("CCSIM_CHECKS", .when(configuration: .debug))]

let package = Package(
  name: "ccsim",
  products: [
    .executable(name: "ccsim", targets: ["ccsim"]),
    // ccsim for Swift programs: load a scenario, run replications, read the results.
    .library(name: "CCSimKit", targets: ["CCSimKit"]),
  ],
  targets: [
    .target(name: "SimKernel", swiftSettings: checks),
    .target(name: "ContactCentre", dependencies: ["SimKernel"], swiftSettings: checks),
    .target(name: "Scenario", dependencies: ["ContactCentre", "SimKernel"], swiftSettings: checks),
    .target(
      name: "Reporting", dependencies: ["Planning", "Calibration", "ContactCentre", "SimKernel"],
      swiftSettings: checks),
    .target(
      name: "Planning", dependencies: ["Calibration", "ContactCentre", "SimKernel"],
      swiftSettings: checks),
    // A centre's own history: its exports read, distributions and patience fitted, forecasts.
    .target(name: "Calibration", dependencies: ["SimKernel"], swiftSettings: checks),
    // SHA-256's compression with the processor's SHA instructions, for the manifest of an
    // output set (a calls.csv of gigabytes); CCSimCLI's SHA256 does without it elsewhere.
    .target(name: "CSHA256"),
    .target(
      name: "CCSimKit",
      dependencies: ["Scenario", "Reporting", "Planning", "ContactCentre", "SimKernel"],
      swiftSettings: checks),
    .target(
      name: "CCSimCLI",
      dependencies: [
        "CCSimKit", "Scenario", "Reporting", "Planning", "Calibration", "ContactCentre",
        "SimKernel", "CSHA256",
      ],
      swiftSettings: checks),
    .executableTarget(name: "ccsim", dependencies: ["CCSimCLI"]),
    // The library's example program (Sources/CCSimKit/CCSimKit.docc shows it).
    .executableTarget(
      name: "embed-ccsim", dependencies: ["CCSimKit"], path: "Examples/EmbedCCSim"),
    .testTarget(name: "SimKernelTests", dependencies: ["SimKernel"]),
    .testTarget(name: "CalibrationTests", dependencies: ["Calibration", "SimKernel"]),
    .testTarget(
      name: "ContactCentreTests", dependencies: ["ContactCentre", "SimKernel", "TestSupport"]),
    // Scenarios drawn at random from the whole format, for property tests; the default
    // vocabulary's terms by name.
    .target(
      name: "TestSupport", dependencies: ["ContactCentre", "SimKernel"], path: "Tests/TestSupport"),
    .testTarget(name: "ScenarioTests", dependencies: ["Scenario", "ContactCentre", "TestSupport"]),
    .testTarget(
      name: "ReportingTests",
      dependencies: ["Reporting", "Planning", "ContactCentre", "TestSupport"]
    ),
    .testTarget(
      name: "PlanningTests",
      dependencies: ["Planning", "Calibration", "Scenario", "ContactCentre", "TestSupport"]),
    .testTarget(name: "CCSimKitTests", dependencies: ["CCSimKit"]),
    .testTarget(
      name: "CCSimCLITests",
      dependencies: [
        "CCSimCLI", "Scenario", "Reporting", "Planning", "Calibration", "TestSupport",
      ]),
  ],
  swiftLanguageModes: [.v6]
)

// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for the lesson loader and the formula parser. Not part of the main build:
// scripts/fuzz builds them with `-sanitize=fuzzer,address` in .build-fuzz and runs them.
let package = Package(
    name: "DescentFuzz",
    dependencies: [.package(name: "Descent", path: "..")],
    targets: [
        // Declares LLVMFuzzerRunDriver, which each target's main calls.
        .target(name: "CFuzzDriver"),
        .executableTarget(
            name: "FuzzLesson",
            dependencies: ["CFuzzDriver", .product(name: "DescentLessonLoading", package: "Descent")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
        .executableTarget(
            name: "FuzzFormula",
            dependencies: ["CFuzzDriver", .product(name: "DescentLessonLoading", package: "Descent")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ]
)

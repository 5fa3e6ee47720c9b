// swift-tools-version:6.1
import PackageDescription

/// The numerics, the layout and the painting are optimized in debug builds too: the test suite
/// trains networks, traces contours and paints every shipped lesson, which unoptimized code does
/// several times slower (floating-point results are the same: Swift's -O does not reassociate).
let optimizedInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
    name: "Descent",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "descent", targets: ["descent"]),
        .executable(name: "descent-benchmark", targets: ["DescentBenchmarks"]),
        // For the fuzz targets in Fuzz/ (scripts/fuzz), which build them on their own.
        .library(name: "DescentLessonLoading", targets: ["DescentLesson", "DescentNumerics"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // The live studio's HTTP server (`descent serve`).
        // No traits: neither swift-configuration nor full Foundation is needed, and both cost build time.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        // Hummingbird's own service runner: the studio's event streams end when it shuts down.
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        // Hummingbird's networking: the studio tests' HTTP/1.1 client (Tests/DescentServeTests/LiveStudio.swift).
        // Named for its products only; Hummingbird already depends on both.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // C libraries, found through pkg-config. The README and .ci/run install them.
        .systemLibrary(
            name: "CDescentCairo",
            pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev"]), .brew(["cairo"])]
        ),
        .systemLibrary(
            name: "CDescentPango",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev"]), .brew(["pango"])]
        ),
        .systemLibrary(
            name: "CDescentZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        .systemLibrary(
            name: "CDescentDeflate",
            pkgConfig: "libdeflate",
            providers: [.apt(["libdeflate-dev"]), .brew(["libdeflate"])]
        ),
        // FFmpeg (libavformat, libavcodec with libx264, libavutil) for MP4 animations, and giflib for
        // GIF animations: headers only. Neither is linked (no pkg-config, no link line in the module
        // maps): DescentVideo opens them with dlopen when the first animation is encoded, so a build
        // without animations does not load their ~90 shared libraries (see FFmpegLibraries.swift).
        // Debian keeps FFmpeg's headers in /usr/include/x86_64-linux-gnu, on the compiler's path.
        .systemLibrary(
            name: "CDescentAV",
            providers: [
                .apt(["libavcodec-dev", "libavformat-dev", "libavutil-dev"]),
                .brew(["ffmpeg"]),
            ]
        ),
        .systemLibrary(
            name: "CDescentGIF",
            providers: [.apt(["libgif-dev"]), .brew(["giflib"])]
        ),

        // glibc's mallopt, for keeping a build's large freed buffers (Linux only; no library to link).
        .systemLibrary(name: "CDescentMalloc"),

        // Files written atomically (temporary file, fsync, rename). No C library beyond libc.
        .target(name: "DescentFiles"),
        // Surfaces, optimizers, schedules and trajectories. Knows nothing of drawing or YAML.
        .target(name: "DescentNumerics", swiftSettings: optimizedInDebug),
        // Lesson files (YAML) into validated `Lesson` values with file:line:column diagnostics.
        .target(name: "DescentLesson", dependencies: ["DescentNumerics", "Yams"]),
        // The scene: a value tree of paths, text and images in device coordinates.
        .target(name: "DescentScene", swiftSettings: optimizedInDebug),
        // Figure specs and their layout into a scene (ticks, contours, legends).
        .target(name: "DescentPlot", dependencies: ["DescentScene"], swiftSettings: optimizedInDebug),
        // Paints a scene with Cairo (PNG, SVG, PDF) and measures text with Pango.
        .target(name: "DescentRender", dependencies: ["DescentFiles", "DescentScene", "CDescentCairo", "CDescentPango", "CDescentDeflate"], swiftSettings: optimizedInDebug),
        // Animated figures: RGBA frames encoded as H.264 MP4 (libavcodec) or looping GIF (giflib).
        .target(name: "DescentVideo", dependencies: ["CDescentAV", "CDescentGIF"]),
        // Wires the stages: lesson -> runs -> figure specs -> scenes -> files.
        .target(
            name: "DescentPipeline",
            dependencies: ["DescentFiles", "DescentNumerics", "DescentLesson", "DescentScene", "DescentPlot", "DescentRender", "DescentVideo"]
        ),
        // Course material from built lessons: the handout PDF and the HTML gallery.
        .target(
            name: "DescentPublish",
            dependencies: ["DescentFiles", "DescentPipeline", "DescentLesson", "DescentNumerics", "DescentScene", "DescentPlot", "DescentRender"]
        ),
        // The live studio: lessons served over HTTP with controls, rebuilt when their files change.
        .target(
            name: "DescentServe",
            dependencies: [
                "DescentPipeline", "DescentPublish", "DescentLesson", "DescentNumerics", "DescentPlot", "DescentRender", "DescentScene",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "descent",
            dependencies: [
                "DescentFiles", "DescentPipeline", "DescentPublish", "DescentLesson", "DescentNumerics", "DescentServe",
                .target(name: "CDescentMalloc", condition: .when(platforms: [.linux])),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Times each stage of a lesson build (run it in release: swift run -c release descent-benchmark).
        .executableTarget(name: "DescentBenchmarks", dependencies: ["DescentPipeline", "DescentLesson", "DescentPlot", "DescentRender"]),

        .testTarget(name: "DescentFilesTests", dependencies: ["DescentFiles"]),
        .testTarget(name: "descentTests", dependencies: ["descent", "DescentLesson"]),
        .testTarget(name: "DescentNumericsTests", dependencies: ["DescentNumerics"]),
        .testTarget(name: "DescentLessonTests", dependencies: ["DescentLesson"]),
        .testTarget(name: "DescentPlotTests", dependencies: ["DescentPlot", "DescentScene"]),
        .testTarget(name: "DescentRenderTests", dependencies: ["DescentRender", "DescentScene", "CDescentZlib"]),
        .testTarget(name: "DescentPipelineTests", dependencies: ["DescentPipeline"], exclude: ["Figures/Fixtures"]),
        .testTarget(
            name: "DescentPublishTests",
            dependencies: ["DescentPublish", "DescentPipeline", "DescentLesson", "DescentScene", "DescentRender"]
        ),
        // The tests' decoders (MP4Probe, GIFProbe) call FFmpeg and giflib directly, so they link them.
        .testTarget(
            name: "DescentVideoTests", dependencies: ["DescentVideo", "DescentPipeline", "CDescentAV", "CDescentGIF"],
            linkerSettings: [.linkedLibrary("avformat"), .linkedLibrary("avcodec"), .linkedLibrary("avutil"), .linkedLibrary("gif")]
        ),
        .testTarget(
            name: "DescentServeTests",
            // Not HummingbirdTesting: its AsyncHTTPClient compiles BoringSSL, NIOSSL and HTTP/2 into the test build.
            dependencies: [
                "DescentServe", "DescentPipeline", "DescentLesson",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
    ]
)

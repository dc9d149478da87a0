// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Gongshi",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "gongshi", targets: ["gongshi"]),
        .library(name: "GongshiCore", targets: ["GongshiCore"]),
        .library(name: "GongshiSite", targets: ["GongshiSite"]),
        .library(name: "GongshiPreview", targets: ["GongshiPreview"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // SHA-256 at the CPU's speed (BoringSSL): the manifest and the build cache hash every
        // published byte. Already in the graph through Hummingbird.
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.0"..<"5.0.0"),
        // The preview server (`gongshi serve`) only. No traits: swift-configuration support is not
        // needed and would lengthen every clean build.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0", traits: []),
        // Already in the graph through Hummingbird; named here because the preview uses its
        // graceful-shutdown API directly (SSE streams end on Ctrl-C and SIGTERM).
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        // Already in the graph through Hummingbird; named here because the preview's connection
        // guard (request and write deadlines) is a channel handler on Hummingbird's HTTP parts.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.34.1"),
    ],
    targets: [
        // libcmark from Debian's libcmark-dev (pkg-config name `libcmark`).
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // libqrencode from Debian's libqrencode-dev (pkg-config name `libqrencode`): the QR code
        // on printed notices that links to the village's page online.
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        // zlib from Debian's zlib1g-dev (pkg-config name `zlib`): the privacy guard inflates the
        // compressed text of published PNG, WOFF, SVGZ and DOCX/XLSX files to read it.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // No library: header-only wrappers around renameat2 and syncfs (Linux) / renamex_np (macOS), which
        // Swift cannot call directly, so that publishing swaps the output folder atomically.
        .systemLibrary(name: "CPublishSyscalls"),
        // No library: a header-only wrapper around glibc's malloc_trim (<malloc.h>, which Swift's
        // Glibc module leaves out), so that a build gives back what earlier stages freed.
        .systemLibrary(name: "CFreedMemory"),
        // Model, load and audit: parsing only, no rendering dependencies.
        .target(
            name: "GongshiCore",
            dependencies: ["CZlib", .product(name: "Yams", package: "Yams"), .product(name: "Crypto", package: "swift-crypto")]
        ),
        // Plan, render, publish: turns loaded content into a site on disk.
        .target(
            name: "GongshiSite",
            dependencies: [
                "GongshiCore",
                "CCmark",
                "CQRencode",
                "CPublishSyscalls",
                "CFreedMemory",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // `gongshi serve`: builds in memory, serves over HTTP, watches and reloads. Kept apart so
        // GongshiCore and GongshiSite (and their tests) build without the server stack.
        .target(
            name: "GongshiPreview",
            dependencies: [
                "GongshiSite",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            ]
        ),
        // Thin command-line layer over GongshiSite and GongshiPreview.
        .executableTarget(
            name: "gongshi",
            dependencies: [
                "GongshiSite",
                "GongshiPreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "GongshiCoreTests", dependencies: ["GongshiCore"]),
        .testTarget(
            name: "GongshiSiteTests",
            dependencies: ["GongshiSite", "gongshi"],
            exclude: ["Golden", "Fixtures"]
        ),
        .testTarget(
            name: "GongshiPreviewTests",
            dependencies: ["GongshiPreview", "gongshi"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

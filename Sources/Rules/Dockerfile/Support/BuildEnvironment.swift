import InfragateParsers

extension Dockerfile {
    /// Stage-name words that say the last stage is a build, development or test environment (a
    /// `--target` others pick), not the image that ships.
    private static let buildStageWords: Set<String> = [
        "build", "builder", "buildenv", "toolchain", "compile", "compiler", "sdk", "dev", "devel", "development", "ci", "test", "tests",
    ]
    /// Official toolchain images: built on, they make a build environment unless the file gives it a
    /// program to run.
    private static let toolchainImages: Set<String> = ["gcc", "golang", "maven", "gradle", "rust", "buildpack-deps", "swift", "haskell"]
    /// Packages only an image builder installs (ISO, live system and root filesystem tooling).
    private static let imageBuildingPackages: Set<String> = [
        "live-build", "xorriso", "genisoimage", "mkisofs", "debootstrap", "squashfs-tools", "mtools", "syslinux", "isolinux",
        "grub-pc-bin", "grub-efi-amd64-bin", "lorax", "livecd-tools", "mkosi",
    ]

    /// Whether what the file builds is itself a build environment (a toolchain image, an ISO
    /// builder, a `build` or `dev` target): compilers and full bases are its purpose there.
    var shipsBuildEnvironment: Bool {
        guard let final = finalStage else { return false }
        let lineage = lineage(of: final)
        let nameWords = (final.name ?? "").lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." }).map(String.init)
        if nameWords.contains(where: Self.buildStageWords.contains) { return true }
        let runsProgram = lineage.contains { !$0.instructions(withKeyword: "CMD").isEmpty || !$0.instructions(withKeyword: "ENTRYPOINT").isEmpty }
        if !runsProgram, case .image(let image)? = lineage.last?.base, Self.isToolchain(image) { return true }
        return lineage.contains { stage in
            stage.instructions(withKeyword: "RUN").contains { instruction in
                instruction.shellCommands.compactMap(PackageInstall.init).flatMap(\.packages).contains {
                    Self.imageBuildingPackages.contains(String($0.prefix { $0 != "=" }))
                }
            }
        }
    }

    /// An official toolchain image, or an SDK image of another registry (`mcr.microsoft.com/dotnet/sdk`).
    private static func isToolchain(_ image: ImageReference) -> Bool {
        if let name = image.dockerHubOfficialName, toolchainImages.contains(name) { return true }
        return image.repository.split(separator: "/").last.map { $0 == "sdk" || $0.hasSuffix("-sdk") } ?? false
    }
}

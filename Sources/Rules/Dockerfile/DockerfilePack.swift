import InfragateParsers

/// The Dockerfile rules: parses the file once and runs every rule on it.
public enum DockerfilePack: RulePack {
    public static let kind = FileKind.dockerfile
    public static let examplePath = "Dockerfile"

    static let checks = RuleSet<DockerBuild>([
        RootUser(),
        HardcodedSecret(),
        DockerInsecureConnectionString(),
        SecretFileCopied(),
        PipeToShell(),
        BaseImageWithoutTag(),
        BaseImageLatestTag(),
        AddRemoteURL(),
        SudoInRun(),
        VerificationDisabledInBuild(),
        WorldWritablePermissions(),
        SSHPortExposed(),
        CopyWholeBuildContext(),
        AddInsteadOfCopy(),
        PackageVersionUnpinned(),
        AptWithoutNoInstallRecommends(),
        HealthcheckMissing(),
        AptListsNotRemoved(),
        ApkCacheKept(),
        DistributionUpgrade(),
        BaseImageWithoutDigest(),
        NonMinimalBaseImage(),
        BuildToolsInFinalImage(),
        ImageRegistryNotAllowedInBuild(),
        InsecureServerFlagInImage(),
    ])

    public static let rules = checks.descriptions

    public static func evaluate(_ file: SourceFile, in snapshot: any RepositorySnapshot) -> PackResult {
        let dockerfile = Dockerfile.parse(file.text)
        let build = DockerBuild(dockerfile: dockerfile, hasDockerignore: hasDockerignore(for: file.path, in: snapshot), parameters: file.parameters)
        return PackResult(violations: checks.violations(in: build, enabled: file.enabledRules), problems: dockerfile.problems)
    }

    /// A `.dockerignore` beside the Dockerfile, or the per-Dockerfile `<name>.dockerignore`.
    private static func hasDockerignore(for path: String, in snapshot: any RepositorySnapshot) -> Bool {
        let directory = RepositoryPath.directory(of: path)
        let names = snapshot.fileNames(in: directory)
        return names.contains(".dockerignore") || names.contains(RepositoryPath.name(of: path) + ".dockerignore")
    }
}

import InfragateParsers

/// The Dockerfile rules: parses the file once and runs every rule on it.
public enum DockerfilePack: RulePack {
    public static let kind = FileKind.dockerfile
    public static let examplePath = "Dockerfile"

    static let ruleTypes: [any DockerfileRule.Type] = [
        RootUser.self,
        HardcodedSecret.self,
        SecretFileCopied.self,
        PipeToShell.self,
        BaseImageWithoutTag.self,
        BaseImageLatestTag.self,
        AddRemoteURL.self,
        SudoInRun.self,
        WorldWritablePermissions.self,
        SSHPortExposed.self,
        CopyWholeBuildContext.self,
        AddInsteadOfCopy.self,
        PackageVersionUnpinned.self,
        AptWithoutNoInstallRecommends.self,
        HealthcheckMissing.self,
        AptListsNotRemoved.self,
        ApkCacheKept.self,
        DistributionUpgrade.self,
        BaseImageWithoutDigest.self,
        NonMinimalBaseImage.self,
        BuildToolsInFinalImage.self,
    ]

    public static let rules: [RuleDescription] = ruleTypes.map { $0.description }

    public static func evaluate(_ file: SourceFile, in snapshot: any RepositorySnapshot) -> PackResult {
        let dockerfile = Dockerfile.parse(file.text)
        let context = DockerfileContext(hasDockerignore: hasDockerignore(for: file.path, in: snapshot))
        var result = PackResult(problems: dockerfile.problems)
        for rule in ruleTypes {
            let description = rule.description
            result.violations += rule.check(dockerfile, in: context).map { (description, $0) }
        }
        return result
    }

    /// A `.dockerignore` beside the Dockerfile, or the per-Dockerfile `<name>.dockerignore`.
    private static func hasDockerignore(for path: String, in snapshot: any RepositorySnapshot) -> Bool {
        let directory = path.split(separator: "/").dropLast().joined(separator: "/")
        let candidates: Set<String> = [".dockerignore", basename(path) + ".dockerignore"]
        return snapshot.filePaths(in: directory).contains { candidates.contains(basename($0)) }
    }
}

import InfragateParsers

/// A `.pre-commit-config.yaml`: its remote hook repositories (`local` and `meta` run nothing fetched).
struct PreCommitConfig {
    struct Repository {
        let url: String
        let urlLine: Int
        let revision: YAMLEntry?
    }

    /// Names that are branches, not releases, in hook repositories.
    static let branchNames: Set<String> = ["main", "master", "develop", "dev", "trunk", "head", "latest", "stable", "release"]

    let root: YAMLNode

    var remoteRepositories: [Repository] {
        (root["repos"]?.items ?? []).compactMap { item in
            guard let repo = item.entry("repo"), let url = repo.value.string, url != "local", url != "meta" else { return nil }
            return Repository(url: url, urlLine: repo.keyLine, revision: item.entry("rev"))
        }
    }
}

extension PreCommitConfig.Repository {
    /// A full commit id: the only revision its publisher cannot move.
    var isPinned: Bool {
        guard let revision = revision?.value.string else { return false }
        return revision.count == 40 && revision.allSatisfy(\.isHexDigit)
    }

    var namesBranch: Bool {
        guard let revision = revision?.value.string else { return false }
        return PreCommitConfig.branchNames.contains(revision.lowercased())
    }
}

import Foundation
import InfragateParsers

/// `include:` of another project's branch or of a URL runs configuration someone else can change.
struct UnpinnedInclude: Rule {
    let description = RuleDescription(
        id: "GITLAB-INCLUDE-UNPINNED", title: "Included pipeline configuration not pinned to a commit", severity: .medium, cwe: 829,
        owasp: "A08:2021 Software and Data Integrity Failures",
        checklist: "CI/CD › Shared pipeline templates pinned to a commit",
        rationale: """
            An included file becomes part of this pipeline: its jobs run with this project's CI/CD variables and \
            deploy credentials. A `project:` include without `ref` follows that project's default branch, a `ref` \
            naming a branch or tag follows whatever it points to next, a `component:` version can be re-tagged, and \
            a `remote:` URL returns whatever its server sends. Whoever can push there can change what runs here, \
            with no commit in this repository. Only a full commit SHA (or a remote include with `integrity:`) is \
            fixed. Medium.
            """,
        recommendation: "Pin includes to a commit SHA (`ref: 4f8a2c9d…`, `component: …@<sha>`) and update it deliberately; for remote files, add `integrity: sha256-…` or vendor the file.",
        triggering: [RuleExample("""
            include:
            ↓  - remote: https://example.com/ci/security.yml
            ↓  - project: platform/ci-templates
                file: /deploy.yml
              - project: platform/ci-templates
            ↓    ref: main
                file: /build.yml
            ↓  - component: $CI_SERVER_FQDN/platform/components/scan@~latest
            ↓  - https://example.com/ci/lint.yml
              - local: /ci/test.yml
              - template: Jobs/SAST.gitlab-ci.yml
            """, path: ".gitlab-ci.yml")],
        nonTriggering: [RuleExample("""
            include:
              - project: platform/ci-templates
                ref: 4f8a2c9d1e7b3a5f6c8d9e0a1b2c3d4e5f6a7b8c
                file: /deploy.yml
              - component: $CI_SERVER_FQDN/platform/components/scan@4f8a2c9d1e7b3a5f6c8d9e0a1b2c3d4e5f6a7b8c
              - remote: https://example.com/ci/security.yml
                integrity: sha256-L1uv0kv1p3IRzwmP8YSf+3DdInzvlbC5Zo3BgpxjYZ4=
              - local: /ci/test.yml
            """, path: ".gitlab-ci.yml"), RuleExample("include: /ci/local.yml", path: ".gitlab-ci.yml")])

    func check(_ pipeline: Pipeline) -> [Violation] {
        guard let include = pipeline.root["include"] else { return [] }
        let items = include.isSequence ? include.items : [include]
        return items.compactMap { item in
            if let url = item.string {
                return Self.isURL(url) ? remote(url, line: item.line) : nil
            }
            if let remote = item.entry("remote"), let url = remote.value.string {
                return item["integrity"] == nil && !Self.containsCommitSHA(url) ? self.remote(url, line: remote.keyLine) : nil
            }
            if let project = item.entry("project"), let name = project.value.string {
                return self.project(name, ref: item.entry("ref"), file: item["file"], line: project.keyLine)
            }
            if let component = item.entry("component"), let reference = component.value.string {
                let version = reference.split(separator: "@", omittingEmptySubsequences: false).dropFirst().last.map(String.init)
                guard !(version.map(Self.isCommitSHA) ?? false) else { return nil }
                let name = reference.split(separator: "@").first.map(String.init) ?? reference
                return Violation(line: component.keyLine, message: "Includes component `\(name)` at `\(version ?? "no version")`, which can move.",
                                 identity: "include:component:\(name)")
            }
            return nil
        }
    }

    private func remote(_ url: String, line: Int) -> Violation {
        Violation(line: line, message: "Includes remote `\(url)`, whose content can change without a commit here.",
                  identity: "include:remote:\(url)")
    }

    private func project(_ name: String, ref: YAMLEntry?, file: YAMLNode?, line: Int) -> Violation? {
        let files = file.map { $0.string.map { [$0] } ?? $0.items.compactMap(\.string) } ?? []
        let identity = "include:project:\(name)|\(files.joined(separator: ","))"
        guard let ref else {
            return Violation(line: line, message: "Includes project `\(name)` without `ref`: its default branch, whatever it holds at run time.",
                             identity: identity)
        }
        guard let refName = ref.value.string, !Self.isCommitSHA(refName) else { return nil }
        return Violation(line: ref.keyLine, message: "Includes project `\(name)` at `\(refName)`, a branch or tag that can move.", identity: identity)
    }

    private static func isURL(_ text: String) -> Bool {
        text.lowercased().hasPrefix("https://") || text.lowercased().hasPrefix("http://")
    }

    private static func isCommitSHA(_ text: String) -> Bool {
        text.range(of: "^[0-9a-fA-F]{40}$", options: .regularExpression) != nil
    }

    /// A raw-file URL addressed by commit (`…/-/raw/<sha>/ci.yml`) cannot change.
    private static func containsCommitSHA(_ url: String) -> Bool {
        url.split(separator: "/").contains { isCommitSHA(String($0)) }
    }
}

import InfragateParsers

/// A release build that restores the Actions cache builds from whatever the last writer of the
/// default branch's cache put there.
struct CachePoisoning: Rule {
    /// How an action's input turns its caching on or off.
    private enum Control {
        /// Caches unless the input is true (`lookup-only`, `cache-disabled`).
        case onUnlessTrue(String)
        /// Caches when the input is true; `default` is what an absent input means.
        case onWhenTrue(String, default: Bool)
        /// Caches when the input names anything (`cache: npm`, `cache: pip`).
        case onWhenNamed(String)
    }

    /// Actions that restore the Actions cache, by lowercased action (zizmor's list of cache-aware actions).
    private static let cachingActions: [String: Control] = [
        "actions/cache": .onUnlessTrue("lookup-only"),
        "actions/cache/restore": .onUnlessTrue("lookup-only"),
        "swatinem/rust-cache": .onUnlessTrue("lookup-only"),
        "gradle/actions/setup-gradle": .onUnlessTrue("cache-disabled"),
        "actions/setup-go": .onWhenTrue("cache", default: true),
        "actions/setup-dotnet": .onWhenTrue("cache", default: false),
        "ruby/setup-ruby": .onWhenTrue("bundler-cache", default: false),
        "astral-sh/setup-uv": .onWhenTrue("enable-cache", default: false),
        "actions/setup-node": .onWhenNamed("cache"),
        "actions/setup-python": .onWhenNamed("cache"),
        "actions/setup-java": .onWhenNamed("cache"),
    ]

    /// Actions that publish what the job built: a package index, a release, a registry, a cloud.
    private static let publishingActions: Set<String> = [
        "pypa/gh-action-pypi-publish", "rubygems/release-gem", "goreleaser/goreleaser-action",
        "softprops/action-gh-release", "jreleaser/release-action", "redhat-actions/push-to-registry",
        "aws-actions/amazon-ecs-deploy-task-definition", "google-github-actions/deploy-cloudrun",
        "azure/container-apps-deploy-action", "cloudflare/wrangler-action",
    ]

    let description = RuleDescription(
        id: "GHA-CACHE-POISONING", title: "Release or publishing job restores the Actions cache", severity: .medium, cwe: 349,
        owasp: "A08:2021 Software and Data Integrity Failures",
        checklist: "CI/CD › Privileged workflows never run untrusted code",
        rationale: """
            A run on a tag or a release restores caches saved by the default branch, and any job running there can \
            save one: a `pull_request_target` or `issue_comment` workflow with an injection, a compromised build \
            tool, even with a read-only token (the cache is written with the runner's own credential). The release \
            then builds from a poisoned `node_modules`, Go module cache or toolchain and ships it, signed and \
            published under the project's name. Medium: it needs a foothold on the default branch first, and turns \
            it into a compromise of every user of the release. Reported in workflows on `release`, on pushed tags or \
            `release` branches, and in jobs that use a known publishing action (also in reusable workflows and \
            composite actions), for actions whose caching is on; a cache input set by an expression over the ref \
            (`${{ !startsWith(github.ref, 'refs/tags/') }}`) is taken as a guard.
            """,
        recommendation: "Build releases without the cache (`cache: false`, no `actions/cache`, `lookup-only: true`), from a clean checkout and lockfile; keep caching in the pull-request and branch workflows.",
        equivalents: [Equivalent(tool: "zizmor", id: "cache-poisoning")],
        triggering: [
            RuleExample("""
                on:
                  push:
                    tags: ["v*"]
                jobs:
                  release:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11
                ↓      - uses: actions/setup-go@0aaccfd150d50ccaeb58ebd88d36e91967a5f35b
                      - uses: actions/setup-node@60edb5dd545a775178f52524783378180af0d1f8
                        with:
                          node-version: 20
                ↓          cache: npm
                      - run: make dist
                """, path: ".github/workflows/x.yml"),
            RuleExample("""
                on:
                  workflow_call:
                jobs:
                  publish:
                    runs-on: ubuntu-latest
                    steps:
                ↓      - uses: actions/cache@0c45773b623bea8c8e75f6c82b208c3cf94ea4f9
                        with:
                          path: ~/.cache/pip
                          key: pip-${{ hashFiles('requirements.txt') }}
                      - run: python -m build
                      - uses: pypa/gh-action-pypi-publish@76f52bc884231f62b9a034ebfe128415bbaabdfc
                """, path: ".github/workflows/x.yml"),
        ],
        nonTriggering: [
            RuleExample("""
                on:
                  release:
                    types: [published]
                jobs:
                  release:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/setup-go@0aaccfd150d50ccaeb58ebd88d36e91967a5f35b
                        with:
                          cache: false
                      - uses: actions/setup-node@60edb5dd545a775178f52524783378180af0d1f8
                        with:
                          cache: ${{ !startsWith(github.ref, 'refs/tags/') && 'npm' || '' }}
                      - uses: actions/cache@0c45773b623bea8c8e75f6c82b208c3cf94ea4f9
                        with:
                          path: dist
                          key: dist-${{ github.sha }}
                          lookup-only: true
                """, path: ".github/workflows/x.yml"),
            RuleExample("""
                on:
                  push:
                    branches: [main]
                  pull_request:
                jobs:
                  test:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/setup-node@60edb5dd545a775178f52524783378180af0d1f8
                        with:
                          cache: npm
                      - run: npm ci && npm test
                """, path: ".github/workflows/x.yml"),
        ])

    func check(_ workflow: Workflow) -> [Violation] {
        let releaseTriggered = Self.isReleaseWorkflow(workflow)
        return workflow.jobs.flatMap { job -> [Violation] in
            guard releaseTriggered || job.steps.contains(where: Self.publishes) else { return [] }
            return job.steps.compactMap { step in
                guard let action = step.action, let control = Self.cachingActions[action],
                      let line = Self.cachingLine(of: step, control: control) else { return nil }
                return Violation(line: line, message: "\(step.displayName) restores the Actions cache in a release or publishing job.",
                                 identity: "\(step.identity)|cache")
            }
        }
    }

    /// `on: release`, pushed tags, or pushed branches named for releases.
    private static func isReleaseWorkflow(_ workflow: Workflow) -> Bool {
        if workflow.triggers.contains("release") { return true }
        guard let push = workflow.root["on"]?["push"] else { return false }
        if push["tags"] != nil || push["tags-ignore"] != nil { return true }
        let branches = push["branches"].map { $0.string.map { [$0] } ?? $0.items.compactMap(\.string) } ?? []
        return branches.contains { $0.lowercased().contains("release") }
    }

    private static func publishes(_ step: WorkflowStep) -> Bool {
        guard let action = step.action else { return false }
        if action == "docker/build-push-action" { return step.node["with"]?["push"]?.string?.lowercased() == "true" }
        return publishingActions.contains(action)
    }

    /// The line to report when the step's caching is on: the input that turns it on, else `uses`.
    private static func cachingLine(of step: WorkflowStep, control: Control) -> Int? {
        let usesLine = step.node.entry("uses")?.keyLine ?? step.node.line
        let inputs = step.node["with"]
        switch control {
        case .onUnlessTrue(let name):
            guard let entry = inputs?.entry(name) else { return usesLine }
            return turnsCachingOn(entry.value, onWhen: "false") ? usesLine : nil
        case .onWhenTrue(let name, let byDefault):
            guard let entry = inputs?.entry(name) else { return byDefault ? usesLine : nil }
            return turnsCachingOn(entry.value, onWhen: "true") ? entry.keyLine : nil
        case .onWhenNamed(let name):
            guard let entry = inputs?.entry(name) else { return nil }
            return turnsCachingOn(entry.value, onWhen: nil) ? entry.keyLine : nil
        }
    }

    /// Whether an input's value turns caching on, given the literal that does (`"true"`, `"false"`, or nil
    /// for any non-empty name). `${{ true }}` reads as `true`. An expression over the ref or the event is
    /// a guard that leaves releases uncached; any other expression may well be on, since nothing in it
    /// keeps a release from restoring.
    private static func turnsCachingOn(_ value: YAMLNode, onWhen literal: String?) -> Bool {
        let text = (value.string ?? "").lowercased()
        var bare = text.trimmingCharacters(in: .whitespaces)
        if bare.hasPrefix("${{"), bare.hasSuffix("}}") {
            bare = String(bare.dropFirst(3).dropLast(2)).trimmingCharacters(in: .whitespaces)
        }
        if ["true", "false", "''", ""].contains(bare) {
            let constant = bare == "''" ? "" : bare
            return literal.map { constant == $0 } ?? !["", "false"].contains(constant)
        }
        guard text.contains("${{") else { return literal == nil }
        let guards = ["github.ref", "github.event_name", "github.event.release"]
        return !guards.contains(where: text.contains)
    }
}

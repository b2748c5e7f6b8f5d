extension Policy {
    /// The policy `infragate policy init` writes: every key at its default, with what it does.
    /// It parses to `Policy.defaults`, so starting from it changes nothing until it is edited.
    public static let template = """
    # infragate policy. Read from the base of the change (not from the change itself), so a
    # pull request cannot weaken the gate that judges it. Values are read as written, quoted or
    # not: a boolean is true or false (yes, no, on and off are not booleans). YAML anchors,
    # aliases, tags, `<<` merges and repeated keys are refused.
    version: 1

    # Severities, lowest to highest: info, low, medium, high, critical.
    # Findings at or above fail_on fail the gate; those at or above warn_on are shown as
    # warnings; the rest are notices.
    fail_on: high
    warn_on: medium

    # `enforce`: findings at or above fail_on fail the gate (exit 1, a push is rejected). `report`:
    # they are reported exactly as they would be, every output says the mode is report, and the
    # gate exits 0 (for adopting the gate on an existing repository). Branch protection (force
    # push, deletion) is enforced in either mode. Changing a trusted policy to `report` counts
    # as a relaxation (GATE-POLICY-RELAXED).
    mode: enforce

    # A report lists at most this many findings of one rule in one file (the first, in line
    # order), then one finding of that rule counting the rest. The decision (exit code, push
    # verdict) is always made on every finding.
    report: { findings_per_rule_and_file: 100 }

    # Files larger than this are not read, and are reported as GATE-UNSCANNED-FILE (which fails
    # the gate unless lowered under rules). A number of bytes, or B, KiB, MiB, GiB. MB and KB are
    # refused as ambiguous.
    max_file_size: 2MiB

    # Honour comments in scanned files such as
    #   USER root  # infragate:ignore DOCKER-ROOT-USER vendor image, tracked in SEC-123
    # A comment on its own line covers the next line that is not blank or a comment. The reason
    # is required; a suppression without one, or naming an unknown rule, is itself reported.
    # `true` (every rule), `false` (none), or a list of the rule ids that may be suppressed inline,
    # e.g. [DOCKER-LATEST-TAG, DOCKER-NO-HEALTHCHECK]. The gate's own findings (GATE-*) never can:
    # only this policy lowers them (rules: or a waiver). Every suppressed finding is listed in the
    # reports, with its reason and authority.
    inline_suppressions: true

    # Per-rule settings: `off`, `on`, `{ enabled: false }` or `{ severity: low }`. Rules marked
    # opt-in in `infragate rules` run only when turned on here (`on` or a severity).
    rules: {}
    #  DOCKER-LATEST-TAG: { severity: low }
    #  DOCKER-NO-HEALTHCHECK: off

    # Paths never scanned. Globs: `**` is any number of directories, `*` and `?` stay within a
    # directory, `[abc]` is a character class. A pattern without `/` matches a file name at any
    # depth (`*.md`); one with `/` matches the whole repository-relative path.
    paths:
      exclude: []
    #   exclude: ["examples/**", "**/testdata/**"]

    # Documented exceptions for one rule on some paths (every path when `path` is left out).
    # `reason` is required. A waiver applies through its `expires` day (UTC); after that the
    # finding counts again and the report says the waiver expired.
    waivers: []
    #  - rule: DOCKER-ROOT-USER
    #    path: "legacy/**"
    #    reason: "vendor image, tracked in SEC-123"
    #    expires: 2027-03-31

    # Findings `check` also finds at the merge base (same rule, file and construct): `fail` judges
    # them like new ones, so a touched file must be clean; `warn` shows them as warnings at most, so
    # only what the change introduces can fail it.
    existing_findings: fail

    # Other tools' suppression comments count as inline suppressions (within inline_suppressions),
    # mapped through each rule's equivalents: checkov:skip=ID:reason, trivy:ignore:AVD-…,
    # tfsec:ignore:AVD-…, hadolint ignore=DL…, kics-scan ignore-line/ignore-block, and the
    # ignore-check.kube-linter.io/<check> annotation. An id with no equivalent is a notice.
    peer_suppressions: true
    # Helm templates: `native` renders charts itself, no helm binary needed; `helm` runs `helm template`
    # from PATH instead (without one, each template is GATE-UNSCANNED-FILE).
    helm: { renderer: native }
    # Every changed text file (infrastructure or not; UTF-16 too) is scanned for credentials by the
    # SECRET-* detectors (`infragate rules`), in every commit a push adds. `paths.exclude` above does
    # not apply here: only `secrets.paths.exclude` does. A reviewed false positive, or a secret already
    # in history and revoked (the baseline), is accepted by the finding's fingerprint (`json`, `sarif`).
    # `min_entropy`: the bits per character a value of a secret-named key needs to count as random.
    secrets:
      enabled: true
      paths:
        exclude: []   # e.g. ["**/testdata/**"]
      allow: []       # e.g. [{ fingerprint: 0123456789abcdef0123456789abcdef, reason: "test key, never deployed (SEC-456)" }]
      min_entropy: 3.5
    # Registries images may be pulled from, each `host[:port]` with an optional repository prefix
    # (`ghcr.io/acme` allows `ghcr.io/acme/…`, not `ghcr.io/acme-x/…`); Docker Hub is `docker.io`, its
    # official images `docker.io/library`. Judged in Kubernetes containers (rendered Helm and Kustomize
    # output too), Compose services and Dockerfile `FROM`. Left out, images come from anywhere.
    images: {}
    # images:
    #   allowed_registries: [registry.example.com, ghcr.io/acme, docker.io/library]
    # The Pod Security Standards profile (`baseline` or `restricted`, at the standard's latest version)
    # every Kubernetes workload must meet (K8S-PSS-PROFILE-VIOLATION), wherever it is deployed; a
    # namespace of the tree that enforces a stricter level still has its own way. Left out, only the
    # namespaces' `pod-security.kubernetes.io/enforce` labels are judged.
    kubernetes: {}
    # kubernetes:
    #   pod_security: restricted

    # SQL migrations beyond the layouts known by name (`migrations/`, `db/migrate/`, Flyway `V1__*.sql`…),
    # and the schemas whose tables need `ENABLE ROW LEVEL SECURITY` (SQL-TABLE-WITHOUT-RLS; none: not asked).
    sql: {}
    # sql:
    #   paths: ["db/**/*.sql"]
    #   rls_schemas: [app]

    # How long cloud logs must be kept, for every retention rule (CloudWatch log groups, Azure activity
    # log, SQL audit, NSG flow logs): `minimum_retention_days: N`, or `retention_profile: hipaa` (2192
    # days, six years). Left out: each rule's own minimum (a year, or 90 days).
    logs: {}
    # logs:
    #   retention_profile: hipaa

    # ---- Server side: read by `infragate pre-receive` only. ----

    # Refs given as `main` or `release/*` are branches (refs/heads/...); write `refs/tags/v*` for
    # tags. Force pushes and deletions of protected refs are refused when the deny_ keys are true.
    # fail_on here may only be stricter than the top-level fail_on; it defaults to it.
    # Left out, `refs` protects the default branch: HEAD's branch, init.defaultBranch, main and master.
    # Every commit that becomes reachable from a protected ref is judged under that ref's policy,
    # however it got there (pushed to another branch first, a tag, a symbolic-ref alias).
    protected:
      deny_force_push: true
      deny_deletion: true
    #   refs: ["main", "release/*", "refs/tags/v*"]
    #   fail_on: medium
    #   inline_suppressions: false   # protected refs' own setting; left out, the top-level one

    # How much of a push to scan: `tip` (the new tip against the old one) or `each-commit` (every
    # pushed commit on its own, so a secret added and removed within the push is still caught).
    # Left out, protected refs use each-commit and other refs tip.
    # scan: each-commit

    # true lets tag pushes through without scanning (protected tags keep the deny_ rules).
    exempt_tags: false

    # Users (forge logins) allowed to push past a failing gate with
    # `git push -o infragate.bypass="reason"`. The pusher's identity comes from the detected
    # platform (GitLab, GitHub Enterprise, Gitea/Forgejo) or from `identity: env:NAME`, a variable
    # your server sets to the authenticated user; on plain git without it, bypass is refused.
    # A bypass lifts findings only; `protection: true` lets it also force-push or delete protected
    # refs. Every bypass is appended to `audit_log` (default: $GIT_DIR/infragate/audit.log); when
    # that write fails, the bypass is refused.
    bypass:
      enabled: false
      allow: []
    #   identity: env:REMOTE_USER
    #   protection: false
    #   audit_log: /var/log/infragate/audit.log

    # Time budget for the whole hook: `4s`, `500ms`, or a number of seconds (at most 10 minutes).
    # GitHub Enterprise allows all pre-receive hooks 5 s together. When it runs out, `reject`
    # refuses the push (fail closed) and `accept` lets it through.
    deadline: 4s
    on_timeout: reject

    """
}

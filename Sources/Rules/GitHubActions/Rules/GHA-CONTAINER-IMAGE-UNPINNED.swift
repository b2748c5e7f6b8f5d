import InfragateParsers

/// `container: node:latest`, `services: { db: { image: postgres } }`, `uses: docker://alpine`:
/// the job runs whatever the tag points at today.
struct WorkflowContainerImageUnpinned: Rule {
    let description = RuleDescription(
        id: "GHA-CONTAINER-IMAGE-UNPINNED", title: "Job container, service or docker:// step image not pinned", severity: .medium, cwe: 829,
        owasp: "A08:2021 Software and Data Integrity Failures",
        checklist: "CI/CD › Dependencies pinned",
        rationale: """
            A job's `container:`, its `services:` and `uses: docker://…` steps pull their image when the job starts. \
            Without a tag, or with `latest`, that is whatever the registry serves at that moment: a pushed-over tag \
            or a compromised publisher runs inside the job with its token and secrets. Medium. A tag is reproducible \
            only as long as nobody moves it; a digest (`@sha256:…`) is the pin. Images chosen by an expression \
            (`${{ matrix.image }}`) are not judged.
            """,
        recommendation: "Pin the image to a digest, keeping the tag for readers: `image: postgres:16.4@sha256:…` (Dependabot and Renovate update digests).",
        equivalents: [Equivalent(tool: "zizmor", id: "unpinned-images")],
        triggering: [RuleExample("""
            on: push
            permissions: {}
            jobs:
              test:
                runs-on: ubuntu-latest
            ↓    container: node:latest
                services:
                  db:
            ↓        image: postgres
                steps:
            ↓      - uses: docker://alpine
              build:
                runs-on: ubuntu-latest
                container:
            ↓      image: ghcr.io/org/builder
                steps:
                  - run: make
            """, path: ".github/workflows/ci.yml")],
        nonTriggering: [RuleExample("""
            on: push
            permissions: {}
            jobs:
              test:
                runs-on: ubuntu-latest
                container: node:22.11@sha256:5c76c3a1ee2ef6fd4a5e4b9f0b7dd6cc8d2b4b8e3e0ac3b9a4ff3d7f6e0c1a2b
                services:
                  db:
                    image: postgres:16.4
                steps:
                  - uses: docker://alpine:3.20
              matrix:
                runs-on: ubuntu-latest
                container: ${{ matrix.image }}
                steps:
                  - run: make
            """, path: ".github/workflows/ci.yml")])

    func check(_ workflow: Workflow) -> [Violation] {
        workflow.jobs.flatMap { job -> [Violation] in
            job.images.compactMap { image in
                guard let reference = image.reference, !reference.isEmpty, !reference.contains("${{") else { return nil }
                let parsed = ImageReference(parsing: reference)
                guard parsed.isFloating else { return nil }
                return Violation(line: image.line, message: "Job `\(job.id)` \(image.role) image `\(reference)` is not pinned (\(parsed.tag == nil ? "no tag" : "`latest`")).",
                                 identity: "\(job.identity)|image:\(image.role)")
            }
        }
    }
}

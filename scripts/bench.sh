#!/usr/bin/env bash
# Benchmark (not a test): times `infragate check` on generated repositories of 1,000 and 100,000
# files, for changes of 5 and 1,000 Dockerfiles, beside the floor of reading the same blobs with
# `git diff-tree -r OLD NEW | git cat-file --batch`. Prints a Markdown table (median of RUNS runs).
#   scripts/bench.sh [RUNS]      (default 7; builds release first, into .build-static)
# Knobs for trying the script itself on a shared machine: BENCH_BIN=path uses that binary instead of
# building one; BENCH_QUICK=1 runs once (unless RUNS is given) on the 1,000-file repositories only,
# with small pathological and secrets inputs. Quick numbers are not benchmark results.
set -euo pipefail
cd "$(dirname "$0")/.."
quick="${BENCH_QUICK:-}"
runs="${1:-$([ -n "$quick" ] && echo 1 || echo 7)}"
sizes=$([ -n "$quick" ] && echo 1000 || echo "1000 100000")
if [ -n "${BENCH_BIN:-}" ]; then
  bin="$BENCH_BIN"
else
  # Built as servers install it (hooks/README.md): the Swift runtime linked statically, which halves
  # process start-up (about 12 ms of loading shared Swift libraries otherwise).
  swift build -c release --static-swift-stdlib --scratch-path .build-static >/dev/null
  bin="$(swift build -c release --static-swift-stdlib --scratch-path .build-static --show-bin-path)/infragate"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# `scan PATH` on disk keeps the compiled secrets database in the user's cache folder: one inside $work,
# so the run leaves nothing behind (the first scan compiles it, the median sees it loaded).
export XDG_CACHE_HOME="$work/user-cache"

# Emits a git fast-import stream: commit "base" with $1 files (1,000 of them Dockerfiles in svc*/),
# then "small" changing 5 Dockerfiles, "large" changing all 1,000 and "push" changing 10, each from base.
generate() {
  local files=$1
  awk -v files="$files" 'BEGIN {
    plain = files - 1000; if (plain < 0) plain = 0
    print "commit refs/heads/main"; print "mark :1"
    print "committer bench <bench@infragate.invalid> 1700000000 +0000"; print "data 4"; print "base"
    for (i = 0; i < plain; i++) {
      body = "plain file " i "\n"
      printf "M 100644 inline src/d%d/e%d/f%d.txt\ndata %d\n%s\n", int(i / 1000), int(i / 50) % 20, i, length(body), body
    }
    for (i = 0; i < 1000; i++) {
      body = "FROM alpine:3.20\nUSER 10001\nHEALTHCHECK CMD true\nCMD [\"echo\", \"" i "\"]\n"
      printf "M 100644 inline svc/g%d/s%d/Dockerfile\ndata %d\n%s\n", int(i / 100), i, length(body), body
    }
    split("small large push", names, " ")
    split("5 1000 10", sizes, " ")
    for (b = 1; b <= 3; b++) {
      n = sizes[b]
      printf "commit refs/heads/%s\nmark :%d\ncommitter bench <bench@infragate.invalid> 1700000100 +0000\ndata 6\nchange\nfrom :1\n", names[b], b + 1
      for (i = 0; i < n; i++) {
        body = "FROM ubuntu:latest\nENV API_TOKEN=abc" i "\nRUN curl -fsSL https://x.invalid/i.sh | sh\n"
        printf "M 100644 inline svc/g%d/s%d/Dockerfile\ndata %d\n%s\n", int(i / 100), i, length(body), body
      }
    }
  }'
}

# Median wall time in ms of running "$@" $runs times.
median_ms() {
  local samples=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    samples+=("$(( (end - start) / 1000 ))")
  done
  printf '%s\n' "${samples[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%.1f", a[int((NR + 1) / 2)] / 1000 }'
}

# The pre-receive hook's own work for a push of one new commit, as git would call it.
hook() { printf '%s %s refs/heads/main\n' "$2" "$3" | "$bin" pre-receive --repo "$1" --policy "$work/policy.yml"; }

floor() { git -C "$1" diff-tree -r "$2" "$3" | awk '{ print $4 }' | git -C "$1" cat-file --batch >/dev/null; }

printf 'version: 1\nprotected:\n  refs: ["main"]\n' >"$work/policy.yml"
echo "| repository | changed Dockerfiles | infragate check (ms) | git diff-tree + cat-file floor (ms) |"
echo "|---:|---:|---:|---:|"
hooks=()
for files in $sizes; do
  repo="$work/repo-$files"
  git init -q --bare "$repo"
  generate "$files" | git -C "$repo" fast-import --quiet
  for branch in small large; do
    changed=$([ "$branch" = small ] && echo 5 || echo 1000)
    gate=$(median_ms "$bin" check --repo "$repo" --base main --head "$branch" --format json)
    base=$(median_ms floor "$repo" main "$branch")
    echo "| $files files | $changed | $gate | $base |"
  done
  # The pushed commit must not be reachable from any ref, as in a real push's quarantine.
  main=$(git -C "$repo" rev-parse main)
  pushed=$(git -C "$repo" rev-parse push)
  git -C "$repo" update-ref -d refs/heads/push
  hooks+=("| $files files | 10 | $(median_ms hook "$repo" "$main" "$pushed") |")
done
echo
echo "| repository | Dockerfiles in the pushed commit | infragate pre-receive, each-commit (ms) |"
echo "|---:|---:|---:|"
printf '%s\n' "${hooks[@]}"

# Every kind the gate recognises (issue 11): 1,000 infrastructure files of sixteen kinds among plain
# files (Helm values beside a Chart.yaml, kustomizations with their resource, Dependabot, pre-commit,
# sshd, pg_hba, postgresql, MySQL and Redis configurations, CloudFormation, GitLab CI…), NetworkPolicies
# in their own folder (the Kubernetes rules read the tree for them). Branches change one file of each of
# the five classic kinds (mixed5), one of every kind (mixed16), 50 and all 1,000 files; "k8s10" is 10
# commits changing one Deployment each.
generate_mixed() {
  local files=$1
  awk -v files="$files" '
  function infra(i, bad,    d, k, body, path) {
    d = "svc/g" int(i / 100) "/s" i; k = i % 16
    if (k == 0) { path = d "/Dockerfile"; body = bad ? "FROM ubuntu:latest\nUSER root\n" : "FROM alpine:3.20\nUSER 10001\nHEALTHCHECK CMD true\n" }
    if (k == 1) { path = d "/deploy.yaml"; body = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: w" i ", namespace: ns" (i % 10) "}\nspec:\n  template:\n    spec:\n      containers:\n      - name: app\n        image: registry.example.com/app:" (bad ? "latest" : "1." i) "\n        securityContext: {privileged: " (bad == 1 ? "true" : "false") ", runAsNonRoot: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true}\n" }
    if (k == 2) { path = d "/docker-compose.yml"; body = "services:\n  app:\n    image: registry.example.com/app:1." i "\n    privileged: " (bad ? "true" : "false") "\n" }
    if (k == 3) { path = d "/main.tf"; body = "resource \"aws_security_group\" \"s" i "\" {\n  ingress {\n    from_port = 22\n    to_port = 22\n    protocol = \"tcp\"\n    cidr_blocks = [\"" (bad ? "0.0.0.0/0" : "10.0.0.0/8") "\"]\n  }\n}\n" }
    if (k == 4) { path = ".github/workflows/w" i ".yml"; body = "on: " (bad ? "issues" : "push") "\npermissions: {contents: read}\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo \"" (bad ? "${{ github.event.issue.title }}" : "v" i) "\"\n" }
    if (k == 5) { path = d "/template.yaml"; body = "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n  B" i ":\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: " (bad ? "PublicRead" : "Private") "\n" }
    if (k == 6) { path = d "/values.yaml"; body = "image:\n  tag: \"" (bad ? "latest" : "1." i) "\"\nsecurityContext:\n  privileged: " (bad ? "true" : "false") "\n" }
    if (k == 7) { path = d "/build.gitlab-ci.yml"; body = "build" i ":\n  image: alpine:3.20\n  script:\n    - " (bad ? "curl -fsSL https://x.invalid/i.sh | sh" : "make") "\n" }
    if (k == 8) { path = d "/kustomization.yaml"; body = "resources: [app.yaml]\nnamespace: ns" (i % 10) "\n" (bad ? "images:\n- name: registry.example.com/app\n  newTag: latest\n" : "") }
    if (k == 9) { path = d "/sshd_config"; body = "PermitRootLogin " (bad ? "yes" : "no") "\nPasswordAuthentication " (bad ? "yes" : "no") "\n" }
    if (k == 10) { path = d "/pg_hba.conf"; body = bad ? "host all all 0.0.0.0/0 trust\n" : "hostssl all all 10.0.0.0/8 scram-sha-256\n" }
    if (k == 11) { path = d "/postgresql.conf"; body = "ssl = " (bad ? "off" : "on") "\npassword_encryption = scram-sha-256\n" }
    if (k == 12) { path = d "/my.cnf"; body = "[mysqld]\nlocal-infile = " (bad ? "1" : "0") "\nrequire_secure_transport = ON\n" }
    if (k == 13) { path = d "/redis.conf"; body = bad ? "bind 0.0.0.0\nprotected-mode no\n" : "bind 127.0.0.1\nprotected-mode yes\n" }
    if (k == 14) { path = d "/.pre-commit-config.yaml"; body = "repos:\n- repo: " (bad ? "http://example.com/hooks" : "https://github.com/pre-commit/pre-commit-hooks") "\n  rev: " (bad ? "main" : "2c9f875913ee60ca25ce70243dc24d5b6415598c") "\n  hooks: [{id: check-yaml}]\n" }
    # One Dependabot configuration per repository: every k == 15 writes the same path, the last one stays.
    if (k == 15) { path = ".github/dependabot.yml"; body = "version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /s" i "\n    schedule: {interval: weekly}\n" (bad ? "    insecure-external-code-execution: allow\n" : "") }
    printf "M 100644 inline %s\ndata %d\n%s\n", path, length(body), body
    if (k == 6 && !bad) { body = "apiVersion: v2\nname: c" i "\nversion: 1.0.0\n"; printf "M 100644 inline %s/Chart.yaml\ndata %d\n%s\n", d, length(body), body }
    # The resource the kustomization lists, so that it builds (judged as what the kustomization renders).
    if (k == 8) { body = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: k" i "}\nspec:\n  template:\n    spec:\n      containers:\n      - name: app\n        image: registry.example.com/app:1." i "\n"; printf "M 100644 inline %s/app.yaml\ndata %d\n%s\n", d, length(body), body }
  }
  BEGIN {
    plain = files - 1000; if (plain < 0) plain = 0
    print "commit refs/heads/main"; print "mark :1"
    print "committer bench <bench@infragate.invalid> 1700000000 +0000"; print "data 4"; print "base"
    for (i = 0; i < plain; i++) {
      body = "plain file " i "\n"
      printf "M 100644 inline src/d%d/e%d/f%d.txt\ndata %d\n%s\n", int(i / 1000), int(i / 50) % 20, i, length(body), body
    }
    for (n = 0; n < 10; n++) {
      body = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny, namespace: ns" n "}\nspec: {podSelector: {}}\n"
      printf "M 100644 inline platform/policies/ns%d.yaml\ndata %d\n%s\n", n, length(body), body
    }
    for (i = 0; i < 1000; i++) infra(i, 0)
    split("mixed5 mixed16 mixed50 mixed1000", names, " ")
    for (b = 1; b <= 4; b++) {
      printf "commit refs/heads/%s\ncommitter bench <bench@infragate.invalid> 1700000100 +0000\ndata 6\nchange\nfrom :1\n", names[b]
      if (b == 1) { for (k = 0; k < 5; k++) infra(k, 1) }
      if (b == 2) { for (k = 0; k < 16; k++) infra(k, 1) }
      if (b == 3) { for (i = 0; i < 50; i++) infra(i, 1) }
      if (b == 4) { for (i = 0; i < 1000; i++) infra(i, 1) }
    }
    # A 5,000-file corpus of every kind, judged from an empty base (a first scan of a repository).
    print "commit refs/heads/empty"; print "mark :2"
    print "committer bench <bench@infragate.invalid> 1700000050 +0000"; print "data 5"; print "empty"
    printf "commit refs/heads/corpus5000\ncommitter bench <bench@infragate.invalid> 1700000060 +0000\ndata 6\ncorpus\nfrom :2\n"
    for (i = 0; i < 5000; i++) infra(i, i % 3 == 0)
    for (c = 0; c < 10; c++) {
      printf "commit refs/heads/k8s10\ncommitter bench <bench@infragate.invalid> %d +0000\ndata 6\nchange\n%s", 1700000200 + c, c == 0 ? "from :1\n" : ""
      infra(c * 16 + 1, 2)
    }
  }'
}

echo
# Peak resident memory of one run, in MB (GNU time's %M is in KiB; its last line, after any exit-status note).
# A failing verdict exits 1, which is a result here, not an error of the script.
peak_mb() { { /usr/bin/time -f %M "$@" 2>&1 >/dev/null || true; } | tail -1 | awk '{ printf "%.0f", $1 / 1024 }'; }

echo "| repository (mixed kinds) | changed files | check, cold store (ms) | check, warm store (ms) | peak RSS, warm (MB) | git floor (ms) |"
echo "|---:|---:|---:|---:|---:|---:|"
k8s_hooks=()
for files in $sizes; do
  repo="$work/mixed-$files"
  git init -q --bare "$repo"
  generate_mixed "$files" | git -C "$repo" fast-import --quiet
  for branch in mixed5 mixed16 mixed50 mixed1000; do
    cold=$(median_ms sh -c "rm -rf '$repo/infragate'; '$bin' check --repo '$repo' --base main --head $branch --format json")
    warm=$(median_ms "$bin" check --repo "$repo" --base main --head "$branch" --format json)
    peak=$(peak_mb "$bin" check --repo "$repo" --base main --head "$branch" --format json)
    echo "| $files files | ${branch#mixed} | $cold | $warm | $peak | $(median_ms floor "$repo" main "$branch") |"
  done
  if [ "$files" = 1000 ]; then
    corpus_one=$(median_ms env INFRAGATE_JOBS=1 "$bin" check --repo "$repo" --base empty --head corpus5000 --format json)
    corpus_all=$(median_ms "$bin" check --repo "$repo" --base empty --head corpus5000 --format json)
    corpus_floor=$(median_ms floor "$repo" empty corpus5000)
    corpus_peak=$(peak_mb "$bin" check --repo "$repo" --base empty --head corpus5000 --format json)
  fi
  main=$(git -C "$repo" rev-parse main)
  tip=$(git -C "$repo" rev-parse k8s10)
  git -C "$repo" update-ref -d refs/heads/k8s10
  k8s_push() { printf '%s %s refs/heads/main\n' "$main" "$tip" | "$bin" pre-receive --repo "$repo" --policy "$work/mixed-policy.yml"; }
  printf 'version: 1\nscan: each-commit\nprotected:\n  refs: ["main"]\n' >"$work/mixed-policy.yml"
  k8s_hooks+=("| $files files | $(median_ms k8s_push) |")
done
echo
echo "| 5,000 files of every kind from an empty base | check, one core (ms) | check, $(nproc) cores (ms) | peak RSS (MB) | git floor (ms) |"
echo "|---|---:|---:|---:|---:|"
echo "| corpus5000 | $corpus_one | $corpus_all | $corpus_peak | $corpus_floor |"
echo
echo "| repository (mixed kinds) | pre-receive: 10 commits, one Deployment each (ms) |"
echo "|---:|---:|"
printf '%s\n' "${k8s_hooks[@]}"

# Fast-forwarding main over 500 commits pushed to a feature branch earlier (issue 9): every commit is
# judged under main's policy, cold (no verdict cache) and with the cache the feature push filled.
history() {
  awk 'BEGIN {
    print "commit refs/heads/main"; print "mark :1"
    print "committer bench <bench@infragate.invalid> 1700000000 +0000"; print "data 4"; print "base"
    for (i = 0; i < 1000; i++) {
      body = "FROM alpine:3.20\nUSER 10001\nHEALTHCHECK CMD true\nCMD [\"echo\", \"" i "\"]\n"
      printf "M 100644 inline svc/g%d/s%d/Dockerfile\ndata %d\n%s\n", int(i / 100), i, length(body), body
    }
    for (c = 0; c < 500; c++) {
      printf "commit refs/heads/feature\nmark :%d\ncommitter bench <bench@infragate.invalid> %d +0000\ndata 6\nchange\nfrom :%d\n", c + 2, 1700000100 + c, c + 1
      body = "FROM alpine:3.20\nUSER 10001\nHEALTHCHECK CMD true\nCMD [\"echo\", \"v" c "\"]\n"
      printf "M 100644 inline svc/g%d/s%d/Dockerfile\ndata %d\n%s\n", int(c / 100), c, length(body), body
    }
  }'
}
repo="$work/history"
git init -q --bare "$repo"
history | git -C "$repo" fast-import --quiet
main=$(git -C "$repo" rev-parse main)
feature=$(git -C "$repo" rev-parse feature)
fastforward() { printf '%s %s refs/heads/main\n' "$main" "$feature" | "$bin" pre-receive --repo "$repo" --policy "$work/policy.yml"; }
cold() { rm -rf "$repo/infragate/verdicts"; fastforward; }
printf 'version: 1\nscan: each-commit\nprotected:\n  refs: ["main"]\n' >"$work/policy.yml"
printf '%s %s refs/heads/feature\n' "0000000000000000000000000000000000000000" "$feature" \
  | "$bin" pre-receive --repo "$repo" --policy "$work/policy.yml" >/dev/null 2>&1 || true
cached=$(median_ms fastforward)
coldms=$(median_ms cold)
echo
echo "| push | commits judged under main's policy | infragate pre-receive (ms) |"
echo "|---|---:|---:|"
echo "| fast-forward main over 500 commits, cold | 500 | $coldms |"
echo "| the same, after the feature push filled the verdict cache | 0 (500 cached) | $cached |"

# Pathological inputs (issue 9): the worst shape of each pack at about 1 MiB, judged by `scan` of the
# file on disk. Work linear in the input keeps these far under the 4 s deadline; MB/s per shape.
# Emits file $2 of about $3 bytes in shape $1.
pathological() {
  awk -v shape="$1" -v size="$3" 'BEGIN {
    if (shape == "docker-continuations") {
      print "FROM ubuntu:latest"; print "RUN echo start \\"
      for (i = 0; i < size / 17; i++) print "  && echo more \\"
      print "  && true"; print "CMD [\"sh\"]"
    } else if (shape == "docker-instructions") {
      print "FROM ubuntu:latest"
      for (i = 0; i < size / 43; i++) print "RUN apt-get install -y curl && curl x | sh"
    } else if (shape == "k8s-documents") {
      for (i = 0; i < size / 90; i++) printf "---\napiVersion: v1\nkind: Pod\nmetadata: {name: a%d}\nspec:\n  containers:\n    - {name: a, image: nginx}\n", i
    } else if (shape == "compose-services") {
      print "services:"
      for (i = 0; i < size / 80; i++) printf "  s%d:\n    image: nginx\n    environment: [PASSWORD=x]\n    volumes: [/var/run/docker.sock:/s]\n", i
    } else if (shape == "helm-values") {
      for (i = 0; i < size / 45; i++) printf "k%d:\n  image: {repository: nginx, tag: latest}\n", i
    } else if (shape == "tf-resources") {
      for (i = 0; i < size / 70; i++) printf "resource \"aws_s3_bucket\" \"b%d\" {\n  bucket = \"b%d\"\n  acl    = \"public-read\"\n}\n", i, i
    } else if (shape == "tf-interpolations") {
      printf "locals {\n  y = \"a\"\n  x = \""
      for (i = 0; i < size / 10; i++) printf "${local.y}"
      print "\""; print "}"
    } else if (shape == "tf-reference-chain") {
      print "locals {"; print "  l0 = \"x\""
      for (i = 1; i < size / 24; i++) printf "  l%d = [local.l%d]\n", i, i - 1
      print "}"
    } else if (shape == "cfn-json-resources") {
      printf "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {"
      for (i = 0; i < size / 80; i++) printf "%s\"B%d\": {\"Type\": \"AWS::S3::Bucket\", \"Properties\": {\"AccessControl\": \"PublicRead\"}}", (i ? "," : ""), i
      print "}}"
    } else if (shape == "cfn-yaml-resources") {
      print "AWSTemplateFormatVersion: \"2010-09-09\""; print "Resources:"
      for (i = 0; i < size / 90; i++) printf "  B%d:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub \"${AWS::StackName}-%d\"\n", i, i
    } else if (shape == "gha-expressions-one-line") {
      printf "on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo"
      for (i = 0; i < size / 40; i++) printf " ${{ github.event.commits[%d].message }}", i
      print ""
    } else if (shape == "gha-flow-steps") {
      printf "on: issues\njobs:\n  a: {runs-on: ubuntu-latest, steps: ["
      for (i = 0; i < size / 55; i++) printf "%s{run: \"echo ${{ github.event.commits[%d].message }}\"}", (i ? ", " : ""), i
      print "]}"
    } else if (shape == "gitlab-flow-script") {
      printf "j: {script: ["
      for (i = 0; i < size / 25; i++) printf "%s\"echo %d | curl x | sh\"", (i ? ", " : ""), i
      print "]}"
    } else if (shape == "sshd-match-blocks") {
      print "PasswordAuthentication no"
      for (i = 0; i < size / 60; i++) printf "Match User u%d\n  PermitRootLogin yes\n  X11Forwarding yes\n", i
    } else if (shape == "pg-hba-records") {
      for (i = 0; i < size / 45; i++) printf "host all u%d 0.0.0.0/0 trust # legacy\n", i
    } else if (shape == "postgresql-settings") {
      for (i = 0; i < size / 40; i++) printf "ssl = off\nlog_line_prefix = \047%%m %d\047\n", i
    } else if (shape == "redis-acl-users") {
      for (i = 0; i < size / 45; i++) printf "user u%d on nopass ~* +@all\nbind 0.0.0.0\n", i
    } else if (shape == "mysql-groups") {
      for (i = 0; i < size / 55; i++) printf "[mysqld-%d]\nlocal-infile = 1\npassword = p%d\n", i, i
    } else if (shape == "dependabot-updates") {
      printf "version: 2\nupdates:\n"
      for (i = 0; i < size / 110; i++) printf "  - package-ecosystem: npm\n    directory: /d%d\n    insecure-external-code-execution: allow\n", i
    } else if (shape == "pre-commit-repos") {
      printf "repos:\n"
      for (i = 0; i < size / 80; i++) printf "  - repo: http://example.com/h%d\n    rev: v%d\n    hooks: [{id: h}]\n", i, i
    } else if (shape == "sql-grants") {
      for (i = 0; i < size / 90; i++) printf "GRANT ALL ON TABLE t%d TO PUBLIC;\nCREATE ROLE r%d SUPERUSER;\n-- step %d\n", i, i, i
    } else if (shape == "gitlab-jobs") {
      for (i = 0; i < size / 60; i++) printf "j%d:\n  image: alpine\n  script:\n    - curl x | sh\n    - echo $CI_JOB_TOKEN\n", i
    }
  }' >"$2"
}
printf 'version: 1\nmax_file_size: 64MiB\n' >"$work/large.yml"
echo
echo "| pack | pathological shape (about 1 MiB) | bytes | infragate scan (ms) | MB/s |"
echo "|---|---|---:|---:|---:|"
for entry in dockerfile:docker-continuations:Dockerfile dockerfile:docker-instructions:Dockerfile \
  kubernetes:k8s-documents:pods.yaml compose:compose-services:docker-compose.yml helm:helm-values:values.yaml \
  terraform:tf-resources:main.tf terraform:tf-interpolations:main.tf terraform:tf-reference-chain:main.tf \
  cloudformation:cfn-json-resources:template.json cloudformation:cfn-yaml-resources:template.yaml \
  github-workflow:gha-expressions-one-line:.github/workflows/ci.yml github-workflow:gha-flow-steps:.github/workflows/ci.yml \
  gitlab-ci:gitlab-flow-script:.gitlab-ci.yml gitlab-ci:gitlab-jobs:.gitlab-ci.yml \
  sshd-config:sshd-match-blocks:etc/ssh/sshd_config pg-hba:pg-hba-records:pg_hba.conf \
  postgresql-conf:postgresql-settings:postgresql.conf redis-config:redis-acl-users:redis.conf \
  mysql-options:mysql-groups:my.cnf dependabot:dependabot-updates:.github/dependabot.yml \
  pre-commit:pre-commit-repos:.pre-commit-config.yaml sql:sql-grants:migrations/V1__grants.sql; do
  IFS=: read -r pack shape name <<<"$entry"
  dir="$work/pathological-$shape"
  mkdir -p "$dir/$(dirname "$name")"
  # Helm values are judged as such beside a Chart.yaml.
  [ "$pack" = helm ] && printf 'apiVersion: v2\nname: bench\nversion: 1.0.0\n' >"$dir/Chart.yaml"
  pathological "$shape" "$dir/$name" $([ -n "$quick" ] && echo $((1 << 16)) || echo $((1 << 20)))
  bytes=$(wc -c <"$dir/$name")
  ms=$(cd "$dir" && median_ms "$bin" scan --policy "$work/large.yml" --format json -- "$name")
  echo "| $pack | $shape | $bytes | $ms | $(awk -v b="$bytes" -v ms="$ms" 'BEGIN { printf "%.2f", b / 1e6 / (ms / 1000) }') |"
done

# Helm: a chart of 50 templates (Deployments on shared helpers, toYaml blocks, a values file) added
# in one commit and rendered natively, and an explosive chart (exponential includes) that must be
# stopped by the render budget rather than hang.
helm_chart() {
  local dir=$1 explosive=${2:-}
  mkdir -p "$dir/chart/templates"
  printf 'apiVersion: v2\nname: bench\nversion: 1.0.0\nappVersion: "2.1"\n' >"$dir/chart/Chart.yaml"
  printf 'image:\n  repository: registry.example.com/app\n  tag: "1.4.2"\nresources:\n  limits: {cpu: 100m, memory: 128Mi}\nsecurityContext:\n  runAsNonRoot: true\n  allowPrivilegeEscalation: false\n  readOnlyRootFilesystem: true\n  capabilities: {drop: [ALL]}\nlabels: {team: web}\n' >"$dir/chart/values.yaml"
  cat >"$dir/chart/templates/_helpers.tpl" <<'TPL'
{{- define "bench.name" -}}{{ default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}{{- end -}}
{{- define "bench.labels" -}}
app.kubernetes.io/name: {{ include "bench.name" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- range $k, $v := .Values.labels }}
{{ $k }}: {{ $v | quote }}
{{- end }}
{{- end -}}
TPL
  for i in $(seq 1 50); do
    cat >"$dir/chart/templates/deploy-$i.yaml" <<TPL
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "bench.name" . }}-$i
  labels: {{- include "bench.labels" . | nindent 4 }}
spec:
  replicas: {{ .Values.replicas | default 2 }}
  selector:
    matchLabels: {{- include "bench.labels" . | nindent 6 }}
  template:
    metadata:
      labels: {{- include "bench.labels" . | nindent 8 }}
    spec:
      automountServiceAccountToken: false
      securityContext:
        seccompProfile: {type: RuntimeDefault}
      containers:
        - name: app
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          resources: {{- toYaml .Values.resources | nindent 12 }}
          securityContext: {{- toYaml .Values.securityContext | nindent 12 }}
TPL
  done
  if [ -n "$explosive" ]; then
    : >"$dir/chart/templates/_explosive.tpl"
    for i in $(seq 0 29); do printf '{{ define "e%d" }}{{ include "e%d" . }}{{ include "e%d" . }}{{ end }}' "$i" $((i + 1)) $((i + 1)) >>"$dir/chart/templates/_explosive.tpl"; done
    printf '{{ define "e30" }}x{{ end }}' >>"$dir/chart/templates/_explosive.tpl"
    printf 'apiVersion: v1\nkind: ConfigMap\ndata:\n  a: {{ include "e0" . }}\n' >"$dir/chart/templates/explosive.yaml"
  fi
}
echo
echo "| Helm chart added in one commit (native renderer) | templates | infragate check (ms) |"
echo "|---|---:|---:|"
for kind in chart50 explosive; do
  repo="$work/helm-$kind"
  git init -q "$repo"
  git -C "$repo" -c user.name=bench -c user.email=bench@infragate.invalid commit -q --allow-empty -m base
  helm_chart "$repo" "$([ "$kind" = explosive ] && echo yes)"
  git -C "$repo" checkout -q -b chart
  git -C "$repo" add -A && git -C "$repo" -c user.name=bench -c user.email=bench@infragate.invalid commit -q -m chart
  ms=$(median_ms "$bin" check --repo "$repo" --base HEAD~1 --head chart --format json)
  echo "| $kind | $(ls "$repo/chart/templates" | grep -c '\.yaml$') | $ms |"
done
# The secrets engine alone (issue 16): ordinary source text with no infrastructure file, judged only by the
# SECRET-* detectors, beside an empty file for the process start; MB/s of the difference.
src="$work/secrets-source"
mkdir -p "$src"
: >"$src/empty.txt"
: >"$src/source.txt"
git ls-files -z Sources | grep -zv '^Sources/Rules/Secrets/' | xargs -0 cat >"$src/once.txt"
while [ "$(wc -c <"$src/source.txt")" -lt $([ -n "$quick" ] && echo $((1 << 20)) || echo $((16 << 20))) ]; do cat "$src/once.txt" >>"$src/source.txt"; done
bytes=$(wc -c <"$src/source.txt")
empty_ms=$(cd "$src" && median_ms "$bin" scan --policy "$work/large.yml" --format json -- empty.txt)
ms=$(cd "$src" && median_ms "$bin" scan --policy "$work/large.yml" --format json -- source.txt)
echo
echo "| secrets engine | bytes | infragate scan (ms) | empty file (ms) | MB/s |"
echo "|---|---:|---:|---:|---:|"
echo "| source text, no secret | $bytes | $ms | $empty_ms | $(awk -v b="$bytes" -v ms="$ms" -v e="$empty_ms" 'BEGIN { printf "%.1f", b / 1e6 / ((ms - e) / 1000) }') |"
# Kustomize (issue 15): a base and N overlays (each its own namespace and patch) among 1,000 plain
# files. "overlay" changes one overlay's patch, which re-renders that overlay only; "base" changes the
# base Deployment, which re-renders all N. The overlays are found through the kept kustomization index.
generate_kustomize() {
  awk -v overlays="$1" 'BEGIN {
    print "commit refs/heads/main"; print "mark :1"
    print "committer bench <bench@infragate.invalid> 1700000000 +0000"; print "data 4"; print "base"
    for (i = 0; i < 1000; i++) { body = "plain file " i "\n"; printf "M 100644 inline src/d%d/f%d.txt\ndata %d\n%s\n", int(i / 50), i, length(body), body }
    body = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers:\n      - name: app\n        image: registry.example.com/app:1.0\n        securityContext: {runAsNonRoot: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true}\n"
    printf "M 100644 inline deploy/base/deployment.yaml\ndata %d\n%s\n", length(body), body
    body = "resources: [deployment.yaml]\n"; printf "M 100644 inline deploy/base/kustomization.yaml\ndata %d\n%s\n", length(body), body
    for (i = 0; i < overlays; i++) {
      body = "resources: [../../base]\nnamespace: ns" i "\nnamePrefix: o" i "-\npatches:\n- path: patch.yaml\n"
      printf "M 100644 inline deploy/overlays/o%d/kustomization.yaml\ndata %d\n%s\n", i, length(body), body
      body = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: " (i % 5 + 1) "\n"
      printf "M 100644 inline deploy/overlays/o%d/patch.yaml\ndata %d\n%s\n", i, length(body), body
    }
    printf "commit refs/heads/overlay\ncommitter bench <bench@infragate.invalid> 1700000100 +0000\ndata 6\nchange\nfrom :1\n"
    body = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers:\n      - name: app\n        securityContext: {privileged: true}\n"
    printf "M 100644 inline deploy/overlays/o0/patch.yaml\ndata %d\n%s\n", length(body), body
    printf "commit refs/heads/base\ncommitter bench <bench@infragate.invalid> 1700000100 +0000\ndata 6\nchange\nfrom :1\n"
    body = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      hostPID: true\n      containers:\n      - name: app\n        image: registry.example.com/app:1.1\n"
    printf "M 100644 inline deploy/base/deployment.yaml\ndata %d\n%s\n", length(body), body
  }'
}
echo
echo "| kustomize overlays beside one base | change | check, cold store (ms) | check, warm store (ms) |"
echo "|---:|---|---:|---:|"
for overlays in 10 100 1000; do
  repo="$work/kustomize-$overlays"
  git init -q --bare "$repo"
  generate_kustomize "$overlays" | git -C "$repo" fast-import --quiet
  for branch in overlay base; do
    cold=$(median_ms sh -c "rm -rf '$repo/infragate'; '$bin' check --repo '$repo' --base main --head $branch --format json")
    warm=$(median_ms "$bin" check --repo "$repo" --base main --head "$branch" --format json)
    echo "| $overlays | $([ "$branch" = overlay ] && echo "one overlay's patch" || echo "the base (re-renders every overlay)") | $cold | $warm |"
  done
done

# Cloud resource models (issue 13): a 1,000-resource Terraform module in one file and a
# 500-resource CloudFormation template, mixed resource types with split S3 configuration, judged
# by `scan`. Target: each under 200 ms.
# Emits file $2 with $3 resources of format $1 (terraform or cloudformation).
resources() {
  awk -v format="$1" -v count="$3" 'BEGIN {
    if (format == "cloudformation") { print "AWSTemplateFormatVersion: \"2010-09-09\""; print "Parameters:"; print "  SSHLocation: {Type: String, Default: 0.0.0.0/0}"; print "Resources:" }
    for (i = 0; i < count; i++) {
      kind = i % 5
      if (format == "terraform") {
        if (kind == 0) printf "resource \"aws_s3_bucket\" \"b%d\" {\n  bucket = \"b%d\"\n}\n", i, i
        else if (kind == 1) printf "resource \"aws_s3_bucket_versioning\" \"v%d\" {\n  bucket = aws_s3_bucket.b%d.id\n  versioning_configuration {\n    status = \"Enabled\"\n  }\n}\n", i, i - 1
        else if (kind == 2) printf "resource \"aws_security_group\" \"g%d\" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = [var.admin]\n  }\n}\n", i
        else if (kind == 3) printf "resource \"aws_db_instance\" \"d%d\" {\n  engine            = \"postgres\"\n  instance_class    = \"db.t3.micro\"\n  storage_encrypted = local.encrypted\n}\n", i
        else printf "resource \"aws_lambda_function\" \"f%d\" {\n  function_name = \"f%d\"\n  role          = aws_iam_role.r.arn\n  tracing_config {\n    mode = \"Active\"\n  }\n}\n", i, i
      } else {
        if (kind == 0) printf "  B%d:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration: {Status: Enabled}\n", i
        else if (kind == 1) printf "  G%d:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: g\n      SecurityGroupIngress:\n        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: !Ref SSHLocation}\n", i
        else if (kind == 2) printf "  D%d:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      StorageEncrypted: !If [IsProd, true, false]\n", i
        else if (kind == 3) printf "  F%d:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: python3.12\n      Tracing: Active\n", i
        else printf "  Q%d:\n    Type: AWS::SQS::Queue\n    Properties:\n      KmsMasterKeyId: !GetAtt K%d.Arn\n", i, i
      }
    }
    if (format == "terraform") print "locals {\n  encrypted = true\n}\nvariable \"admin\" {\n  default = \"10.0.0.0/8\"\n}"
  }' >"$2"
}
echo
echo "| resource model | resources | bytes | infragate scan (ms) |"
echo "|---|---:|---:|---:|"
for entry in terraform:1000:main.tf cloudformation:500:template.yaml; do
  IFS=: read -r format count name <<<"$entry"
  dir="$work/resources-$format"
  mkdir -p "$dir"
  resources "$format" "$dir/$name" "$count"
  ms=$(cd "$dir" && median_ms "$bin" scan --policy "$work/large.yml" --format json -- "$name")
  echo "| $format | $count | $(wc -c <"$dir/$name") | $ms |"
done

# syntax=docker/dockerfile:1
# The infragate container image: a release build with the Swift runtime linked statically, on a
# slim Debian with only the runtimes of libgit2 and Vectorscan, running as an unprivileged user. Pin the bases by digest
# in your registry mirror (`docker buildx imagetools inspect swift:6.3.1-bookworm`).
FROM swift:6.3.1-bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends libgit2-dev=1.5.* libvectorscan-dev=5.4.* pkg-config=1.8.* \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Package.swift ./
COPY Sources ./Sources
RUN swift build -c release --static-swift-stdlib --product infragate \
 && install -D -m 0755 "$(swift build -c release --show-bin-path)/infragate" /out/infragate

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends libgit2-1.5=1.5.* libvectorscan5=5.4.* git=1:2.39.* ca-certificates=20230311* \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --uid 10001 --user-group --no-create-home --shell /usr/sbin/nologin infragate
COPY --from=build /out/infragate /usr/local/bin/infragate
USER 10001:10001
WORKDIR /repo
# A command-line gate, not a service: there is nothing to probe.
HEALTHCHECK NONE
ENTRYPOINT ["/usr/local/bin/infragate"]
CMD ["--help"]

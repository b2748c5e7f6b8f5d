import InfragateParsers

/// A writable root filesystem lets an intruder drop tools and persist changes to binaries.
struct WritableRootFilesystem: Rule {
    let description = RuleDescription(
        id: "K8S-WRITABLE-ROOT-FS", title: "Container root filesystem is writable", severity: .medium, cwe: 732,
        checklist: "Kubernetes pod security › Read-only root filesystem",
        rationale: "With a writable root filesystem an attacker can download tools, alter binaries and persist for the life of the container. Medium: it widens what a compromise can do rather than causing one.",
        recommendation: "Set `securityContext.readOnlyRootFilesystem: true` and mount an `emptyDir` where the application must write.",
        equivalents: [.checkov("CKV_K8S_22"), .kubeLinter("no-read-only-root-fs"), .trivy("AVD-KSV-0014")],
        triggering: ["""
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: report
            spec:
              schedule: "0 3 * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      initContainers:
            ↓            - name: fetch
                          image: curl:8.8
                      containers:
                        - name: report
                          image: report:1.4
                          securityContext:
            ↓                readOnlyRootFilesystem: false
            """],
        nonTriggering: ["""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: app
                  image: nginx:1.27
                  securityContext:
                    readOnlyRootFilesystem: true
            """])

    func check(_ container: Container) -> [Violation] {
        let entry = container.securityContext?.entry("readOnlyRootFilesystem")
        guard entry?.value.bool != true else { return [] }
        return [Violation(line: entry?.keyLine ?? container.line,
                         message: "\(container.subject) has a writable root filesystem (`securityContext.readOnlyRootFilesystem` is not `true`).",
                         identity: container.identity("readOnlyRootFilesystem"))]
    }
}

import InfragateParsers

/// A volume type outside the Pod Security Standards' restricted list: node-level storage plugins
/// mounted straight into the pod.
struct RestrictedVolumeType: Rule {
    /// The restricted profile's allowed volume sources; `hostPath` is `K8S-HOST-PATH`'s.
    private static let allowed: Set<String> = [
        "name", "configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret", "image",
    ]

    let description = RuleDescription(
        id: "K8S-RESTRICTED-VOLUME-TYPE", title: "Volume type outside the restricted profile", severity: .low, cwe: 668,
        checklist: "Kubernetes pod security › Pod Security Standards (restricted)",
        rationale: "Pods that mount storage directly (`nfs`, `iscsi`, `rbd`, `cephfs`, `glusterfs`, `awsElasticBlockStore`, `flexVolume`, `gitRepo`…) bypass the PersistentVolume layer where administrators decide who gets which storage: the pod names the server and path itself, credentials live in the pod spec, and `gitRepo` runs `git` on the node. Low; the Pod Security Standards' restricted profile allows only `configMap`, `csi`, `downwardAPI`, `emptyDir`, `ephemeral`, `persistentVolumeClaim`, `projected`, `secret` (and `image`). `hostPath` is `K8S-HOST-PATH`.",
        recommendation: "Mount the storage through a PersistentVolumeClaim bound to a PersistentVolume (or a CSI driver), managed by the cluster's administrators.",
        triggering: ["""
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
              volumes:
            ↓    - name: shared
                  nfs:
                    server: 10.0.0.5
                    path: /exports/web
            """],
        nonTriggering: ["""
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
              volumes:
                - name: shared
                  persistentVolumeClaim:
                    claimName: web-shared
                - name: cache
                  emptyDir: {}
                - name: logs
                  hostPath:
                    path: /var/log/web
            """])

    func check(_ workload: PodWorkload) -> [Violation] {
        (workload.spec["volumes"]?.items ?? []).compactMap { volume in
            guard let source = volume.entries.first(where: { !Self.allowed.contains($0.key) && $0.key != "hostPath" }) else { return nil }
            let name = volume["name"]?.string ?? "?"
            return Violation(line: volume.entry("name")?.keyLine ?? volume.line,
                             message: "Volume `\(name)` mounts `\(source.key)` storage directly into the pod.",
                             identity: workload.identity("volume:\(name)"))
        }
    }
}

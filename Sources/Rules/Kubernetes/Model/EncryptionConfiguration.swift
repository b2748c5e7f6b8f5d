import Foundation
import InfragateParsers

/// The API server's `--encryption-provider-config` file (`apiserver.config.k8s.io/v1`
/// `EncryptionConfiguration`): lists of resources, each with the providers that write (the first)
/// and read (all, in order) them. Lists are matched in order, the first one naming a resource
/// (or a wildcard covering it) deciding.
struct EncryptionConfiguration {
    struct ResourceList {
        let resources: [String]
        let providers: [Provider]
        let line: Int
    }

    /// One provider item: its type (`identity`, `aescbc`, `kms`…) and its settings.
    struct Provider {
        let type: String
        let settings: YAMLNode
        let line: Int
    }

    /// A provider's key: its name and the entry holding its base64 `secret`.
    struct Key {
        let providerType: String
        let name: String
        let secret: YAMLEntry
    }

    let object: KubernetesObject
    let lists: [ResourceList]
    /// The top-level `resources` line, else `kind`: where a finding about what no list covers points.
    let resourcesLine: Int

    init?(_ object: KubernetesObject) {
        guard object.kind == "EncryptionConfiguration",
              object.root["apiVersion"]?.string?.hasPrefix("apiserver.config.k8s.io/") == true else { return nil }
        self.object = object
        let entry = object.root.entry("resources")
        resourcesLine = entry?.keyLine ?? object.line
        lists = (entry?.value.items ?? []).map { item in
            ResourceList(
                resources: (item["resources"]?.items ?? []).compactMap(\.string),
                providers: (item["providers"]?.items ?? []).compactMap { provider in
                    provider.entries.first.map { Provider(type: $0.key, settings: $0.value, line: provider.firstKeyLine) }
                },
                line: item.firstKeyLine)
        }
    }

    /// The list that decides how a core-group resource (`secrets`) is stored: the first naming it,
    /// `*.` (the core group) or `*.*`.
    func list(deciding resource: String) -> ResourceList? {
        lists.first { list in list.resources.contains { [resource, "*.", "*.*"].contains($0) } }
    }

    /// Every key of the providers that hold their key material in the file (`aescbc`, `aesgcm`, `secretbox`).
    var keys: [Key] {
        lists.flatMap(\.providers).filter { ["aescbc", "aesgcm", "secretbox"].contains($0.type) }.flatMap { provider in
            (provider.settings["keys"]?.items ?? []).compactMap { key -> Key? in
                guard let secret = key.entry("secret") else { return nil }
                return Key(providerType: provider.type, name: key["name"]?.string ?? "", secret: secret)
            }
        }
    }
}

extension EncryptionConfiguration.Key {
    /// Whether the secret is what the API server accepts as a key: base64 of 16, 24 or 32 bytes.
    /// A placeholder (`${ENCRYPTION_KEY}`, `<BASE 64 ENCODED SECRET>`) is not, and the server refuses to start on it.
    var isKeyMaterial: Bool {
        guard let text = secret.value.string, let bytes = Data(base64Encoded: text) else { return false }
        return [16, 24, 32].contains(bytes.count)
    }
}

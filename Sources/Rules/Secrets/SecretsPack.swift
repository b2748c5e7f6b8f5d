import InfragateParsers

/// Credentials in any text file: the engine runs this pack on every changed text file, whatever its
/// kind, besides the file's own pack. Detectors are rules (`SECRET-…`, one file each); all of them are
/// found in one Vectorscan pass (`SecretScanner`) and confirmed by linear checks. A finding shows
/// the detector, the place and a preview (the first characters and the length), never the value.
public enum SecretsPack: RulePack {
    public static let kind = FileKind.secrets
    public static let examplePath = "config/app.env"
    /// Shannon bits per character a generic assignment must reach unless the policy says otherwise.
    public static let defaultMinimumEntropy = 3.5

    public static var rules: [RuleDescription] { detectors.map(\.description) }
    public static let detectorIDs = detectors.map(\.description.id)

    /// Every detector, specific formats first; the generic assignment last.
    static let detectors: [SecretDetector] = [
        .awsAccessKeyID,
        .awsSecretAccessKey,
        .githubPersonalAccessToken,
        .githubOAuthToken,
        .githubAppInstallationToken,
        .githubUserToServerToken,
        .githubRefreshToken,
        .githubFineGrainedToken,
        .npmAccessToken,
        .pypiUploadToken,
        .slackBotToken,
        .slackUserToken,
        .slackAppToken,
        .slackLegacyToken,
        .slackConfigurationToken,
        .slackWebhook,
        .slackWorkflowWebhook,
        .stripeSecretKey,
        .stripeRestrictedKey,
        .stripeWebhookSecret,
        .gcpServiceAccountKey,
        .gcpAPIKey,
        .gcpOAuthClientSecret,
        .googleOAuthAccessToken,
        .azureStorageAccountKey,
        .azureSASToken,
        .azureSharedAccessKey,
        .azureADClientSecret,
        .gitlabPersonalAccessToken,
        .gitlabRunnerToken,
        .gitlabDeployToken,
        .gitlabPipelineTriggerToken,
        .gitlabRunnerRegistrationToken,
        .gitlabFeedToken,
        .gitlabOAuthApplicationSecret,
        .gitlabAgentToken,
        .gitlabSCIMToken,
        .gitlabCIBuildToken,
        .twilioAPIKey,
        .twilioAuthToken,
        .sendgridAPIKey,
        .mailgunAPIKey,
        .mailchimpAPIKey,
        .datadogAPIKey,
        .datadogApplicationKey,
        .herokuAPIKey,
        .herokuLegacyAPIKey,
        .digitalOceanToken,
        .digitalOceanOAuthToken,
        .digitalOceanRefreshToken,
        .shopifyAccessToken,
        .shopifyCustomAppToken,
        .shopifyPrivateAppToken,
        .shopifySharedSecret,
        .atlassianAPIToken,
        .bitbucketAppPassword,
        .openAIAPIKey,
        .openAIProjectKey,
        .anthropicAPIKey,
        .anthropicAdminKey,
        .huggingFaceToken,
        .huggingFaceOrganizationToken,
        .replicateToken,
        .groqAPIKey,
        .perplexityAPIKey,
        .xAIAPIKey,
        .openRouterAPIKey,
        .langSmithAPIKey,
        .vaultServiceToken,
        .vaultBatchToken,
        .terraformCloudToken,
        .pemPrivateKey,
        .openSSHPrivateKey,
        .pgpPrivateKey,
        .puttyPrivateKey,
        .pkcs12KeyStore,
        .signedJWT,
        .dockerConfigAuth,
        .npmrcAuthToken,
        .npmrcPassword,
        .pypircPassword,
        .kubeconfigClientKey,
        .kubeconfigToken,
        .htpasswdHash,
        .postgresURL,
        .mysqlURL,
        .mysqlDSN,
        .mongoDBURL,
        .redisURL,
        .amqpURL,
        .sqlServerURL,
        .urlCredentials,
        .cloudinaryURL,
        .ageSecretKey,
        .alibabaAccessKeyID,
        .clojarsToken,
        .cloudflareOriginCAKey,
        .contentfulToken,
        .databricksToken,
        .dopplerToken,
        .duffelToken,
        .dynatraceToken,
        .easyPostAPIKey,
        .flutterwaveSecretKey,
        .frameIOToken,
        .grafanaAPIKey,
        .grafanaCloudToken,
        .grafanaServiceAccountToken,
        .infracostAPIKey,
        .linearAPIKey,
        .newRelicUserAPIKey,
        .newRelicInsertKey,
        .onePasswordServiceAccountToken,
        .planetScaleToken,
        .postmanAPIKey,
        .prefectAPIKey,
        .pulumiAccessToken,
        .readmeAPIKey,
        .rubyGemsAPIKey,
        .scalingoToken,
        .brevoAPIKey,
        .sentryOrganizationToken,
        .sentryUserToken,
        .shippoAPIToken,
        .squareAccessToken,
        .squareOAuthSecret,
        .telegramBotToken,
        .twitterBearerToken,
        .typeformToken,
        .yandexAPIKey,
        .discordWebhook,
        .teamsWebhook,
        .supabaseAccessToken,
        .flyIOToken,
        .renderAPIKey,
        .buildkiteToken,
        .jfrogAPIKey,
        .jfrogIdentityToken,
        .dockerHubToken,
        .harnessToken,
        .octopusAPIKey,
        .sonarQubeToken,
        .airtablePersonalAccessToken,
        .notionToken,
        .figmaToken,
        .mapboxSecretToken,
        .braintreeAccessToken,
        .plaidAccessToken,
        .tailscaleKey,
        .wooCommerceSecret,
        .segmentAPIToken,
        .intra42ClientSecret,
        .genericSecretAssignment,
    ]

    static let scanner = SecretScanner(detectors)

    public static func evaluate(_ file: SourceFile, in snapshot: any RepositorySnapshot) -> PackResult {
        PackResult(violations: violations(in: Array(file.text.utf8), path: file.path, minimumEntropy: defaultMinimumEntropy))
    }

    /// The secrets in a file's text (UTF-8, as decoded by the engine), each once, in file order.
    public static func violations(in bytes: [UInt8], path: String, minimumEntropy: Double) -> [(rule: RuleDescription, violation: Violation)] {
        var line = 1
        var counted = 0
        return scanner.scan(bytes, path: path, minimumEntropy: minimumEntropy).map { found in
            let detector = scanner.detectors[found.detector].description
            let value = found.match.value
            line += bytes[counted..<value.lowerBound].lazy.filter { $0 == UInt8(ascii: "\n") }.count
            counted = value.lowerBound
            let lines = bytes[value].lazy.filter { $0 == UInt8(ascii: "\n") }.count
            let identity: String
            switch found.match.identity {
            case .value: identity = "value:" + Fingerprint.of(rule: detector.id, path: "", identity: String(decoding: bytes[value], as: UTF8.self))
            case .name(let name): identity = "name:" + name
            }
            let note = found.match.note.map { ", \($0)" } ?? ""
            let message = "\(detector.title) committed: \(preview(bytes[value]))\(note). Revoke it and keep it in a secret store."
            return (detector, Violation(line: line, endLine: lines > 0 ? line + lines : nil, message: message, identity: identity))
        }
    }

    /// The first four characters and the length; short values show only their length.
    static func preview(_ value: ArraySlice<UInt8>) -> String {
        let length = String(decoding: value, as: UTF8.self).count
        guard length >= 12 else { return "a value of \(length) characters" }
        return "`\(String(String(decoding: value, as: UTF8.self).prefix(4)))…` (\(length) characters)"
    }

    /// A binary file the engine does not read as text is still a secret when it is a PKCS#12 key store
    /// (DER: `SEQUENCE`, `INTEGER 3`, `SEQUENCE`), whatever its name.
    public static func violations(inBinary bytes: [UInt8]) -> [(rule: RuleDescription, violation: Violation)] {
        guard bytes.count > 16, bytes[0] == 0x30, bytes[1] == 0x82 || bytes[1] == 0x83,
              bytes[(bytes[1] == 0x82 ? 4 : 5)...].starts(with: [0x02, 0x01, 0x03, 0x30]) else { return [] }
        let rule = SecretDetector.pkcs12KeyStore.description
        let identity = "value:" + Fingerprint.of(rule: rule.id, path: "", identity: String(decoding: bytes.prefix(4_096), as: Unicode.ASCII.self))
        return [(rule, Violation(line: 1, message: "\(rule.title) committed: a binary key store of \(bytes.count) bytes. Revoke the keys it holds and keep it in a secret store.", identity: identity))]
    }
}

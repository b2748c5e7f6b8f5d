/// REST API caches that store responses unencrypted: a method setting that turns caching on
/// without `cache_data_encrypted`, and a stage whose cache cluster is on (which caches GET
/// responses by default) without a setting for every method (`*/*`) that encrypts or turns caching off.
struct APIGatewayCacheUnencryptedRule: Rule {
    let description = RuleDescription(
        id: "AWS-API-GATEWAY-CACHE-UNENCRYPTED", title: "API Gateway cache stores responses unencrypted", severity: .medium, cwe: 311,
        owasp: "A02:2021 Cryptographic Failures",
        checklist: "Data protection › Data at rest is encrypted",
        rationale: "Cached responses are what the API returns (records, tokens, personal data), kept on the stage's cache cluster; `cache_data_encrypted` defaults to false. Turning on the stage cache alone caches every GET response that way. Medium: data at rest in a managed cache, reachable only through AWS.",
        recommendation: "Add `aws_api_gateway_method_settings` with `method_path = \"*/*\"` and `settings { caching_enabled = true, cache_data_encrypted = true }` (and the same in every method setting that turns caching on). In CloudFormation, add `MethodSettings: [{ResourcePath: \"/*\", HttpMethod: \"*\", CachingEnabled: true, CacheDataEncrypted: true}]` to the stage (or `StageDescription.CacheDataEncrypted: true` on a deployment).",
        equivalents: [.checkov("CKV_AWS_308"), .trivy("AVD-AWS-0002")],
        triggering: [
            """
            resource "aws_api_gateway_method_settings" "all" {
              rest_api_id = aws_api_gateway_rest_api.api.id
              stage_name  = aws_api_gateway_stage.prod.stage_name
              method_path = "*/*"
              settings {
            ↓    caching_enabled = true
              }
            }
            """,
            // The stage cache alone caches GET responses, unencrypted.
            """
            resource "aws_api_gateway_stage" "prod" {
              rest_api_id           = aws_api_gateway_rest_api.api.id
              deployment_id         = aws_api_gateway_deployment.api.id
              stage_name            = "prod"
            ↓  cache_cluster_enabled = true
              cache_cluster_size    = "0.5"
            }
            """,
            .template("""
            Resources:
              Prod:
                Type: AWS::ApiGateway::Stage
                Properties:
                  RestApiId: !Ref Api
                  DeploymentId: !Ref Deployment
                  StageName: prod
                  MethodSettings:
                    - ResourcePath: /orders
                      HttpMethod: GET
                      CachingEnabled: true
            ↓          CacheDataEncrypted: false
            """),
            .template("""
            Resources:
              Deployment:
                Type: AWS::ApiGateway::Deployment
                Properties:
                  RestApiId: !Ref Api
                  StageName: prod
                  StageDescription:
            ↓        CacheClusterEnabled: true
                    CacheClusterSize: "0.5"
            """),
        ],
        nonTriggering: [
            """
            resource "aws_api_gateway_stage" "prod" {
              rest_api_id           = aws_api_gateway_rest_api.api.id
              deployment_id         = aws_api_gateway_deployment.api.id
              stage_name            = "prod"
              cache_cluster_enabled = true
              cache_cluster_size    = "0.5"
            }
            resource "aws_api_gateway_method_settings" "all" {
              rest_api_id = aws_api_gateway_rest_api.api.id
              stage_name  = aws_api_gateway_stage.prod.stage_name
              method_path = "*/*"
              settings {
                caching_enabled      = true
                cache_data_encrypted = true
              }
            }
            """,
            """
            resource "aws_api_gateway_method_settings" "all" {
              rest_api_id = aws_api_gateway_rest_api.api.id
              stage_name  = "prod"
              method_path = "*/*"
              settings {
                metrics_enabled = true
                logging_level   = "INFO"
              }
            }
            """,
            .template("""
            Resources:
              Prod:
                Type: AWS::ApiGateway::Stage
                Properties:
                  RestApiId: !Ref Api
                  DeploymentId: !Ref Deployment
                  StageName: prod
                  CacheClusterEnabled: true
                  CacheClusterSize: "0.5"
                  MethodSettings:
                    - ResourcePath: /*
                      HttpMethod: "*"
                      CachingEnabled: true
                      CacheDataEncrypted: true
              Deployment:
                Type: AWS::ApiGateway::Deployment
                Properties:
                  RestApiId: !Ref Api
                  StageName: prod
                  StageDescription:
                    CacheClusterEnabled: true
                    CacheDataEncrypted: true
            """),
        ])

    func check(_ resources: AWSResources) -> [Violation] {
        var violations: [Violation] = []
        let methodSettings = resources.ofType("Terraform::ApiGateway::MethodSettings")
        for settings in methodSettings {
            if let settingsBlock = settings.setting("settings"), let violation = Self.unencryptedCaching(settingsBlock, of: settings) {
                violations.append(violation)
            }
        }
        // The Terraform method settings for every method (`*/*`) by the stage they name (its address or
        // its literal name), and whether one names a stage only deploy time knows.
        var everyMethodByStage: [String: [AWSValue]] = [:]
        var someStageUnknown = false
        for settings in methodSettings {
            let stage = settings.setting("stage_name")
            let keys = (stage?.references.filter { $0.hasPrefix("aws_api_gateway_stage.") } ?? []) + [stage?.known.stringValue.map { "name:\($0)" }].compactMap { $0 }
            guard !keys.isEmpty else {
                someStageUnknown = true
                continue
            }
            guard settings.setting("method_path")?.known.stringValue == "*/*", let block = settings.setting("settings") else { continue }
            for key in keys { everyMethodByStage[key, default: []].append(block) }
        }
        for stage in resources.ofType("AWS::ApiGateway::Stage", "AWS::ApiGateway::Deployment", "AWS::Serverless::Api") {
            if !stage.isTerraform {
                // A deployment's `StageDescription` holds a stage's settings, its own caching switches applying to every method.
                let holder = stage.type == "AWS::ApiGateway::Deployment" ? stage.setting("StageDescription") : stage.properties
                guard let holder else { continue }
                let listed = holder.member("MethodSettings")?.elements ?? []
                let ownSwitches = stage.type == "AWS::ApiGateway::Deployment" ? [holder] : []
                violations += (ownSwitches + listed).compactMap { Self.unencryptedCaching($0, of: stage) }
                guard let cluster = holder.member("CacheClusterEnabled"), cluster.known.boolValue == true,
                      // A setting only deploy time knows (an intrinsic function) may be the one for every method.
                      !listed.contains(where: { if case .scalar = $0.content { return true } else { return false } })
                else { continue }
                let everyMethod = ownSwitches + listed.filter { $0.member("ResourcePath")?.known.stringValue == "/*" && $0.member("HttpMethod")?.known.stringValue == "*" }
                if !everyMethod.contains(where: { Self.protectsCache($0) != false }) {
                    violations.append(Self.stageCacheViolation(stage, at: cluster, settingName: "MethodSettings"))
                }
                continue
            }
            guard let cluster = stage.setting("cache_cluster_enabled"), cluster.known.boolValue == true else { continue }
            let name = stage.setting("stage_name")?.known.stringValue
            let settings = (everyMethodByStage[stage.address] ?? []) + (name.flatMap { everyMethodByStage["name:\($0)"] } ?? [])
            let covered = someStageUnknown || settings.contains { Self.protectsCache($0) != false }
            if !covered { violations.append(Self.stageCacheViolation(stage, at: cluster, settingName: "aws_api_gateway_method_settings")) }
        }
        return violations
    }

    /// Whether method settings keep cached data encrypted or cache nothing; nil when unknown.
    private static func protectsCache(_ settings: AWSValue) -> Bool? {
        let caching = settings.member("caching_enabled")
        let encrypted = settings.member("cache_data_encrypted")
        if caching?.known.boolValue == false || encrypted?.known.boolValue == true { return true }
        if caching?.isKnown == false || encrypted?.isKnown == false { return nil }
        return false
    }

    /// Settings that turn caching on without encrypting it.
    private static func unencryptedCaching(_ settings: AWSValue, of resource: AWSResource) -> Violation? {
        guard let caching = settings.member("caching_enabled"), caching.known.boolValue == true else { return nil }
        let encrypted = settings.member("cache_data_encrypted")
        guard encrypted.map({ $0.isKnown && $0.known.boolValue != true }) ?? true else { return nil }
        let path = settings.member("method_path") ?? settings.member("ResourcePath")
        let scope = resource.setting("method_path")?.known.stringValue ?? path?.known.stringValue
        let name = resource.isTerraform ? "cache_data_encrypted" : "CacheDataEncrypted"
        return resource.violation(at: encrypted ?? caching, message: "\(resource.address) caches responses\(scope.map { " of `\($0)`" } ?? "") without encrypting them: `\(name)` is \(encrypted == nil ? "not set" : "false").",
                                  detail: "cache_data_encrypted|\(scope ?? "")")
    }

    private static func stageCacheViolation(_ stage: AWSResource, at cluster: AWSValue, settingName: String) -> Violation {
        stage.violation(at: cluster, message: "\(stage.address) turns on its cache, which stores GET responses unencrypted: no `\(settingName)` for every method encrypts it.",
                        detail: "cache_cluster_enabled")
    }
}

extension CloudFormationPropertyRule {
    static let elastiCacheEncryption = CloudFormationPropertyRule(
        sharing: .elastiCacheEncryption,
        documentation: CloudFormationDocumentation(
            fix: "set `AtRestEncryptionEnabled: true`.",
            triggering: [
                .template("""
                Resources:
                ↓  Cache:
                    Type: AWS::ElastiCache::ReplicationGroup
                    Properties:
                      Engine: redis
                """),
                .template("""
                Resources:
                  Cache:
                    Type: AWS::ElastiCache::ReplicationGroup
                    Properties:
                      Engine: redis
                ↓      AtRestEncryptionEnabled: false
                """),
            ],
            nonTriggering: [
                .template("""
                Resources:
                  Cache:
                    Type: AWS::ElastiCache::ReplicationGroup
                    Properties:
                      Engine: redis
                      AtRestEncryptionEnabled: true
                """),
            ]),
        resourceTypes: ["AWS::ElastiCache::ReplicationGroup"], property: ["AtRestEncryptionEnabled"])
}

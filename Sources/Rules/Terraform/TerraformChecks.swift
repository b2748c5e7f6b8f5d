extension TerraformPack {
    /// Every Terraform check, in the order `infragate rules` lists them.
    static let checks: [any TerraformRule] = [
        ResourceSettingRule.s3PublicACL,
        S3BucketConfigurationRule.publicAccessBlock,
        S3BucketConfigurationRule.encryption,
        S3BucketConfigurationRule.versioning,
        S3BucketConfigurationRule.accessLogging,
        ResourceSettingRule.ebsEncryption,
        ResourceSettingRule.efsEncryption,
        ResourceSettingRule.rdsEncryption,
        ResourceSettingRule.rdsPublicAccess,
        ResourceSettingRule.rdsDeletionProtection,
        ResourceSettingRule.rdsBackups,
        ResourceSettingRule.rdsIAMAuthentication,
        ResourceSettingRule.redshiftEncryption,
        ResourceSettingRule.elastiCacheEncryption,
        ResourceSettingRule.dynamoDBEncryption,
        ResourceSettingRule.snsEncryption,
        ResourceSettingRule.sqsEncryption,
        ResourceSettingRule.kmsKeyRotation,
        ResourceSettingRule.cloudTrailMultiRegion,
        ResourceSettingRule.cloudTrailLogValidation,
        ResourceSettingRule.cloudTrailKMS,
        ResourceSettingRule.ec2MetadataV2,
    ]
}
